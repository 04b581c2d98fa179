import type {AlignmentAnalysis} from '../analyze/analyze-for-alignment'
import {type PackedBigrams, PairOverlap, PairTable, packBigrams} from './pair-overlap'

/** What the aligner knows about one sentence, precomputed once. */
export interface SentenceFeatures {
  /** Sorted, unique ids of the sentence's content-word keys. */
  readonly words: Int32Array
  /** Sum of the weights of `words`. */
  readonly weight: number
  /**
   * Distinct character bigrams (pairs of adjacent UTF-16 units) of the folded
   * letters and digits, spaces removed, as ids of the space's bigram
   * vocabulary, with their counts, packed in one array (`packBigrams`): the
   * ids met once, the ids met more than once, then the latter's counts.
   */
  readonly bigrams: Int32Array
  /** How many ids of `bigrams`, at the front, are met once. */
  readonly singleBigrams: number
  /** How many distinct bigrams the sentence has: the counts in `bigrams` start there. */
  readonly distinctBigrams: number
  /** Number of bigrams with repeats: the size of the multiset `diceSimilarity` counts. */
  readonly bigramCount: number
  /** Folded letters and digits with single spaces, the input of `diceSimilarity`. */
  readonly compact: string
}

/** Features of both documents over one shared vocabulary and weighting. */
export interface FeatureSpace {
  readonly source: readonly SentenceFeatures[]
  readonly variant: readonly SentenceFeatures[]
  /** Weight of each word id (inverse document frequency over both documents, capped). */
  readonly weights: Float64Array
  /** Number of sentences (of both documents) each word id occurs in. */
  readonly documentFrequency: Int32Array
  /** Dice coefficient of the two documents' sets of content-word keys, in [0, 1]: are they about the same thing? */
  readonly topicSimilarity: number
  /** Scratch tables measuring what two sentences share (see `PairOverlap`); every scorer of this space goes through them. */
  readonly overlap: PairOverlap
  /** What each pair shares, kept once measured, when the comparison is small (at most `maxTabledPairs` pairs); see `measurePair`. */
  readonly pairs: PairTable | undefined
}

/** Most source-variant pairs for which a comparison keeps a `PairTable`: the small tables the aligner searches whole. */
export const maxTabledPairs = 2500

/** Largest weight one word can carry, so no single rare word decides a match alone. */
const maxWordWeight = 3
/** Largest weight of a number: shared numbers are evidence, but capped evidence. */
const maxNumberWeight = 1.5

/**
 * Build the features of the sentences of both documents from their shared
 * analysis (`analyzeSentences`: the compact text and the content-word key
 * ids of each sentence). Word weights are an inverse document frequency over the
 * sentences of both documents, so words every sentence shares (the event's
 * topic words) count for little.
 *
 * @param sourceAnalyses Analyses of the source sentences.
 * @param variantAnalyses Analyses of the variant sentences.
 * @returns The shared feature space.
 */
export function buildFeatureSpace(sourceAnalyses: readonly AlignmentAnalysis[], variantAnalyses: readonly AlignmentAnalysis[]): FeatureSpace {
  const keys = sourceAnalyses[0]?.vocabulary ?? variantAnalyses[0]?.vocabulary
  const size = keys?.size ?? 0
  for (const analyses of [sourceAnalyses, variantAnalyses]) {
    for (const analysis of analyses) {
      if (analysis.vocabulary !== keys) throw new TypeError('Expected the source and variant analyses to come from one `analyzeSentences` call, not from several')
    }
  }
  // Word ids are the analysis' key ids: distinct per sentence, in ascending order, numbered in order of first appearance.
  const frequencies = new Int32Array(size)
  const prepare = ({compact, keyIds}: AlignmentAnalysis) => {
    for (let k = 0; k < keyIds.length; k++) frequencies[keyIds[k]!]!++
    return {words: keyIds, compact, bigrams: bigramVocabulary.runsOf(compact)}
  }
  const bigramVocabulary = new BigramVocabulary()
  const sourcePrepared = sourceAnalyses.map(prepare)
  const variantPrepared = variantAnalyses.map(prepare)
  const total = sourceAnalyses.length + variantAnalyses.length
  const weights = new Float64Array(size)
  for (let id = 0; id < size; id++) {
    const idf = Math.log(1 + total / frequencies[id]!)
    weights[id] = Math.min(idf, keys!.isNumber(id) ? maxNumberWeight : maxWordWeight)
  }
  const finish = ({words, compact, bigrams}: ReturnType<typeof prepare>): SentenceFeatures => {
    let weight = 0
    for (let k = 0; k < words.length; k++) weight += weights[words[k]!]!
    const {bigrams: packed, singleBigrams, distinctBigrams, bigramCount} = bigrams
    return {words, weight, bigrams: packed, singleBigrams, distinctBigrams, bigramCount, compact}
  }
  return {
    source: sourcePrepared.map(finish),
    variant: variantPrepared.map(finish),
    weights,
    documentFrequency: frequencies,
    topicSimilarity: setDice(sourcePrepared, variantPrepared, size),
    overlap: new PairOverlap(weights, bigramVocabulary.size),
    pairs: sourceAnalyses.length * variantAnalyses.length <= maxTabledPairs ? new PairTable(sourceAnalyses.length, variantAnalyses.length) : undefined,
  }
}

