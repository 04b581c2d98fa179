import type {ComparisonRecord, RecordError, RecordSide} from './record'

/** A way to fetch a page: resolves to its HTML. The library does no network I/O of its own. */
export type FetchPage = (url: string) => Promise<string>

/** A record side once any URL was fetched: text or an HTML page. */
export type ResolvedSide = {readonly text: string} | {readonly html: string; readonly url?: string}

/** A record with both sides resolved, ready for a comparison in this thread or a worker. */
export interface ResolvedRecord {
  readonly source: ResolvedSide
  readonly variant: ResolvedSide
}

/** Thrown inside record handling; becomes the record's `error`. */
export class RecordFailure extends Error {
  readonly error: RecordError
  constructor(error: RecordError) {
    super(error.message)
    this.error = error
  }
}

/**
 * Check a record's shape and fetch its URL sides.
 *
 * @param record Anything read from the input.
 * @param fetchPage The caller's fetch function, if any.
 * @returns The two sides as text or HTML; rejects with a `RecordFailure`.
 */
export async function resolveRecord(record: unknown, fetchPage: FetchPage | undefined): Promise<ResolvedRecord> {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new RecordFailure({code: 'ERR_RECORD', message: `a record must be an object {id, source, variant}, not ${describe(record)}`})
  }
  const {id, source, variant} = record as Partial<ComparisonRecord>
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new RecordFailure({code: 'ERR_RECORD', message: `a record needs an \`id\` (a string or a number), not ${describe(id)}`})
  }
  return {source: await resolveSide(source, 'source', fetchPage), variant: await resolveSide(variant, 'variant', fetchPage)}
}

async function resolveSide(side: RecordSide | undefined, name: string, fetchPage: FetchPage | undefined): Promise<ResolvedSide> {
  if (typeof side === 'string') return {text: side}
  if (side !== null && typeof side === 'object') {
    if ('html' in side && typeof side.html === 'string') return side.url === undefined ? {html: side.html} : {html: side.html, url: side.url}
    if ('url' in side && typeof side.url === 'string') {
      if (!fetchPage) throw new RecordFailure({code: 'ERR_NO_FETCH', message: `\`${name}\` is a URL, but no fetch function was given`})
      let html: unknown
      try {
        html = await fetchPage(side.url)
      } catch (error) {
        throw new RecordFailure({code: 'ERR_FETCH', message: `fetching ${side.url} failed: ${error instanceof Error ? error.message : String(error)}`})
      }
      if (typeof html !== 'string') throw new RecordFailure({code: 'ERR_FETCH', message: `fetching ${side.url} gave ${describe(html)}, not HTML text`})
      return {html, url: side.url}
    }
  }
  throw new RecordFailure({code: 'ERR_RECORD', message: `\`${name}\` must be text, {html} or {url}, not ${describe(side)}`})
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object without them' : `${typeof value} \`${String(value).slice(0, 40)}\``
}
