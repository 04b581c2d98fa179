/** The part of a sentence's features that two sentences can share. */
export interface OverlapFeatures {
  /** Sorted, unique ids of content-word keys. */
  readonly words: Int32Array
  /** Distinct character-bigram ids, in no particular order. */
  readonly bigramIds: Int32Array
  /** How many times each of `bigramIds` occurs (parallel to it). */
  readonly bigramCounts: Int32Array
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
  }

  /** Make `features` the sentence every `measure` compares with (nothing to do when it is already). */
  load(features: OverlapFeatures): void {
    if (this.loaded === features) return
    this.unload()
    const {words, bigramIds, bigramCounts} = features
    for (let k = 0; k < words.length; k++) this.wordWeights[words[k]!] = this.weights[words[k]!]!
    for (let k = 0; k < bigramIds.length; k++) this.bigramTally[bigramIds[k]!] = bigramCounts[k]!
    this.loaded = features
  }

  /** Clear the tables. */
  private unload(): void {
    const loaded = this.loaded
    if (loaded === undefined) return
    for (let k = 0; k < loaded.words.length; k++) this.wordWeights[loaded.words[k]!] = 0
    for (let k = 0; k < loaded.bigramIds.length; k++) this.bigramTally[loaded.bigramIds[k]!] = 0
    this.loaded = undefined
  }

  /** Set `sharedWeight` and `sharedBigrams` to what `features` shares with the loaded sentence. */
  measure(features: OverlapFeatures): void {
    const {words, bigramIds, bigramCounts} = features
    const wordWeights = this.wordWeights
    const tally = this.bigramTally
    let weight = 0
    for (let k = 0; k < words.length; k++) {
      const shared = wordWeights[words[k]!]!
      if (shared !== 0) weight += shared
    }
    let bigrams = 0
    for (let k = 0; k < bigramIds.length; k++) {
      const loadedCount = tally[bigramIds[k]!]!
      const count = bigramCounts[k]!
      bigrams += loadedCount < count ? loadedCount : count
    }
    this.sharedWeight = weight
    this.sharedBigrams = bigrams
  }

  /**
   * The bigram multiset of several sentences together (counts added), as
   * distinct ids in order of first appearance and their counts.
   */
  sumBigrams(parts: readonly OverlapFeatures[]): {bigramIds: Int32Array; bigramCounts: Int32Array} {
    this.unload()
    const tally = this.bigramTally
    const order: number[] = []
    for (const part of parts) {
      for (let k = 0; k < part.bigramIds.length; k++) {
        const id = part.bigramIds[k]!
        if (tally[id] === 0) order.push(id)
        tally[id]! += part.bigramCounts[k]!
      }
    }
    const bigramIds = Int32Array.from(order)
    const bigramCounts = new Int32Array(order.length)
    for (let k = 0; k < order.length; k++) {
      bigramCounts[k] = tally[order[k]!]!
      tally[order[k]!] = 0
    }
    return {bigramIds, bigramCounts}
  }
}
