import {bandCount, bandKeys} from './band-keys'
import {WordForms} from '../normalize/text-words'
import {documentFeatures, featureBits} from './document-features'
import {WordKeys} from './key-words'
import {measureCoverage, prepareQuery} from './measure-coverage'
import {decodeIndex, encodeIndex, type StoredText} from './serialize-index'
import {resolveQueryOptions, resolveSourceIndexOptions, type SourceIndexOptions, type SourceQueryOptions} from './source-index-options'

/** A document of the index that the queried text may come from. */
export interface SourceCandidate {
  /** The id it was added under. */
  readonly id: string
  /**
   * How surely the text comes from this document, in [0, 1]: the mean of
   * `coverage` and the share of the query's own content-word features in
   * sentences that have a counterpart here. 1 for the same text, 0 for no
   * sentence in common. A copy of the whole document, even machine translated
   * out and back, scores about 0.6–0.9; one that takes a third of its sentences
   * about 0.2 (see `docs/retrieval.md`).
   */
  readonly score: number
  /** Share of this document's content-word features in sentences the query re-uses, in [0, 1]. */
  readonly coverage: number
}

/** An index of source documents, to find which of them a text comes from. */
export interface SourceIndex {
  /** Number of documents indexed. */
  readonly size: number
  /** Index a document under an id (replacing any document with that id). Never throws on the text. */
  add(id: string, text: string): void
  /** Drop a document; returns whether it was there. */
  remove(id: string): boolean
  /** Whether a document with this id is indexed. */
  has(id: string): boolean
  /** The text a document was added with, when the index keeps texts (`keepTexts`); `undefined` otherwise or for an unknown id. */
  text(id: string): string | undefined
  /** The documents the text most likely comes from, best first, none scoring below `minScore`. Never throws on the text. */
  query(text: string, options?: SourceQueryOptions): SourceCandidate[]
  /** The index as compact bytes, for `deserializeSourceIndex`. */
  serialize(): Uint8Array
}

/** Candidates confirmed per query, at least; more when `k` asks for more… */
const minConfirmed = 32
/** …or when the query is long: one per this many query features. */
const featuresPerConfirmed = 8
/** A bucket holding more documents than this is a feature too common to tell sources apart: a query skips it. */
const maxBucketSize = 1024
/** Most features read from a query, so that any text costs bounded work. */
const maxQueryFeatures = 65536
/** Word forms whose keys are kept before the key table is started again. */
const maxCachedWords = 100_000

/**
 * Create an index of source documents: to find which one a text comes from,
 * even after a machine translation out and back. Each document is kept as
 * its sentences' content-word stems (16-bit features, names and numbers
 * counted twice); MinHash with one-row LSH bands over these features proposes
 * candidates, and a cheap sentence-level coverage check on the stored features
 * confirms and scores them (see `docs/retrieval.md`).
 *
 * @param options Thresholds and bounds.
 * @returns An empty index.
 */
export function createSourceIndex(options: SourceIndexOptions = {}): SourceIndex {
  return buildIndex(resolveSourceIndexOptions(options), [])
}

/**
 * Read back an index written by `serialize()`.
 *
 * @param bytes The serialized index.
 * @returns The index, with the options it was created with.
 * @throws TypeError when the bytes are not a serialized source index.
 */
export function deserializeSourceIndex(bytes: Uint8Array): SourceIndex {
  const contents = decodeIndex(bytes)
  return buildIndex(resolveSourceIndexOptions({minScore: contents.minScore, maxFeatures: contents.maxFeatures, keepTexts: contents.keepTexts}), contents.documents)
}

