import type {CompareOptions} from '@driftlens/core'
import type {ResultDetail} from './compare-record'

/** What the worker hands each processor thread (as `workerData`): where to write and how to compare. */
export interface ProcessorSettings {
  readonly redis: string
  readonly queue: string
  readonly detail: ResultDetail
  readonly compare?: CompareOptions
  /** A serialized source index with texts, in memory shared by every processor thread: where `sourceId` resolves when set. */
  readonly index?: SharedArrayBuffer
}
