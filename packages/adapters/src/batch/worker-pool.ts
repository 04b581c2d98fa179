import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {CompareOptions, DriftReport} from '@driftlens/core'
import type {RecordError} from './record'
import {RecordFailure, type ResolvedRecord} from './resolve-record'

/** Worker threads that run comparisons, one at a time each. */
export interface WorkerPool {
  /** Compare a record on the next free worker; rejects with a `RecordFailure` for the record's error. */
  readonly run: (record: ResolvedRecord) => Promise<DriftReport>
  /** Stop the workers. */
  readonly close: () => Promise<void>
}

interface Job {
  readonly id: number
  readonly record: ResolvedRecord
  readonly resolve: (report: DriftReport) => void
  readonly reject: (error: Error) => void
}

/**
 * Where the built worker script is: beside this module in `dist/`. The
 * sources are not runnable in a worker, so tests of the pool use the build.
 */
function workerScript(): URL {
  const url = new URL('./compare-worker.js', import.meta.url)
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`The comparison worker is missing at ${fileURLToPath(url)}: \`concurrency\` above 1 needs the built package (run the build)`)
  }
  return url
}

/**
 * Start `size` worker threads that compare records with the given options.
 *
 * @param size How many threads.
 * @param options `compareTexts` options, the same for every record.
 * @returns The pool.
 */
export function createWorkerPool(size: number, options: CompareOptions): WorkerPool {
  const script = workerScript()
  const waiting: Job[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, Job>()
  let nextId = 0
  let failure: Error | undefined

  const dispatch = () => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!
      const job = waiting.shift()!
      running.set(worker, job)
      worker.postMessage({job: job.id, record: job.record})
    }
  }

  const workers = Array.from({length: size}, () => {
    const worker = new Worker(script, {workerData: {options}})
    worker.on('message', (message: {job: number; report?: DriftReport; error?: RecordError}) => {
      const job = running.get(worker)
      running.delete(worker)
      idle.push(worker)
      if (job) {
        if (message.error) job.reject(new RecordFailure(message.error))
        else job.resolve(message.report!)
      }
      dispatch()
    })
    worker.on('error', (error) => {
      failure = error
      running.get(worker)?.reject(error)
      running.delete(worker)
      for (const job of waiting.splice(0)) job.reject(error)
    })
    idle.push(worker)
    return worker
  })

  return {
    run: (record) =>
      new Promise<DriftReport>((resolve, reject) => {
        if (failure) return reject(failure)
        waiting.push({id: nextId++, record, resolve, reject})
        dispatch()
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
