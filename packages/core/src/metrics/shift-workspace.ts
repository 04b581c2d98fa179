import {maxRoundCandidates, maxShiftSize} from './shift-candidates'

/**
 * Arrays of one segment's shift search, reused by every round and, to spare
 * allocating them per segment, by segment after segment.
 *
 * The words are ids local to the segment: the reference's distinct words
 * are `0` to `referenceWords - 1`, numbered in order of first appearance,
 * and the hypothesis' other words come after. Equal words keep equal ids
 * and different words different ones, so every comparison the search makes
 * is unchanged; and the reference positions of a hypothesis word are a
 * linked list read from `firstInReference`.
 */
export class ShiftWorkspace {
  /** The segment's words as local ids (views of the first `hypLength` and `refLength` values of their buffers). */
  hypothesis = new Int32Array(0)
  reference = new Int32Array(0)
  /** The hypothesis position each reference position is aligned with on the round's path. */
  align = new Int32Array(0)
  /** Substituted or deleted hypothesis words before each position. */
  hypErrorsBefore = new Int32Array(0)
  /** Substituted or inserted reference words before each position. */
  refErrorsBefore = new Int32Array(0)
  /** Distinct words of the reference: local ids below this one occur in it. */
  referenceWords = 0
  /** The first reference position of each reference word. */
  firstInReference = new Int32Array(0)
  /** The next reference position holding the same word, or -1. */
  nextInReference = new Int32Array(0)
  /**
   * The least plain edit distance of any order of the hypothesis' words:
   * the longer side's length less the words the two sides share (counted
   * with repeats), since each match pairs two equal words. No shift changes it.
   */
  bagDistance = 0
  /** Three buffers for the hypothesis as it is shifted: the words of a round and two for its candidates. */
  readonly buffers: [Int32Array, Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0), new Int32Array(0)]
  /** Each listed candidate: its first word, its length and its target, in the order listed. */
  readonly candidateStart = new Int32Array(maxRoundCandidates)
  readonly candidateLength = new Int32Array(maxRoundCandidates)
  readonly candidateTarget = new Int32Array(maxRoundCandidates)
  /** What each listed candidate can gain at most, and the candidates in the order they are scored. */
  readonly candidateBound = new Int32Array(maxRoundCandidates)
  readonly candidateOrder = new Int32Array(maxRoundCandidates)
  /** Counts of candidates per bound, for sorting them; grown as needed. */
  boundCounts = new Int32Array(2 * maxShiftSize + 1)
  /** An open-addressing table from a word to its local id (`slotIds` -1 where empty), emptied per segment. */
  private slotWords = new Int32Array(0)
  private slotIds = new Int32Array(0)
  private slotMask = 0
  /** Local ids given so far in the segment. */
  private localWords = 0
  private hypothesisBuffer = new Int32Array(0)
  private referenceBuffer = new Int32Array(0)
  private wordCounts = new Int32Array(0)

  /**
   * Start a segment: renumber its words and size the arrays.
   *
   * @param hypothesis The hypothesis words as ids.
   * @param reference The reference words as ids (same vocabulary).
   */
  use(hypothesis: Int32Array, reference: Int32Array): void {
    const hypLength = hypothesis.length
    const refLength = reference.length
    if (this.hypothesisBuffer.length < hypLength) {
      this.hypothesisBuffer = new Int32Array(hypLength)
      this.hypErrorsBefore = new Int32Array(hypLength + 1)
      for (let k = 0; k < 3; k++) this.buffers[k] = new Int32Array(hypLength)
    }
    if (this.referenceBuffer.length < refLength) {
      this.referenceBuffer = new Int32Array(refLength)
      this.align = new Int32Array(refLength)
      this.refErrorsBefore = new Int32Array(refLength + 1)
      this.nextInReference = new Int32Array(refLength)
    }
    let capacity = 16
    while (capacity < 2 * (hypLength + refLength)) capacity *= 2
    if (this.slotIds.length < capacity) {
      this.slotWords = new Int32Array(capacity)
      this.slotIds = new Int32Array(capacity)
    }
    this.slotIds.fill(-1, 0, capacity)
    this.slotMask = capacity - 1
    this.localWords = 0
    const localReference = this.referenceBuffer
    for (let r = 0; r < refLength; r++) localReference[r] = this.localId(reference[r]!)
    const referenceWords = this.localWords
    const localHypothesis = this.hypothesisBuffer
    for (let h = 0; h < hypLength; h++) localHypothesis[h] = this.localId(hypothesis[h]!)
    const distinct = this.localWords
    this.hypothesis = localHypothesis.subarray(0, hypLength)
    this.reference = localReference.subarray(0, refLength)
    this.referenceWords = referenceWords
    if (this.firstInReference.length < referenceWords) this.firstInReference = new Int32Array(referenceWords)
    if (this.wordCounts.length < distinct) this.wordCounts = new Int32Array(distinct)
    const {firstInReference, nextInReference, wordCounts} = this
    firstInReference.fill(-1, 0, referenceWords)
    wordCounts.fill(0, 0, distinct)
    for (let r = refLength - 1; r >= 0; r--) {
      const word = localReference[r]!
      nextInReference[r] = firstInReference[word]!
      firstInReference[word] = r
      wordCounts[word]!++
    }
    let shared = 0
    for (let h = 0; h < hypLength; h++) {
      const word = localHypothesis[h]!
      if (wordCounts[word]! > 0) {
        wordCounts[word]!--
        shared++
      }
    }
    this.bagDistance = Math.max(hypLength, refLength) - shared
  }

  /** The local id of `word`, a new one the first time it is met in the segment. */
  private localId(word: number): number {
    const mask = this.slotMask
    const hash = Math.imul(word, 0x9e3779b1)
    let slot = (hash ^ (hash >>> 15)) & mask
    for (;;) {
      const id = this.slotIds[slot]!
      if (id < 0) break
      if (this.slotWords[slot] === word) return id
      slot = (slot + 1) & mask
    }
    this.slotWords[slot] = word
    this.slotIds[slot] = this.localWords
    return this.localWords++
  }

  /** The buffers of a segment of `hypLength` words, as views of that length. */
  wordBuffers(hypLength: number): [Int32Array, Int32Array, Int32Array] {
    return [this.buffers[0].subarray(0, hypLength), this.buffers[1].subarray(0, hypLength), this.buffers[2].subarray(0, hypLength)]
  }
}
