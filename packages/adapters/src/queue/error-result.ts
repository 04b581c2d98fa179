import {RecordFailure} from '../batch/resolve-record'
import {recordMetadata, type QueueRecord, type QueueResult} from './queue-record'

/** The error result of a record whose comparison failed for good, with its metadata. */
export function errorResult(record: QueueRecord, error: unknown): QueueResult {
  const failure = error instanceof RecordFailure ? error.error : undefined
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  const code = failure?.code === 'ERR_NOT_READABLE' ? 'ERR_NOT_READABLE' : /^unknown sourceId/.test(message) ? 'ERR_SOURCE' : 'ERR_COMPARE'
  return {id: record.id, ok: false, error: {code, message: failure?.message ?? message}, ...recordMetadata(record)}
}
