import {Redis} from 'ioredis'
import {DriftlensError} from '../errors'

/**
 * Check a Redis URL (`redis://[user:password@]host[:port][/db]` or `rediss://…`)
 * and return it. Throws a `DriftlensError` with code `ERR_USAGE` naming the value
 * otherwise, so the CLI prints one line.
 */
export function checkRedisUrl(url: unknown): string {
  if (typeof url !== 'string' || url === '') throw new DriftlensError('ERR_USAGE', 'missing `--redis <url>` (for example redis://127.0.0.1:6379)')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new DriftlensError('ERR_USAGE', `Expected \`redis\` to be a redis:// URL, not \`${url}\``)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new DriftlensError('ERR_USAGE', `Expected \`redis\` to be a redis:// or rediss:// URL, not \`${url}\``)
  }
  return url
}

/**
 * Open an ioredis connection as BullMQ needs it (`maxRetriesPerRequest: null`,
 * so blocking commands wait through reconnects instead of failing).
 */
export function connectRedis(url: string): Redis {
  return new Redis(checkRedisUrl(url), {maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false})
}

/** Check a queue name: BullMQ forbids `:` in names, and an empty name is a slip. */
export function checkQueueName(queue: unknown): string {
  if (typeof queue !== 'string' || !/^[A-Za-z0-9_.-]{1,100}$/.test(queue)) {
    throw new DriftlensError('ERR_USAGE', `Expected \`queue\` to be 1–100 letters, digits, '.', '_' or '-', not \`${String(queue)}\``)
  }
  return queue
}