function buildIndex(options: Required<SourceIndexOptions>, documents: ReadonlyArray<readonly [string, Uint16Array, (StoredText | undefined)?]>): SourceIndex {
  let keys = new WordKeys(new WordForms())
  // Texts kept with `keepTexts` (read back from bytes: decoded on first use); a document read from an index written without them has none.
  const texts = new Map<string, StoredText>()
  const slotOf = new Map<string, number>()
  const ids: Array<string | undefined> = []
  const freeSlots: number[] = []
  let slotStart = new Int32Array(64)
  let slotEnd = new Int32Array(64)
  let arena = new Uint16Array(4096)
  let arenaUsed = 0
  let arenaHoles = 0
  // LSH buckets: head node per (band, feature), nodes chained by `nodeNext`; free nodes chained the same way.
  let heads: Int32Array | undefined
  // Documents per bucket, saturating at 65,535 (a bucket that large is skipped by every query anyway).
  let bucketSizes: Uint16Array | undefined
  let nodeSlot = new Int32Array(1024)
  let nodeNext = new Int32Array(1024)
  let nodeCount = 0
  let freeNode = -1
  let collisions = new Uint8Array(64)

  const words = (text: string, maxTokens: number) => {
    if (keys.forms.size > maxCachedWords) keys = new WordKeys(new WordForms())
    return documentFeatures(text, maxTokens, keys)
  }

  const insert = (id: string, features: Uint16Array) => {
    if (slotOf.has(id)) remove(id)
    const slot = freeSlots.pop() ?? ids.length
    if (slot === ids.length) ids.push(id)
    else ids[slot] = id
    slotOf.set(id, slot)
    if (slot >= slotStart.length) {
      slotStart = grow(slotStart, slot + 1)
      slotEnd = grow(slotEnd, slot + 1)
      collisions = grow(collisions, slot + 1)
    }
    if (arenaUsed + features.length > arena.length) arena = grow(arena, arenaUsed + features.length)
    arena.set(features, arenaUsed)
    slotStart[slot] = arenaUsed
    slotEnd[slot] = arenaUsed += features.length
    const keys = bandKeys(arena, slotStart[slot]!, slotEnd[slot]!)
    if (keys === undefined) return
    heads ??= new Int32Array(bandCount << featureBits).fill(-1)
    bucketSizes ??= new Uint16Array(bandCount << featureBits)
    for (let band = 0; band < bandCount; band++) {
      let node = freeNode
      if (node === -1) {
        node = nodeCount++
        if (node >= nodeSlot.length) {
          nodeSlot = grow(nodeSlot, node + 1)
          nodeNext = grow(nodeNext, node + 1)
        }
      } else freeNode = nodeNext[node]!
      const bucket = (band << featureBits) | keys[band]!
      nodeSlot[node] = slot
      nodeNext[node] = heads[bucket]!
      heads[bucket] = node
      if (bucketSizes[bucket] !== 0xffff) bucketSizes[bucket]!++
    }
  }

  const remove = (id: string): boolean => {
    const slot = slotOf.get(id)
    if (slot === undefined) return false
    const keys = bandKeys(arena, slotStart[slot]!, slotEnd[slot]!)
    if (keys !== undefined && heads !== undefined && bucketSizes !== undefined) {
      for (let band = 0; band < bandCount; band++) {
        const bucket = (band << featureBits) | keys[band]!
        for (let node = heads[bucket]!, previous = -1; node !== -1; previous = node, node = nodeNext[node]!) {
          if (nodeSlot[node] !== slot) continue
          if (previous === -1) heads[bucket] = nodeNext[node]!
          else nodeNext[previous] = nodeNext[node]!
          nodeNext[node] = freeNode
          freeNode = node
          if (bucketSizes[bucket] !== 0xffff) bucketSizes[bucket]!--
          break
        }
      }
    }
    texts.delete(id)
    arenaHoles += slotEnd[slot]! - slotStart[slot]!
    slotStart[slot] = slotEnd[slot] = 0
    slotOf.delete(id)
    ids[slot] = undefined
    freeSlots.push(slot)
    if (arenaHoles > 4096 && arenaHoles > arenaUsed / 2) compact()
    return true
  }

  const compact = () => {
    const packed = new Uint16Array(Math.max(4096, arenaUsed - arenaHoles))
    let used = 0
    ids.forEach((id, slot) => {
      if (id === undefined) return
      packed.set(arena.subarray(slotStart[slot]!, slotEnd[slot]!), used)
      slotEnd[slot] = used + slotEnd[slot]! - slotStart[slot]!
      slotStart[slot] = used
      used = slotEnd[slot]!
    })
    arena = packed
    arenaUsed = used
    arenaHoles = 0
  }

  const query = (text: string, queryOptions: SourceQueryOptions = {}): SourceCandidate[] => {
    const {k} = resolveQueryOptions(queryOptions)
    if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${typeof text}\``)
    if (heads === undefined || slotOf.size === 0) return []
    const features = words(text, maxQueryFeatures)
    const keys = bandKeys(features, 0, features.length)
    if (keys === undefined) return []
    // Count the bands each document shares with the query, skipping buckets of features too common to tell sources apart.
    const touched: number[] = []
    for (let band = 0; band < bandCount; band++) {
      const bucket = (band << featureBits) | keys[band]!
      if (bucketSizes![bucket]! > maxBucketSize) continue
      for (let node = heads[bucket]!; node !== -1; node = nodeNext[node]!) {
        const slot = nodeSlot[node]!
        const count = collisions[slot]!
        collisions[slot] = count + 1
        if (count === 0) touched.push(slot)
      }
    }
    // The documents sharing the most bands, found by counting sort (counts are at most bandCount).
    // A source that gave a few sentences to a long text shares few bands with it: long queries confirm more candidates.
    const wanted = Math.max(minConfirmed, 2 * k, Math.ceil(features.length / featuresPerConfirmed))
    const perCount = new Int32Array(bandCount + 1)
    for (const slot of touched) perCount[collisions[slot]!]!++
    let least = bandCount
    for (let taken = perCount[least]!; least > 1 && taken < wanted; taken += perCount[--least]!);
    const byCount: number[][] = []
    for (const slot of touched) if (collisions[slot]! >= least) (byCount[collisions[slot]!] ??= []).push(slot)
    const ranked: number[] = []
    for (let count = bandCount; count >= least && ranked.length < wanted; count--) {
      for (const slot of byCount[count] ?? []) if (ranked.length < wanted) ranked.push(slot)
    }
    const counts = new Map(ranked.map((slot) => [slot, collisions[slot]!]))
    for (const slot of touched) collisions[slot] = 0
    // Confirm the best of them on their sentences.
    const prepared = prepareQuery(features)
    const candidates: Array<SourceCandidate & {readonly bands: number}> = []
    for (const slot of ranked) {
      const {coverage, queryCoverage} = measureCoverage(prepared, arena, slotStart[slot]!, slotEnd[slot]!)
      const score = (coverage + queryCoverage) / 2
      if (score >= options.minScore && score > 0) candidates.push({id: ids[slot]!, score, coverage, bands: counts.get(slot)!})
    }
    candidates.sort((a, b) => b.score - a.score || b.bands - a.bands || (a.id < b.id ? -1 : 1))
    return candidates.slice(0, k).map(({id, score, coverage}) => ({id, score, coverage}))
  }

  for (const [id, features, text] of documents) {
    insert(id, features)
    if (options.keepTexts && text !== undefined) texts.set(id, text)
  }

  return {
    get size() {
      return slotOf.size
    },
    add(id: string, text: string) {
      if (typeof id !== 'string') throw new TypeError(`Expected \`id\` to be a string, not \`${typeof id}\``)
      if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${typeof text}\``)
      insert(id, words(text, options.maxFeatures))
      if (options.keepTexts) texts.set(id, text)
    },
    remove(id: string) {
      if (typeof id !== 'string') throw new TypeError(`Expected \`id\` to be a string, not \`${typeof id}\``)
      return remove(id)
    },
    has(id: string) {
      return slotOf.has(id)
    },
    text(id: string) {
      if (typeof id !== 'string') throw new TypeError(`Expected \`id\` to be a string, not \`${typeof id}\``)
      const stored = texts.get(id)
      if (typeof stored !== 'function') return stored
      const text = stored()
      texts.set(id, text)
      return text
    },
    query,
    serialize() {
      const documents: Array<[string, Uint16Array, StoredText | undefined]> = []
      ids.forEach((id, slot) => {
        if (id !== undefined) documents.push([id, arena.subarray(slotStart[slot]!, slotEnd[slot]!), texts.get(id)])
      })
      return encodeIndex({...options, documents})
    },
  }
}

function grow<T extends Int32Array | Uint16Array | Uint8Array>(array: T, needed: number): T {
  let length = array.length
  while (length < needed) length *= 2
  const larger = new (array.constructor as new (length: number) => T)(length)
  larger.set(array)
  return larger
}
