import type {DriftReport} from '@driftlens/core'

/** One side of a record: the text itself, an HTML page, or a page to fetch (only with a `fetch` option). */
export type RecordSide = string | {readonly html: string; readonly url?: string} | {readonly url: string}

/** A pair to compare, with any metadata, which passes through to the result. */
export interface ComparisonRecord {
  readonly id: string | number
  readonly source: RecordSide
  readonly variant: RecordSide
  readonly [metadata: string]: unknown
}

/** Stable codes of a record's error. */
export type RecordErrorCode = 'ERR_RECORD' | 'ERR_JSON' | 'ERR_FETCH' | 'ERR_NO_FETCH' | 'ERR_NOT_READABLE' | 'ERR_COMPARE'

/** Why a record has no report. */
export interface RecordError {
  readonly code: RecordErrorCode
  readonly message: string
}

/** The result of one record: its report, or its error; the record's metadata either way. */
export type RecordResult =
  | ({readonly id: string | number | null; readonly ok: true; readonly report: DriftReport} & Readonly<Record<string, unknown>>)
  | ({readonly id: string | number | null; readonly ok: false; readonly error: RecordError} & Readonly<Record<string, unknown>>)