/** The bigrams of one sentence: distinct ids, their counts, and the count with repeats. */
interface BigramRuns extends PackedBigrams {
  readonly bigramCount: number
}

/**
 * Ids for the character bigrams of the sentences of one comparison, given in
 * order of first appearance: a bigram of two ASCII units is looked up in a
 * table indexed by the two units (`first << 7 | second`), any other in a map
 * by the two units packed in one integer.
 */
class BigramVocabulary {
  /** Id plus one of each ASCII bigram, 0 when not seen yet (so a new table needs no filling). */
  private readonly asciiIds = new Int32Array(1 << 14)
  private readonly otherIds = new Map<number, number>()
  /** Count of each id in the sentence being read; all 0 between sentences. */
  private tally = new Int32Array(1024)
  /** The distinct ids of the sentence being read, in order of first appearance. */
  private distinct = new Int32Array(256)
  /** Number of ids given. */
  size = 0

  private idOf(first: number, second: number): number {
    if ((first | second) < 0x80) {
      const key = (first << 7) | second
      const known = this.asciiIds[key]!
      if (known > 0) return known - 1
      this.asciiIds[key] = this.size + 1
    } else {
      const key = (first << 16) | second
      const known = this.otherIds.get(key)
      if (known !== undefined) return known
      this.otherIds.set(key, this.size)
    }
    if (this.size === this.tally.length) {
      const grown = new Int32Array(this.tally.length * 2)
      grown.set(this.tally)
      this.tally = grown
    }
    return this.size++
  }

  /**
   * The bigram multiset of a compact text (letters, marks and digits with
   * single spaces): every pair of adjacent units once the spaces are removed,
   * as `diceSimilarity` (string-similarity) counts them.
   */
  runsOf(compact: string): BigramRuns {
    if (this.distinct.length < compact.length) this.distinct = new Int32Array(compact.length)
    const distinct = this.distinct
    let distinctCount = 0
    let count = 0
    let previous = -1
    for (let index = 0; index < compact.length; index++) {
      const unit = compact.charCodeAt(index)
      if (unit === 0x20) continue
      if (previous >= 0) {
        const id = this.idOf(previous, unit)
        if (this.tally[id]!++ === 0) distinct[distinctCount++] = id
        count++
      }
      previous = unit
    }
    const {bigrams, singleBigrams, distinctBigrams} = packBigrams(distinct, distinctCount, this.tally)
    for (let k = 0; k < distinctCount; k++) this.tally[distinct[k]!] = 0
    return {bigrams, singleBigrams, distinctBigrams, bigramCount: count}
  }
}

/** Dice coefficient of the sets of word ids used anywhere in each document. */
function setDice(source: readonly {words: Int32Array}[], variant: readonly {words: Int32Array}[], size: number): number {
  const inSource = new Uint8Array(size)
  const inVariant = new Uint8Array(size)
  for (const {words} of source) for (let k = 0; k < words.length; k++) inSource[words[k]!] = 1
  for (const {words} of variant) for (let k = 0; k < words.length; k++) inVariant[words[k]!] = 1
  let sourceCount = 0
  let variantCount = 0
  let shared = 0
  for (let id = 0; id < size; id++) {
    sourceCount += inSource[id]!
    variantCount += inVariant[id]!
    shared += inSource[id]! & inVariant[id]!
  }
  return sourceCount + variantCount === 0 ? 0 : (2 * shared) / (sourceCount + variantCount)
}
