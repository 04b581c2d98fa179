/**
 * The BullMQ sandboxed processor: it runs in a worker thread, so a long
 * comparison never blocks the lock renewal of the worker's event loop (which
 * would get jobs reported as stalled and run twice). BullMQ loads this file by
 * path and calls its default export once per job.
 */
import {workerData} from 'node:worker_threads'
import type {SandboxedJob} from 'bullmq'
import type {Redis} from 'ioredis'
import {readSourceTexts, type SourceTexts} from '@driftlens/core'
import {compareRecord} from './compare-record'
import {errorResult} from './error-result'
import {connectRedis} from './connect-redis'
import type {QueueRecord} from './queue-record'
import {queueKeys} from './redis-keys'
import {writeResult} from './result-sink'
import type {ProcessorSettings} from './processor-settings'

const settings = workerData as ProcessorSettings
let redis: Redis | undefined
let sourceTexts: SourceTexts | undefined

/**
 * The error of a record no retry can mend (its sourceId is not in the index,
 * which does not change while the worker runs). BullMQ fails a job at once on
 * an error named `UnrecoverableError`; the name is an own property so that it
 * survives the trip from this thread to the worker.
 */
function unrecoverable(message: string): Error {
  const error = new Error(message)
  Object.defineProperty(error, 'name', {value: 'UnrecoverableError', enumerable: true, configurable: true, writable: true})
  return error
}

/** The source a record names by `sourceId`: from the index when the worker has one, else from the Redis source store. */
async function resolveSourceId(client: Redis, sources: string, sourceId: string): Promise<string> {
  if (settings.index !== undefined) {
    sourceTexts ??= readSourceTexts(new Uint8Array(settings.index))
    const text = sourceTexts.text(sourceId)
    if (text !== undefined) return text
    throw unrecoverable(
      sourceTexts.has(sourceId)
        ? `unknown sourceId \`${sourceId}\`: the source index holds its features but not its text`
        : `unknown sourceId \`${sourceId}\`: not in the source index`,
    )
  }
  const stored = await client.hget(sources, sourceId)
  if (stored === null) throw new Error(`unknown sourceId \`${sourceId}\`: not in the source store`)
  return stored
}

export default async function processJob(job: SandboxedJob<{record: QueueRecord}>): Promise<{ok: boolean}> {
  redis ??= connectRedis(settings.redis)
  const keys = queueKeys(settings.queue)
  const record = job.data.record
  const attempts = job.opts.attempts ?? 1
  const lastAttempt = job.attemptsMade + 1 >= attempts
  try {
    const source = record.source ?? (await resolveSourceId(redis, keys.sources, record.sourceId ?? ''))
    const result = compareRecord(record, source, settings.detail, settings.compare)
    await writeResult(redis, keys, result)
    return {ok: true}
  } catch (error) {
    // The last attempt, or one no retry can mend, leaves the error as the record's result before BullMQ marks the job failed.
    if (lastAttempt || (error as Error).name === 'UnrecoverableError') await writeResult(redis, keys, errorResult(record, error))
    throw error
  }
}
