import type {BandEditDistance} from './band-edit-distance'
import type {ShiftWorkspace} from './shift-workspace'

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
