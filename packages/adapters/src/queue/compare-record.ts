import type {CompareOptions} from '@driftlens/core'
import {runComparison} from '../batch/run-comparison'
import type {ResolvedSide} from '../batch/resolve-record'
import {recordMetadata, type QueueRecord, type QueueResult, type QueueSide} from './queue-record'

/** How much of the report a result keeps: its summary, or also the whole report. */
export type ResultDetail = 'summary' | 'report'

function resolveSide(side: QueueSide): ResolvedSide {
  return typeof side === 'string' ? {text: side} : side.url === undefined ? {html: side.html} : {html: side.html, url: side.url}
}

/**
 * Compare one record with its source (an HTML side has its article extracted
 * first, as in `driftlens batch`) and shape the result the sink keeps. Throws
 * (a `RecordFailure`) only when a page has no article or on a bug.
 */
export function compareRecord(record: QueueRecord, source: QueueSide, detail: ResultDetail, options: CompareOptions = {}): QueueResult {
  const report = runComparison({source: resolveSide(source), variant: resolveSide(record.variant)}, options)
  return {
    id: record.id,
    ok: true,
    summary: report.summary,
    ...(detail === 'report' ? {report} : {}),
    ...recordMetadata(record),
  }
}
