import {Queue} from 'bullmq'
import {addRecords, putSources, type AddRecordsResult, type RetryOptions} from './add-records'
import {checkOptionNames} from './check-options'
import {checkQueueName, connectRedis} from './connect-redis'
import {queueKeys} from './redis-keys'
import {readResultLines, type QueueResultLine, type ReadResultsOptions, type ResultCount} from './result-sink'

/** Options of `openQueue`. */
export interface OpenQueueOptions extends RetryOptions {
  /** Redis URL, `redis://host:port[/db]`. */
  readonly redis: string
  /** Queue name. @default 'driftlens' */
  readonly queue?: string
}

/** The producer's side of a queue: add records and sources, read results. */
export interface DriftQueue {
  /** Add records (parsed values or NDJSON lines); see `addRecords`. */
  add(items: Iterable<unknown> | AsyncIterable<unknown>): Promise<AddRecordsResult>
  /** Store source texts that records name by `sourceId`. */
  putSources(sources: Iterable<{readonly id: string; readonly text: string}> | AsyncIterable<{readonly id: string; readonly text: string}>): Promise<number>
  /** One result line per record, in the order they were added. */
  results(options?: ReadResultsOptions): AsyncGenerator<QueueResultLine, ResultCount>
  /** BullMQ's job counts: waiting, active, delayed, failed, completed. */
  jobCounts(): Promise<Record<string, number>>
  /** Records added and results written so far. */
  progress(): Promise<{readonly records: number; readonly results: number}>
  /** Remove the queue's jobs, results, order and sources. */
  obliterate(): Promise<void>
  close(): Promise<void>
}

/** Open the producer's side of a driftlens queue on Redis. */
export async function openQueue(options: OpenQueueOptions): Promise<DriftQueue> {
  checkOptionNames(options, ['redis', 'queue', 'attempts', 'backoffMs'], 'openQueue')
  const name = checkQueueName(options.queue ?? 'driftlens')
  for (const key of ['attempts', 'backoffMs'] as const) {
    const value = options[key]
    if (value !== undefined && (!Number.isInteger(value) || value < (key === 'attempts' ? 1 : 0))) {
      throw new RangeError(`Expected \`${key}\` to be a ${key === 'attempts' ? 'positive' : 'non-negative'} integer, not \`${String(value)}\``)
    }
  }
  const redis = connectRedis(options.redis)
  const keys = queueKeys(name)
  const queue = new Queue(name, {connection: redis})
  await queue.waitUntilReady()
  const retry: RetryOptions = {
    ...(options.attempts !== undefined ? {attempts: options.attempts} : {}),
    ...(options.backoffMs !== undefined ? {backoffMs: options.backoffMs} : {}),
  }
  return {
    add: (items) => addRecords(items, {queue, redis, keys}, retry),
    putSources: (sources) => putSources(redis, keys, sources),
    results: (readOptions) => readResultLines(redis, keys, readOptions),
    jobCounts: () => queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
    async progress() {
      const [records, results] = await Promise.all([redis.llen(keys.order), redis.hlen(keys.results)])
      return {records, results}
    },
    async obliterate() {
      await queue.obliterate({force: true})
      await redis.del(keys.order, keys.seen, keys.results, keys.sources)
    },
    async close() {
      await queue.close()
      await redis.quit().catch(() => {})
    },
  }
}
