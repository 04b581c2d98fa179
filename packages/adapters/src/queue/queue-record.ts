/**
 * One record of a queue run: the variant to compare, and its source given as
 * text or as the id of a text in the source store. Every other field is
 * metadata, carried into the result untouched.
 */
export interface QueueRecord {
  /** The record's id: the job id and the key of its result. */
  readonly id: string
  /** The source text, when it travels with the record. */
  readonly source?: string
  /** The id of the source text in the queue's source store, when it does not. */
  readonly sourceId?: string
  /** The text to compare with the source. */
  readonly variant: string
  readonly [metadata: string]: unknown
}

/** What a record compared to: the report's summary, with the record's metadata. */
export interface QueueValue {
  readonly relation: string
  readonly reason: string
  readonly coverage: {readonly source: number; readonly variant: number}
  readonly similarity: number
  readonly drift: number
  readonly signals: Readonly<Record<string, number>>
  readonly artifacts: Readonly<Record<string, number>>
  /** The whole report, when the worker was started with `detail: 'report'`. */
  readonly report?: unknown
  readonly metadata: Readonly<Record<string, unknown>>
}

/** The one result a record leaves in the sink: a value, or the reason it has none. */
export type QueueResult =
  | {readonly id: string; readonly ok: true; readonly value: QueueValue}
  | {readonly id: string; readonly ok: false; readonly error: string}

/** A record checked: usable, or why not (with the best id it could be given). */
export type CheckedRecord = {readonly ok: true; readonly record: QueueRecord} | {readonly ok: false; readonly id: string; readonly error: string}

/**
 * Check a parsed NDJSON value as a queue record. Never throws: a value that is
 * not a record comes back with the reason, under `fallbackId` when it has no
 * usable id, so that it still gets exactly one (error) result.
 *
 * @param value Anything `JSON.parse` returned.
 * @param fallbackId The id to use when the value carries none (the CLI uses `line:N`).
 */
export function checkQueueRecord(value: unknown, fallbackId: string): CheckedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {ok: false, id: fallbackId, error: 'expected a JSON object with `id`, `variant` and `source` or `sourceId`'}
  }
  const record = value as Record<string, unknown>
  const rawId = record.id
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : undefined
  if (id === undefined) return {ok: false, id: fallbackId, error: 'missing `id` (a non-empty string or a number)'}
  if (typeof record.variant !== 'string') return {ok: false, id, error: 'missing `variant` (a string)'}
  const hasSource = typeof record.source === 'string'
  const hasSourceId = typeof record.sourceId === 'string' && record.sourceId !== ''
  if (!hasSource && !hasSourceId) return {ok: false, id, error: 'missing `source` (a string) or `sourceId` (an id in the source store)'}
  return {ok: true, record: {...record, id, variant: record.variant} as QueueRecord}
}

/** The record's fields other than the texts and ids: what the result carries along. */
export function recordMetadata(record: QueueRecord): Record<string, unknown> {
  const metadata: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'id' && key !== 'source' && key !== 'sourceId' && key !== 'variant') metadata[key] = value
  }
  return metadata
}
