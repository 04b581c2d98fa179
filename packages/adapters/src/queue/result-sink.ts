import type {Redis} from 'ioredis'
import type {QueueKeys} from './redis-keys'
import type {QueueResult} from './queue-record'

/**
 * Write a record's result unless it already has one (HSETNX). BullMQ delivers a
 * job at least once: after a crash the same record can run twice, and only the
 * first result stays, so every record ends with exactly one.
 *
 * @returns True when this call wrote the result, false when one was there.
 */
export async function writeResult(redis: Redis, keys: QueueKeys, result: QueueResult): Promise<boolean> {
  return (await redis.hsetnx(keys.results, result.id, JSON.stringify(result))) === 1
}

/** One line of `queue results`: a record's result, or a note that it has none yet. */
export type QueueResultLine = QueueResult | {readonly id: string; readonly ok: false; readonly pending: true}

/** Options of `readResults`. */
export interface ReadResultsOptions {
  /** Wait until every record added so far has a result. @default false */
  readonly wait?: boolean
  /** With `wait`, give up after this many milliseconds and report the rest as pending. @default 0 (no limit) */
  readonly timeoutMs?: number
  /** With `wait`, how often to look again, in milliseconds. @default 200 */
  readonly pollMs?: number
  /** Records read per round trip. @default 1000 */
  readonly chunkSize?: number
}

/** What `readResults` found: the lines in the order the records were added, and how many are pending. */
export interface ResultCount {
  readonly records: number
  readonly pending: number
}

/**
 * Stream one result line per record, in the order the records were added,
 * reading `chunkSize` records per round trip so memory stays flat however
 * large the queue. Records without a result come out as `pending` lines.
 */
export async function* readResultLines(
  redis: Redis,
  keys: QueueKeys,
  options: ReadResultsOptions = {},
): AsyncGenerator<QueueResultLine, ResultCount> {
  const chunkSize = options.chunkSize ?? 1000
  if (options.wait) await waitForResults(redis, keys, options)
  const total = await redis.llen(keys.order)
  let pending = 0
  for (let start = 0; start < total; start += chunkSize) {
    const ids = await redis.lrange(keys.order, start, Math.min(total, start + chunkSize) - 1)
    if (ids.length === 0) break
    const values = await redis.hmget(keys.results, ...ids)
    for (let index = 0; index < ids.length; index++) {
      const value = values[index]
      if (value === null || value === undefined) {
        pending++
        yield {id: ids[index]!, ok: false, pending: true}
      } else {
        yield JSON.parse(value) as QueueResult
      }
    }
  }
  return {records: total, pending}
}

/** Resolve when every added record has a result, or when the timeout passes. */
async function waitForResults(redis: Redis, keys: QueueKeys, options: ReadResultsOptions): Promise<void> {
  const started = Date.now()
  const pollMs = options.pollMs ?? 200
  for (;;) {
    const [added, done] = await Promise.all([redis.llen(keys.order), redis.hlen(keys.results)])
    if (done >= added) return
    if (options.timeoutMs && Date.now() - started >= options.timeoutMs) return
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
