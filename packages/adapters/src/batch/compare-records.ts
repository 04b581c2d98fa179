import type {CompareOptions} from '@driftlens/core'
import type {RecordError, RecordResult} from './record'
import {MalformedLine, UnreadableItem} from './ndjson'
import {RecordFailure, resolveRecord, type FetchPage} from './resolve-record'
import {runComparison} from './run-comparison'
import {createWorkerPool, type WorkerPool} from './worker-pool'

/** Options of `compareRecords`. */
export interface CompareRecordsOptions {
  /** Options of every comparison (`compareTexts`). */
  readonly compare?: CompareOptions
  /** Fetches a `{url}` side's page; without it a URL side is a record error (`ERR_NO_FETCH`). */
  readonly fetch?: FetchPage
  /** Comparisons at once: above 1 they run on that many worker threads, and the output order is kept. @default 1 */
  readonly concurrency?: number
}

/** The defaults of `compareRecords`. */
export const defaultCompareRecordsOptions = {compare: {}, concurrency: 1} as const satisfies CompareRecordsOptions

const knownOptions = new Set(['compare', 'fetch', 'concurrency'])

function resolveOptions(options: CompareRecordsOptions) {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new TypeError(`Expected no option \`${key}\`: known options are ${[...knownOptions].join(', ')}`)
  }
  const resolved = {...defaultCompareRecordsOptions, ...options}
  if (!Number.isInteger(resolved.concurrency) || resolved.concurrency < 1) {
    throw new RangeError(`Expected \`concurrency\` to be a positive integer, not \`${resolved.concurrency}\``)
  }
  if (resolved.fetch !== undefined && typeof resolved.fetch !== 'function') {
    throw new TypeError(`Expected \`fetch\` to be a function, not \`${typeof resolved.fetch}\``)
  }
  return resolved
}

/**
 * Compare a stream of records `{id, source, variant, ...metadata}` and yield
 * one result per record, in input order: `{id, ok: true, report, ...metadata}`
 * or `{id, ok: false, error: {code, message}, ...metadata}`. A bad record
 * (wrong shape, a page without an article, a failed fetch, a malformed
 * NDJSON line from `parseNdjson`) becomes an error result and the run goes
 * on: results out equal records in.
 *
 * With `concurrency` N > 1 the comparisons run on N worker threads; at most
 * 2N records are in flight, so memory stays flat however long the stream.
 *
 * @param records Any iterable or async iterable of records.
 * @param options Comparison options, `fetch`, `concurrency`.
 * @returns The results, in input order.
 */
export function compareRecords(records: AsyncIterable<unknown> | Iterable<unknown>, options: CompareRecordsOptions = {}): AsyncGenerator<RecordResult> {
  const resolved = resolveOptions(options)
  if (records === null || typeof records !== 'object' || !(Symbol.asyncIterator in records || Symbol.iterator in records)) {
    throw new TypeError(`Expected \`records\` to be an iterable or async iterable, not \`${String(records)}\``)
  }
  return runRecords(records, resolved)
}

async function* runRecords(records: AsyncIterable<unknown> | Iterable<unknown>, resolved: ReturnType<typeof resolveOptions>): AsyncGenerator<RecordResult> {
  const pool: WorkerPool | undefined = resolved.concurrency > 1 ? createWorkerPool(resolved.concurrency, resolved.compare) : undefined
  const window = pool ? resolved.concurrency * 2 : 1
  const pending: Promise<RecordResult>[] = []
  try {
    for await (const record of records) {
      pending.push(handleRecord(record, resolved.compare, resolved.fetch, pool))
      if (pending.length >= window) yield await pending.shift()!
    }
    while (pending.length > 0) yield await pending.shift()!
  } finally {
    await pool?.close()
  }
}

/** Compare one record; never rejects. */
async function handleRecord(record: unknown, compare: CompareOptions, fetchPage: FetchPage | undefined, pool: WorkerPool | undefined): Promise<RecordResult> {
  if (record instanceof MalformedLine) {
    return {id: null, ok: false, error: {code: 'ERR_JSON', message: record.message}, line: record.line}
  }
  if (record instanceof UnreadableItem) return {id: null, ok: false, error: {code: 'ERR_RECORD', message: record.message}}
  const metadata = metadataOf(record)
  const id = typeof (record as {id?: unknown} | null)?.id === 'string' || typeof (record as {id?: unknown} | null)?.id === 'number' ? (record as {id: string | number}).id : null
  try {
    const sides = await resolveRecord(record, fetchPage)
    const report = pool ? await pool.run(sides) : runComparison(sides, compare)
    return {id, ok: true, report, ...metadata}
  } catch (error) {
    const recordError: RecordError = error instanceof RecordFailure ? error.error : {code: 'ERR_COMPARE', message: error instanceof Error ? error.message : String(error)}
    return {id, ok: false, error: recordError, ...metadata}
  }
}

const reserved = new Set(['id', 'ok', 'report', 'error', 'source', 'variant'])

function metadataOf(record: unknown): Record<string, unknown> {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return {}
  return Object.fromEntries(Object.entries(record).filter(([key]) => !reserved.has(key)))
}
