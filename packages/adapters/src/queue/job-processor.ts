/**
 * The BullMQ sandboxed processor: it runs in a worker thread, so a long
 * comparison never blocks the lock renewal of the worker's event loop (which
 * would get jobs reported as stalled and run twice). BullMQ loads this file by
 * path and calls its default export once per job.
 */
import {workerData} from 'node:worker_threads'
import type {SandboxedJob} from 'bullmq'
import type {Redis} from 'ioredis'
import {compareRecord} from './compare-record'
import {errorResult} from './error-result'
import {connectRedis} from './connect-redis'
import type {QueueRecord} from './queue-record'
import {queueKeys} from './redis-keys'
import {writeResult} from './result-sink'
import type {ProcessorSettings} from './processor-settings'

const settings = workerData as ProcessorSettings
let redis: Redis | undefined

export default async function processJob(job: SandboxedJob<{record: QueueRecord}>): Promise<{ok: boolean}> {
  redis ??= connectRedis(settings.redis)
  const keys = queueKeys(settings.queue)
  const record = job.data.record
  const attempts = job.opts.attempts ?? 1
  const lastAttempt = job.attemptsMade + 1 >= attempts
  try {
    let source = record.source
    if (source === undefined) {
      const stored = await redis.hget(keys.sources, record.sourceId ?? '')
      if (stored === null) throw new Error(`unknown sourceId \`${record.sourceId}\`: not in the source store`)
      source = stored
    }
    const result = compareRecord(record, source, settings.detail, settings.compare)
    await writeResult(redis, keys, result)
    return {ok: true}
  } catch (error) {
    // The last attempt leaves the error as the record's result before BullMQ marks the job failed.
    if (lastAttempt) await writeResult(redis, keys, errorResult(record, error))
    throw error
  }
}
