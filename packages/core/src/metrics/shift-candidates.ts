import type {BandEditDistance} from './band-edit-distance'

/**
 * The candidate shifts of one round of TER's shift search, listed in
 * sacrebleu's order with the work each one counts, before any of them is
 * scored: a block of up to 10 hypothesis words equal to reference words at
 * most 50 positions away, wrong where it is and not matched where it would
 * go, moved to just after the hypothesis word aligned with each reference
 * position from one before the block to its last.
 */

export const maxShiftSize = 10
export const maxShiftDistance = 50
export const maxShiftCandidates = 1000

/** Most candidates one round lists: the search stops at the first block taking it to `maxShiftCandidates`, whose targets are at most `maxShiftSize + 1`. */
export const maxRoundCandidates = maxShiftCandidates + maxShiftSize + 1

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

/** What listing one round's candidates gave. */
export interface CandidateList {
  /** Candidates listed (in the workspace's arrays). */
  readonly count: number
  /** Candidates counted in the segment so far, these included. */
  readonly checked: number
  /** True when the work budget ran out during this round. */
  readonly cut: boolean
}

/**
 * List the candidate shifts of one round in sacrebleu's order (hypothesis
 * position, then reference position, then block length, then target),
 * counting each against the segment's limits as sacrebleu counts them
 * (`checked`) and its table cells against the work budget, and stopping
 * where the search would stop. Whether a round is cut short depends only on
 * these counts, never on a distance, so nothing here is scored.
 *
 * @param words The round's hypothesis (local ids).
 * @param reference The reference (local ids).
 * @param workspace The segment's arrays, with the alignment and error sums of the round's path.
 * @param editDistance Counts the cells; its table is the round's hypothesis'.
 * @param checkedBefore Candidates counted in the segment's earlier rounds.
 * @param maxCells The work budget.
 */
export function listCandidates(
  words: Int32Array,
  reference: Int32Array,
  workspace: ShiftWorkspace,
  editDistance: BandEditDistance,
  checkedBefore: number,
  maxCells: number,
): CandidateList {
  const hypLength = words.length
  const refLength = reference.length
  const {align, hypErrorsBefore, refErrorsBefore, referenceWords, firstInReference, nextInReference, candidateStart, candidateLength, candidateTarget} = workspace
  let count = 0
  let checked = checkedBefore
  let cut = false
  search: for (let startH = 0; startH < hypLength; startH++) {
    const word = words[startH]!
    // A word the reference lacks starts no block.
    if (word >= referenceWords) continue
    const firstR = startH - maxShiftDistance
    const lastR = startH + maxShiftDistance
    // The reference positions holding the word, ascending: the only ones where a block can start.
    for (let startR = firstInReference[word]!; startR >= 0 && startR <= lastR; startR = nextInReference[startR]!) {
      if (startR < firstR) continue
      let length = 0
      while (length < maxShiftSize && words[startH + length] === reference[startR + length]) {
        length++
        // Only shift a block that is wrong where it is, to a place where the reference is not matched.
        const hypErrors = hypErrorsBefore[Math.min(hypLength, startH + length)]! - hypErrorsBefore[startH]!
        const refErrors = refErrorsBefore[Math.min(refLength, startR + length)]! - refErrorsBefore[startR]!
        const alignedAt = align[startR]!
        if (hypErrors !== 0 && refErrors !== 0 && !(startH <= alignedAt && alignedAt < startH + length)) {
          let previousTarget = -1
          for (let offset = -1; offset < length; offset++) {
            let target: number
            if (startR + offset === -1) target = 0
            else if (startR + offset < refLength) target = align[startR + offset]! + 1
            else break
            if (target === previousTarget) continue
            previousTarget = target
            candidateStart[count] = startH
            candidateLength[count] = length
            candidateTarget[count] = target
            count++
            editDistance.countCandidateCells(Math.min(startH, target))
            checked++
          }
          if (checked >= maxShiftCandidates) break search
          if (editDistance.cells > maxCells) {
            cut = true
            break search
          }
        }
        if (startH + length === hypLength || startR + length === refLength) break
      }
    }
  }
  return {count, checked, cut}
}

/**
 * How many words a shift moves its block across: the words between the
 * block and its target, as {@link performShift} reads them. Moving a block
 * of `length` words across `across` words is undone by deleting and
 * re-inserting the shorter of the two, so it changes the edit distance to
 * any reference by at most `2 · min(length, across)`.
 */
export function wordsAcross(hypLength: number, start: number, length: number, target: number): number {
  if (target < start) return start - target
  if (target > start + length) return target - start - length
  return Math.max(0, Math.min(length + target, hypLength) - start - length)
}

/**
 * Move `words[start, start + length)` to before position `target`, as
 * sacrebleu does, writing the result into `shifted` (as long as `words`), so
 * the shift search allocates nothing per candidate.
 */
export function performShift(words: Int32Array, start: number, length: number, target: number, shifted: Int32Array): Int32Array {
  const n = words.length
  let offset = 0
  if (target < start) {
    offset = copyWords(words, 0, target, shifted, offset)
    offset = copyWords(words, start, start + length, shifted, offset)
    offset = copyWords(words, target, start, shifted, offset)
    offset = copyWords(words, start + length, n, shifted, offset)
  } else if (target > start + length) {
    offset = copyWords(words, 0, start, shifted, offset)
    offset = copyWords(words, start + length, target, shifted, offset)
    offset = copyWords(words, start, start + length, shifted, offset)
    offset = copyWords(words, target, n, shifted, offset)
  } else {
    offset = copyWords(words, 0, start, shifted, offset)
    offset = copyWords(words, start + length, length + target, shifted, offset)
    offset = copyWords(words, start, start + length, shifted, offset)
    offset = copyWords(words, length + target, n, shifted, offset)
  }
  shifted.fill(0, offset)
  return shifted
}

/** Append `words[from, to)`, both ends clamped to the words as `subarray` would, to `out` at `offset`; returns the new offset. */
function copyWords(words: Int32Array, from: number, to: number, out: Int32Array, offset: number): number {
  const n = words.length
  const first = Math.min(from, n)
  const last = Math.min(Math.max(from, to), n)
  for (let k = first; k < last; k++) out[offset++] = words[k]!
  return offset
}
