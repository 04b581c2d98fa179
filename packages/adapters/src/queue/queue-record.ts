/** One side of a queue record: plain text, or an HTML page whose article is extracted. */
export type QueueSide = string | {readonly html: string; readonly url?: string}

/**
 * One record of a queue run: the variant to compare, and its source given
 * inline or as the id of a text in the queue's source store. Every other field
 * is metadata, carried into the result untouched (as in `driftlens batch`).
 */
export interface QueueRecord {
  /** The record's id: the job id and the key of its result. */
  readonly id: string
  /** The source, when it travels with the record. */
  readonly source?: QueueSide
  /** The id of the source text in the queue's source store, when it does not. */
  readonly sourceId?: string
  /** The text or page to compare with the source. */
  readonly variant: QueueSide
  readonly [metadata: string]: unknown
}

/** Stable codes of a queue record's error. */
export type QueueErrorCode = 'ERR_RECORD' | 'ERR_JSON' | 'ERR_SOURCE' | 'ERR_NOT_READABLE' | 'ERR_COMPARE'

/**
 * The one result a record leaves in the sink, shaped as `driftlens batch`'s
 * results: the report's summary (or the whole report with `detail: 'report'`)
 * or an error, with the record's metadata either way.
 */
export type QueueResult =
  | ({readonly id: string; readonly ok: true; readonly summary: unknown; readonly report?: unknown} & Readonly<Record<string, unknown>>)
  | ({readonly id: string; readonly ok: false; readonly error: {readonly code: QueueErrorCode; readonly message: string}} & Readonly<Record<string, unknown>>)

/** A record checked: usable, or why not (with the best id it could be given). */
export type CheckedRecord =
  | {readonly ok: true; readonly record: QueueRecord}
  | {readonly ok: false; readonly id: string; readonly code: QueueErrorCode; readonly message: string}

function isSide(value: unknown): value is QueueSide {
  if (typeof value === 'string') return true
  if (value === null || typeof value !== 'object') return false
  const side = value as {html?: unknown; url?: unknown}
  return typeof side.html === 'string' && (side.url === undefined || typeof side.url === 'string')
}

/**
 * Check a parsed NDJSON value as a queue record. Never throws: a value that is
 * not a record comes back with the reason, under `fallbackId` when it has no
 * usable id, so that it still gets exactly one (error) result.
 *
 * @param value Anything `JSON.parse` returned.
 * @param fallbackId The id to use when the value carries none (`line:N`).
 */
export function checkQueueRecord(value: unknown, fallbackId: string): CheckedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {ok: false, id: fallbackId, code: 'ERR_RECORD', message: 'expected a JSON object with `id`, `variant` and `source` or `sourceId`'}
  }
  const record = value as Record<string, unknown>
  const rawId = record.id
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : undefined
  if (id === undefined) return {ok: false, id: fallbackId, code: 'ERR_RECORD', message: 'missing `id` (a non-empty string or a number)'}
  if (!isSide(record.variant)) return {ok: false, id, code: 'ERR_RECORD', message: 'missing `variant` (a string, or {"html": string})'}
  const hasSourceId = typeof record.sourceId === 'string' && record.sourceId !== ''
  if (!isSide(record.source) && !hasSourceId) {
    return {ok: false, id, code: 'ERR_RECORD', message: 'missing `source` (a string, or {"html": string}) or `sourceId` (an id in the source store)'}
  }
  return {ok: true, record: {...record, id} as QueueRecord}
}

/** The record's fields other than the texts and ids: what the result carries along. */
export function recordMetadata(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const metadata: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'id' && key !== 'source' && key !== 'sourceId' && key !== 'variant' && key !== 'ok' && key !== 'summary' && key !== 'report' && key !== 'error') {
      metadata[key] = value
    }
  }
  return metadata
}
