/**
 * `@driftlens/adapters/queue`: compare records at scale on BullMQ and Redis.
 * Producers `openQueue(…).add(records)`; workers `startWorker(…)` on any number
 * of machines; results land once per record in Redis and read back in order.
 */
export {openQueue} from './open-queue'
export type {DriftQueue, OpenQueueOptions} from './open-queue'
export {startWorker, defaultStartWorkerOptions} from './start-worker'
export type {RunningWorker, StartWorkerOptions} from './start-worker'
export {defaultRetryOptions} from './add-records'
export type {AddRecordsResult, RetryOptions} from './add-records'
export {checkQueueRecord} from './queue-record'
export type {CheckedRecord, QueueErrorCode, QueueRecord, QueueResult, QueueSide} from './queue-record'
export type {QueueResultLine, ReadResultsOptions, ResultCount} from './result-sink'
export type {ResultDetail} from './compare-record'
export {queueKeys} from './redis-keys'
export type {QueueKeys} from './redis-keys'
