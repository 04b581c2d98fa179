import type {Queue} from 'bullmq'
import type {Redis} from 'ioredis'
import {jobIdOf} from './job-id'
import {checkQueueRecord, recordMetadata, type QueueRecord, type QueueResult} from './queue-record'
import type {QueueKeys} from './redis-keys'
import {writeResult} from './result-sink'

/** How a job is retried: BullMQ's `attempts` and exponential `backoff`. */
export interface RetryOptions {
  /** Runs of a job before its record gets an error result. @default 3 */
  readonly attempts?: number
  /** First retry delay in milliseconds, doubled at each retry. @default 1000 */
  readonly backoffMs?: number
}

export const defaultRetryOptions = {attempts: 3, backoffMs: 1000} as const satisfies Required<RetryOptions>

/** What adding a stream of records did. */
export interface AddRecordsResult {
  /** Records read, including rejected and repeated ones. */
  readonly records: number
  /** Records that became jobs. */
  readonly queued: number
  /** Records already added before (same id): they keep their place and their result. */
  readonly repeated: number
  /** Records that could not be queued; each already has its error result. */
  readonly rejected: number
}

// Adds `id` to the order list the first time it is seen, atomically, so a crash
// between the two writes can never leave a record out of `queue results`.
const rememberScript = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0`

/**
 * Add records to a queue, one BullMQ job per record with the record id as job
 * id. Each item is a parsed value or an NDJSON line; a line that is not JSON
 * or not a record gets an error result at once (under `line:N` when it has no
 * id), so results out equal records in. Re-adding a record with a result is a
 * no-op; re-adding one without (a crash mid-way) queues it again, which the
 * idempotent sink makes safe.
 */
export async function addRecords(
  items: Iterable<unknown> | AsyncIterable<unknown>,
  target: {readonly queue: Queue; readonly redis: Redis; readonly keys: QueueKeys},
  options: RetryOptions = {},
): Promise<AddRecordsResult> {
  const retry = {...defaultRetryOptions, ...options}
  const {redis, keys, queue} = target
  let records = 0
  let queued = 0
  let repeated = 0
  let rejected = 0
  let batch: Array<{name: string; data: {record: QueueRecord}; opts: object}> = []

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return
    await queue.addBulk(batch)
    queued += batch.length
    batch = []
  }

  for await (const item of items) {
    if (typeof item === 'string' && item.trim() === '') continue
    records++
    const fallbackId = `line:${records}`
    let value: unknown = item
    if (typeof item === 'string') {
      try {
        value = JSON.parse(item)
      } catch (error) {
        await rejectRecord(redis, keys, {id: fallbackId, ok: false, error: {code: 'ERR_JSON', message: `line ${records} is not JSON: ${(error as Error).message}`}, line: records})
        rejected++
        continue
      }
    }
    const checked = checkQueueRecord(value, fallbackId)
    if (!checked.ok) {
      const metadata = value !== null && typeof value === 'object' && !Array.isArray(value) ? recordMetadata(value as Record<string, unknown>) : {}
      await rejectRecord(redis, keys, {id: checked.id, ok: false, error: {code: checked.code, message: checked.message}, ...metadata, line: records})
      rejected++
      continue
    }
    const record = checked.record
    // The order list is written as each record is read, so results come back in input order.
    const fresh = (await redis.eval(rememberScript, 2, keys.seen, keys.order, record.id)) === 1
    if (!fresh) {
      repeated++
      if ((await redis.hexists(keys.results, record.id)) === 1) continue
    }
    batch.push({
      name: 'compare',
      data: {record},
      opts: {
        jobId: jobIdOf(record.id),
        attempts: retry.attempts,
        backoff: {type: 'exponential', delay: retry.backoffMs},
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    })
    if (batch.length >= 500) await flush()
  }
  await flush()
  return {records, queued, repeated, rejected}
}

async function rejectRecord(redis: Redis, keys: QueueKeys, result: QueueResult): Promise<void> {
  await redis.eval(rememberScript, 2, keys.seen, keys.order, result.id)
  await writeResult(redis, keys, result)
}

/** Store source texts under ids, for records that name their source by `sourceId`. */
export async function putSources(
  redis: Redis,
  keys: QueueKeys,
  sources: Iterable<{readonly id: string; readonly text: string}> | AsyncIterable<{readonly id: string; readonly text: string}>,
): Promise<number> {
  let count = 0
  let pipeline = redis.pipeline()
  for await (const source of sources) {
    pipeline.hset(keys.sources, source.id, source.text)
    count++
    if (count % 500 === 0) {
      await pipeline.exec()
      pipeline = redis.pipeline()
    }
  }
  await pipeline.exec()
  return count
}
