import {DriftlensError} from '../errors'
import {startWorker} from '../queue/start-worker'
import type {Command, CommandArgs, CommandIo} from './command'
import {parseNumber} from './compare-command'

const help = `Usage:
  driftlens worker --redis <url> [--queue <name>] [--concurrency N] [--detail summary|report] [--index <file>]

Compare the records of a Redis queue (see \`driftlens queue --help\`) until SIGTERM or
SIGINT, then finish the jobs in hand and exit 0. Each job runs in a worker thread; run
one worker per machine with --concurrency up to its number of cores. A job that fails
is retried with backoff; after its last attempt its record gets an error result.

A record names its source inline (\`source\`) or by id (\`sourceId\`). Ids resolve
against the queue's source store in Redis (\`driftlens queue sources\`), or, with
--index, against a source index file written by \`driftlens index add\` (which keeps
the texts). An id missing from the store is retried (the store may be filled after the
records); one missing from the index fails its record at once with ERR_SOURCE.

Options:
  --redis URL          Redis to use, redis://host:port[/db] (required)
  --queue NAME         Queue name (default driftlens)
  --concurrency N      Jobs at once, each on its own worker thread (default 1)
  --detail D           Keep the report's summary (default) or also the whole report
  --index FILE         Resolve sourceIds against this source index instead of Redis
`

/** `driftlens worker`: compare queued records until told to stop. */
export const workerCommand: Command = {
  name: 'worker',
  summary: 'compare the records of a Redis queue until stopped (SIGTERM or Ctrl-C)',
  help,
  options: {
    redis: {type: 'string'},
    queue: {type: 'string', default: 'driftlens'},
    concurrency: {type: 'string', default: '1'},
    detail: {type: 'string', default: 'summary'},
    index: {type: 'string'},
  },
  run: runWorker,
}

async function runWorker({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  if (positionals.length > 0) throw new DriftlensError('ERR_USAGE', `unexpected argument \`${positionals[0]}\`: the worker reads its records from Redis`)
  if (typeof values.redis !== 'string') throw new DriftlensError('ERR_USAGE', 'missing `--redis <url>` (for example redis://127.0.0.1:6379)')
  const concurrency = parseNumber('--concurrency', values.concurrency as string, {integer: true, min: 1, max: 256})
  const detail = values.detail
  if (detail !== 'summary' && detail !== 'report') throw new DriftlensError('ERR_USAGE', `unknown --detail \`${String(detail)}\`: expected summary or report`)
  const queue = values.queue as string
  let running
  try {
    const index = typeof values.index === 'string' ? values.index : undefined
    running = await startWorker({redis: values.redis, queue, concurrency, detail, ...(index !== undefined ? {index} : {})})
  } catch (error) {
    if (error instanceof DriftlensError) throw error
    throw new DriftlensError('ERR_INPUT', `cannot start the worker: ${(error as Error).message.split('\n')[0]}`)
  }
  let done = 0
  let failed = 0
  running.worker.on('completed', () => done++)
  running.worker.on('failed', (job, error) => {
    failed++
    io.stderr(`driftlens: record ${job?.data.record.id ?? '?'}: attempt ${job?.attemptsMade ?? '?'} failed: ${error.message.split('\n')[0]}\n`)
  })
  running.worker.on('error', (error) => io.stderr(`driftlens: worker: ${error.message.split('\n')[0]}\n`))
  const sources = typeof values.index === 'string' ? `, sources from ${values.index}` : ''
  io.stderr(`driftlens: worker on queue ${queue}, concurrency ${concurrency}${sources}; SIGTERM or Ctrl-C stops it\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve())
    process.once('SIGINT', () => resolve())
  })
  io.stderr('driftlens: stopping: finishing the jobs in hand\n')
  await running.close()
  io.stderr(`driftlens: worker stopped: ${done} jobs done, ${failed} failed attempts\n`)
  return 0
}
