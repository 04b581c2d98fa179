/** The part of a sentence's features that two sentences can share. */
export interface OverlapFeatures {
  /** Sorted, unique ids of content-word keys. */
  readonly words: Int32Array
  /**
   * The distinct character-bigram ids and their counts in one array (see
   * `packBigrams`): the ids met once, then the ids met more than once, then
   * the counts of the latter, in the same order.
   */
  readonly bigrams: Int32Array
  /** How many ids of `bigrams`, at the front, are met once. */
  readonly singleBigrams: number
  /** How many distinct ids `bigrams` holds: the counts start there. */
  readonly distinctBigrams: number
}

/** The bigram ids of a sentence, their count, and where in the array each part ends. */
export interface PackedBigrams {
  readonly bigrams: Int32Array
  readonly singleBigrams: number
  readonly distinctBigrams: number
}

/**
 * What two sentences share, measured through scatter tables: one sentence is
 * loaded (its word weights and bigram counts written into tables indexed by
 * id), and each sentence measured against it costs one table read per word
 * and per distinct bigram, with no merge of sorted lists and no allocation.
 * The aligner measures each sentence against many (a row of the search
 * table, the left-overs of the move pass, the candidates of a sentence), so
 * the sentence loaded changes rarely.
 *
 * The shared word weight is summed over the measured sentence's words in
 * ascending id order, adding only the weights of shared words: the same
 * additions in the same order as a merge of the two sorted id lists, so the
 * sums are equal to the last bit whichever side is loaded. The tables are
 * scratch space: every method leaves them as it found them, apart from the
 * loaded sentence.
 */
export class PairOverlap {
  /** Weight of each word id of the loaded sentence; 0 for every other id. */
  private readonly wordWeights: Float64Array
  /** Count of each bigram id in the loaded sentence; 0 for every other id. */
  private readonly bigramTally: Int32Array
  /** 1 for each bigram id of the loaded sentence, 0 for every other: what a bigram met once shares with it. */
  private readonly bigramPresent: Uint8Array
  private loaded: OverlapFeatures | undefined
  /** Shared word weight found by the last `measure`. */
  sharedWeight = 0
  /** Shared bigram count (multiset intersection) found by the last `measure`. */
  sharedBigrams = 0

  /**
   * @param weights Weight of each word id of the feature space.
   * @param bigramVocabularySize Number of distinct bigram ids of the feature space.
   */
  constructor(
    private readonly weights: Float64Array,
    bigramVocabularySize: number,
  ) {
    this.wordWeights = new Float64Array(weights.length)
    this.bigramTally = new Int32Array(bigramVocabularySize)
    this.bigramPresent = new Uint8Array(bigramVocabularySize)
  }

  /** Make `features` the sentence every `measure` compares with (nothing to do when it is already). */
  load(features: OverlapFeatures): void {
    if (this.loaded === features) return
    this.unload()
    const {words, bigrams, singleBigrams, distinctBigrams} = features
    for (let k = 0; k < words.length; k++) this.wordWeights[words[k]!] = this.weights[words[k]!]!
    for (let k = 0; k < distinctBigrams; k++) {
      this.bigramTally[bigrams[k]!] = k < singleBigrams ? 1 : bigrams[distinctBigrams + k - singleBigrams]!
      this.bigramPresent[bigrams[k]!] = 1
    }
    this.loaded = features
  }

  /** Clear the tables. */
  private unload(): void {
    const loaded = this.loaded
    if (loaded === undefined) return
    for (let k = 0; k < loaded.words.length; k++) this.wordWeights[loaded.words[k]!] = 0
    for (let k = 0; k < loaded.distinctBigrams; k++) {
      this.bigramTally[loaded.bigrams[k]!] = 0
      this.bigramPresent[loaded.bigrams[k]!] = 0
    }
    this.loaded = undefined
  }

  /** Set `sharedWeight` and `sharedBigrams` to what `features` shares with the loaded sentence. */
  measure(features: OverlapFeatures): void {
    const {words, bigrams: packed, singleBigrams, distinctBigrams} = features
    const wordWeights = this.wordWeights
    let weight = 0
    for (let k = 0; k < words.length; k++) {
      const shared = wordWeights[words[k]!]!
      if (shared !== 0) weight += shared
    }
    // A bigram met once shares one occurrence when the loaded sentence has it (most
    // bigrams of a sentence), any other the smaller of the two counts.
    const present = this.bigramPresent
    let bigrams = 0
    for (let k = 0; k < singleBigrams; k++) bigrams += present[packed[k]!]!
    const tally = this.bigramTally
    for (let k = singleBigrams, at = distinctBigrams; k < distinctBigrams; k++, at++) {
      const loadedCount = tally[packed[k]!]!
      const count = packed[at]!
      bigrams += loadedCount < count ? loadedCount : count
    }
    this.sharedWeight = weight
    this.sharedBigrams = bigrams
  }

  /**
   * The bigram multiset of several sentences together (counts added),
   * packed as a sentence's are.
   */
  sumBigrams(parts: readonly OverlapFeatures[]): PackedBigrams {
    this.unload()
    const tally = this.bigramTally
    const order: number[] = []
    for (const {bigrams, singleBigrams, distinctBigrams} of parts) {
      for (let k = 0; k < distinctBigrams; k++) {
        const id = bigrams[k]!
        if (tally[id] === 0) order.push(id)
        tally[id]! += k < singleBigrams ? 1 : bigrams[distinctBigrams + k - singleBigrams]!
      }
    }
    const runs = packBigrams(order, order.length, tally)
    for (const id of order) tally[id] = 0
    return runs
  }
}

/**
 * What every source-variant pair of a small comparison shares, kept as each
 * pair is first measured: where the whole search table is searched, the
 * search measures every pair, and the move pass, the gap pass and the bead
 * similarities then read the table instead of measuring again.
 */
export class PairTable {
  /** Shared word weight of source `s` and variant `v` at `s * variantCount + v`; NaN before the pair is measured. */
  readonly weights: Float64Array
  /** Shared bigram count of each pair (same layout), valid where `weights` is measured. */
  readonly bigrams: Int32Array

  /**
   * @param sourceCount Number of source sentences.
   * @param variantCount Number of variant sentences.
   */
  constructor(
    sourceCount: number,
    readonly variantCount: number,
  ) {
    this.weights = new Float64Array(sourceCount * variantCount).fill(Number.NaN)
    this.bigrams = new Int32Array(sourceCount * variantCount)
  }
}

/**
 * The first `count` of `ids` (distinct) with their counts in `tally`, packed
 * in one array: the ids counted once (in their order), then the others (in
 * theirs), then the counts of the others. Most bigrams of a sentence occur
 * once, so the array is little longer than the list of ids, and measuring a
 * sentence reads one array.
 *
 * @param ids Distinct ids.
 * @param count How many of `ids` to take.
 * @param tally The count of each id.
 * @returns The packed array and where its parts end.
 */
export function packBigrams(ids: ArrayLike<number>, count: number, tally: Int32Array): PackedBigrams {
  let singleBigrams = 0
  for (let k = 0; k < count; k++) if (tally[ids[k]!] === 1) singleBigrams++
  const bigrams = new Int32Array(2 * count - singleBigrams)
  let single = 0
  let multiple = singleBigrams
  for (let k = 0; k < count; k++) {
    const id = ids[k]!
    const times = tally[id]!
    if (times === 1) bigrams[single++] = id
    else {
      bigrams[count + multiple - singleBigrams] = times
      bigrams[multiple++] = id
    }
  }
  return {bigrams, singleBigrams, distinctBigrams: count}
}
