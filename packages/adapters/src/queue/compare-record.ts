import {compareTexts, type CompareOptions} from '@driftlens/core'
import {recordMetadata, type QueueRecord, type QueueResult} from './queue-record'

/** How much of the report a result keeps: its summary, or the whole report. */
export type ResultDetail = 'summary' | 'report'

/**
 * Compare one record with its source text and shape the result the sink keeps.
 * `compareTexts` never throws on text, so this only fails on a bug.
 */
export function compareRecord(record: QueueRecord, sourceText: string, detail: ResultDetail, options?: CompareOptions): QueueResult {
  const report = compareTexts(sourceText, record.variant, options)
  const {summary} = report
  return {
    id: record.id,
    ok: true,
    value: {
      relation: summary.relation,
      reason: summary.reason,
      coverage: summary.coverage,
      similarity: summary.similarity,
      drift: summary.drift,
      signals: summary.signals as Record<string, number>,
      artifacts: summary.artifacts as Record<string, number>,
      ...(detail === 'report' ? {report} : {}),
      metadata: recordMetadata(record),
    },
  }
}
