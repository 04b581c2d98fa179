import {readFileSync} from 'node:fs'
import {Worker} from 'bullmq'
import {readSourceTexts, type CompareOptions} from '@driftlens/core'
import {DriftlensError} from '../errors'
import {checkQueueName, checkRedisUrl, connectRedis} from './connect-redis'
import type {ResultDetail} from './compare-record'
import type {ProcessorSettings} from './processor-settings'
import type {QueueRecord} from './queue-record'
import {queueKeys} from './redis-keys'
import {writeResult} from './result-sink'
import {errorResult} from './error-result'
import {checkOptionNames} from './check-options'

/** Options of `startWorker`. */
export interface StartWorkerOptions {
  /** Redis URL, `redis://host:port[/db]`. */
  readonly redis: string
  /** Queue name. @default 'driftlens' */
  readonly queue?: string
  /** Jobs run at once, each in its own worker thread. @default 1 */
  readonly concurrency?: number
  /** Keep the report's summary (default) or the whole report in each result. @default 'summary' */
  readonly detail?: ResultDetail
  /** Options passed to `compareTexts`. */
  readonly compare?: CompareOptions
  /** How long a job's lock lasts without renewal, in ms: a crashed worker's jobs are taken over after about this long. @default 30000 */
  readonly lockDurationMs?: number
  /** How often stalled jobs are looked for, in ms. @default 30000 */
  readonly stalledIntervalMs?: number
  /**
   * A source index with texts (a file written by `driftlens index add`, or the
   * bytes of `serialize()` from an index created with `keepTexts`): records'
   * `sourceId`s resolve against it instead of the Redis source store. The
   * bytes are read once and shared by the processor threads. An id not in it
   * fails its record at once, without retries (the index does not change
   * while the worker runs).
   */
  readonly index?: string | Uint8Array
  /** Path or URL of the processor module; the built `queue-processor.js` beside this module by default. */
  readonly processorFile?: string | URL
}

export const defaultStartWorkerOptions = {
  queue: 'driftlens',
  concurrency: 1,
  detail: 'summary',
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
} as const

/** A running worker: `close()` stops taking jobs and resolves when the jobs in hand are done. */
export interface RunningWorker {
  readonly worker: Worker
  close(): Promise<void>
}

/**
 * Start a BullMQ worker that compares queued records. Each job runs in a
 * worker thread (BullMQ's sandboxed processor), so comparisons never starve
 * the lock renewal; its result goes to the idempotent sink. A job that still
 * fails after its attempts, or that stalled too often (a record that crashes
 * every worker it meets), leaves an error result, so every record ends with
 * exactly one result.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  checkOptionNames(options, ['redis', 'queue', 'concurrency', 'detail', 'compare', 'lockDurationMs', 'stalledIntervalMs', 'index', 'processorFile'], 'startWorker')
  const resolved = {...defaultStartWorkerOptions, ...options}
  const redisUrl = checkRedisUrl(resolved.redis)
  const queue = checkQueueName(resolved.queue)
  for (const name of ['concurrency', 'lockDurationMs', 'stalledIntervalMs'] as const) {
    const value = resolved[name]
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`Expected \`${name}\` to be a positive integer, not \`${String(value)}\``)
  }
  if (resolved.detail !== 'summary' && resolved.detail !== 'report') {
    throw new RangeError(`Expected \`detail\` to be 'summary' or 'report', not \`${String(resolved.detail)}\``)
  }
  const index = resolved.index === undefined ? undefined : loadIndexTexts(resolved.index)
  const settings: ProcessorSettings = {
    redis: redisUrl,
    queue,
    detail: resolved.detail,
    ...(resolved.compare ? {compare: resolved.compare} : {}),
    ...(index ? {index} : {}),
  }
  const processorFile = resolved.processorFile ?? new URL('./queue-processor.js', import.meta.url)
  const connection = connectRedis(redisUrl)
  const sinkConnection = connectRedis(redisUrl)
  const keys = queueKeys(queue)
  const worker = new Worker<{record: QueueRecord}>(queue, processorFile, {
    connection,
    concurrency: resolved.concurrency,
    useWorkerThreads: true,
    workerThreadsOptions: {workerData: settings},
    lockDuration: resolved.lockDurationMs,
    stalledInterval: resolved.stalledIntervalMs,
    maxStalledCount: 1,
  })
  worker.on('failed', (job, error) => {
    if (!job) return
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError' || /stalled/i.test(error.message)
    if (final) void writeResult(sinkConnection, keys, errorResult(job.data.record, error)).catch(() => {})
  })
  // A worker must not die on a Redis hiccup: ioredis reconnects, BullMQ resumes.
  worker.on('error', () => {})
  await worker.waitUntilReady()
  return {
    worker,
    async close() {
      await worker.close()
      await Promise.all([connection.quit().catch(() => {}), sinkConnection.quit().catch(() => {})])
    },
  }
}

/**
 * Read a source index (a path or its bytes), check that it holds texts, and
 * copy it into shared memory, so every processor thread reads the one copy.
 * Throws a `DriftlensError` (`ERR_FILE_UNREADABLE`, `ERR_INPUT`) naming the file.
 */
function loadIndexTexts(index: string | Uint8Array): SharedArrayBuffer {
  let bytes: Uint8Array
  const name = typeof index === 'string' ? `\`${index}\`` : 'the `index` bytes'
  if (typeof index === 'string') {
    try {
      bytes = new Uint8Array(readFileSync(index))
    } catch (error) {
      throw new DriftlensError('ERR_FILE_UNREADABLE', `cannot read the index ${name}: ${(error as Error).message}`)
    }
  } else if (index instanceof Uint8Array) bytes = index
  else throw new TypeError(`Expected \`index\` to be a file path or a Uint8Array, not \`${typeof index}\``)
  let withText: number
  try {
    withText = readSourceTexts(bytes).withText
  } catch (error) {
    throw new DriftlensError('ERR_INPUT', `${name} is not a driftlens source index: ${(error as Error).message}`)
  }
  if (withText === 0) {
    throw new DriftlensError('ERR_INPUT', `${name} holds no source texts: build it with \`driftlens index add\` (without --without-texts) or \`createSourceIndex({keepTexts: true})\``)
  }
  const shared = new SharedArrayBuffer(bytes.length)
  new Uint8Array(shared).set(bytes)
  return shared
}
