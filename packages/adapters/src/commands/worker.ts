import {parseArgs} from 'node:util'
import type {CommandIo} from '../cli'
import {DriftlensError} from '../errors'
import {startWorker} from '../queue/start-worker'

export const workerUsage = `Usage:
  driftlens worker --redis <url> [--queue <name>] [--concurrency N] [--detail summary|report]

Runs until SIGTERM or SIGINT, then finishes the jobs in hand and exits 0. Each job runs in a
worker thread; start one worker per machine with --concurrency up to its number of cores.`

/** `driftlens worker`: compare queued records until told to stop. */
export async function runWorker(argv: readonly string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: [...argv],
    options: {
      redis: {type: 'string'},
      queue: {type: 'string', default: 'driftlens'},
      concurrency: {type: 'string', default: '1'},
      detail: {type: 'string', default: 'summary'},
      help: {type: 'boolean', short: 'h'},
    },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) return (io.stdout(workerUsage + '\n'), 0)
  if (positionals.length > 0) throw new DriftlensError('ERR_USAGE', `unexpected argument \`${positionals[0]}\``)
  if (values.redis === undefined) throw new DriftlensError('ERR_USAGE', 'missing `--redis <url>` (for example redis://127.0.0.1:6379)')
  const concurrency = Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new DriftlensError('ERR_USAGE', `Expected \`--concurrency\` to be a positive integer, not \`${values.concurrency}\``)
  if (values.detail !== 'summary' && values.detail !== 'report') throw new DriftlensError('ERR_USAGE', `Expected \`--detail\` to be summary or report, not \`${values.detail}\``)
  let running
  try {
    running = await startWorker({redis: values.redis, queue: values.queue, concurrency, detail: values.detail})
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new DriftlensError('ERR_USAGE', error.message)
    throw new DriftlensError('ERR_INPUT', `cannot start the worker: ${(error as Error).message}`)
  }
  let done = 0
  let failed = 0
  running.worker.on('completed', () => done++)
  running.worker.on('failed', (job, error) => {
    failed++
    const id = job?.data.record.id ?? '?'
    io.stderr(`driftlens: record ${id}: attempt ${job?.attemptsMade ?? '?'} failed: ${error.message.split('\n')[0]}\n`)
  })
  running.worker.on('error', (error) => io.stderr(`driftlens: worker: ${error.message}\n`))
  io.stderr(`driftlens: worker on queue ${values.queue}, concurrency ${concurrency}; SIGTERM or Ctrl-C stops it\n`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
  })
  io.stderr('driftlens: stopping: finishing the jobs in hand\n')
  await running.close()
  io.stderr(`driftlens: worker stopped: ${done} jobs done, ${failed} failed attempts\n`)
  return 0
}
