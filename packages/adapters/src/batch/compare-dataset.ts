import {compareRecords, type CompareRecordsOptions} from './compare-records'
import type {RecordResult} from './record'
import {UnreadableItem} from './ndjson'

/** Options of `compareDataset`: those of `compareRecords`, and how to turn an item into a record. */
export interface CompareDatasetOptions extends CompareRecordsOptions {
  /** Turns a dataset item into a record `{id, source, variant, ...}`. @default the item itself */
  readonly toRecord?: (item: unknown) => unknown
}

/** Anything a crawler's dataset can be read as: an async iterable (a Crawlee `Dataset`), an iterable, or a page of items (`{items}`, as an Apify client's `listItems()` returns). */
export type DatasetLike = AsyncIterable<unknown> | Iterable<unknown> | {readonly items: readonly unknown[]}

/**
 * Compare the items of a crawler's dataset (Crawlee, Apify) as records.
 * No crawler package is imported: any async iterable of items works, so
 * Crawlee stays an optional peer of the caller, never a dependency.
 * Write the results back with `dataset.pushData(result)` if you like.
 *
 * @param dataset A dataset or page of items.
 * @param options `toRecord`, and `compareRecords`'s options.
 * @returns The results, in item order.
 */
export async function* compareDataset(dataset: DatasetLike, options: CompareDatasetOptions = {}): AsyncGenerator<RecordResult> {
  const {toRecord, ...compareOptions} = options
  if (toRecord !== undefined && typeof toRecord !== 'function') throw new TypeError(`Expected \`toRecord\` to be a function, not \`${typeof toRecord}\``)
  const items = itemsOf(dataset)
  const records = toRecord === undefined ? items : mapItems(items, toRecord)
  yield* compareRecords(records, compareOptions)
}

function itemsOf(dataset: DatasetLike): AsyncIterable<unknown> | Iterable<unknown> {
  if (dataset !== null && typeof dataset === 'object') {
    if (Symbol.asyncIterator in dataset || Symbol.iterator in dataset) return dataset as AsyncIterable<unknown> | Iterable<unknown>
    if ('items' in dataset && Array.isArray(dataset.items)) return dataset.items
  }
  throw new TypeError(`Expected \`dataset\` to be an async iterable, an iterable or {items}, not \`${String(dataset)}\``)
}

/** Items through `toRecord`; an item it throws on becomes a record error (`ERR_RECORD`) instead of ending the run. */
async function* mapItems(items: AsyncIterable<unknown> | Iterable<unknown>, toRecord: (item: unknown) => unknown): AsyncGenerator<unknown> {
  for await (const item of items) {
    try {
      yield toRecord(item)
    } catch (error) {
      yield new UnreadableItem(`\`toRecord\` failed on an item: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
