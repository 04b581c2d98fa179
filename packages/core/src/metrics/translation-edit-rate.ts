import {BandEditDistance, opDelete, opMatch, opSubstitute} from './band-edit-distance'
import {performShift, wordsAcross} from './perform-shift'
import {listCandidates, maxRoundCandidates, maxShiftCandidates, maxShiftSize} from './shift-candidates'
import {ShiftWorkspace} from './shift-workspace'

/**
 * The number of edits of Translation Edit Rate (Snover et al. 2006) as
 * sacrebleu computes it, following tercom: greedily apply the block shift
 * that lowers the word edit distance most, until none does, then add the
 * edit distance of the shifted hypothesis.
 *
 * The limits are sacrebleu's and they change results, so they are kept
 * exactly: shifts of at most 10 words over at most 50 positions; the edit
 * distance is computed in a band of ±25 words around the (length-scaled)
 * diagonal; and after 1000 evaluated shift candidates in one sentence the
 * search stops without applying the best shift of that round.
 */

/** The best shift of one round, or none. */
interface ShiftResult {
  readonly gain: number
  readonly words: Int32Array
  readonly checked: number
  /** Edit distance of the words before the shift. */
  readonly distance: number
  /** True when the work budget ran out during this round. */
  readonly cut: boolean
  /** How many first words the shift leaves where they were. */
  readonly unchanged: number
}

/**
 * One round of the greedy search: the edit distance of `words`, and the
 * shift that lowers it most (the most words moved first among equal gains,
 * then the earliest block, then the earliest target, as sacrebleu ranks
 * them).
 *
 * The candidates are listed first (`listCandidates`), then scored in order
 * of what each could gain at most: a shift of `length` words across
 * `across` others changes the plain edit distance by at most
 * `2 · min(length, across)`, and the banded distance is at least the plain
 * one, so a candidate gains at most that plus how far the round's banded
 * distance is above its plain one (0 when the distance is below the cost of
 * any path leaving the band, `BandLayout.outOfBandFloor`; else at most the
 * distance less the segment's `bagDistance`), and no candidate gains more
 * than the distance less `bagDistance`. Once the best gain found is above what
 * the rest could gain (or equal, and the rest would lose the tie), they are
 * not scored: the shift chosen is the one scoring every candidate chooses.
 * A round cut short by the candidate limit or the work budget applies no
 * shift, so its candidates are not scored at all.
 *
 * @param spare Two buffers as long as `words` and distinct from it, where candidate shifts are written; the best one is returned in one of them.
 */
function findBestShift(
  words: Int32Array,
  reference: Int32Array,
  editDistance: BandEditDistance,
  checkedBefore: number,
  maxCells: number,
  unchanged: number,
  workspace: ShiftWorkspace,
  spare: readonly [Int32Array, Int32Array],
): ShiftResult {
  const {distance, steps} = editDistance.full(words, unchanged)
  const trace = editDistance.trace
  const hypLength = words.length
  // Alignment of reference positions to hypothesis positions, and which words are errors.
  const {align, hypErrorsBefore, refErrorsBefore} = workspace
  let hypPosition = -1
  let refPosition = -1
  // The path's operations, first to last (the trace holds them last first).
  for (let step = steps - 1; step >= 0; step--) {
    const op = trace[step]
    if (op === opMatch || op === opSubstitute) {
      hypPosition++
      refPosition++
      align[refPosition] = hypPosition
      const error = op === opSubstitute ? 1 : 0
      hypErrorsBefore[hypPosition + 1] = hypErrorsBefore[hypPosition]! + error
      refErrorsBefore[refPosition + 1] = refErrorsBefore[refPosition]! + error
    } else if (op === opDelete) {
      hypPosition++
      hypErrorsBefore[hypPosition + 1] = hypErrorsBefore[hypPosition]! + 1
    } else {
      refPosition++
      align[refPosition] = hypPosition
      refErrorsBefore[refPosition + 1] = refErrorsBefore[refPosition]! + 1
    }
  }

  const {count, checked, cut} = listCandidates(words, reference, workspace, editDistance, checkedBefore, maxCells)
  const none = {gain: 0, words, checked, distance, cut, unchanged: hypLength}
  // A round cut short applies no shift, whatever its best candidate.
  if (cut || checked >= maxShiftCandidates || count === 0) return none
  const {candidateStart, candidateLength, candidateTarget} = workspace
  // How far the round's banded distance can be above the plain one, what any candidate can gain beyond its own bound:
  // nothing when no path outside the band is as short, else at most down to the words the sides share.
  const slack = distance < editDistance.layout.outOfBandFloor ? 0 : distance - workspace.bagDistance
  // No order of the words is closer than the words the sides share allow: no gain beyond that.
  const reachable = distance - workspace.bagDistance
  if (reachable <= 0) return none
  // The candidates in order of their bound, highest first (a counting sort; bounds are at most `slack + 2 · maxShiftSize`).
  const bounds = workspace.candidateBound
  const order = workspace.candidateOrder
  const levels = slack + 2 * maxShiftSize + 1
  if (workspace.boundCounts.length < levels) workspace.boundCounts = new Int32Array(levels)
  const buckets = workspace.boundCounts.fill(0, 0, levels)
  for (let c = 0; c < count; c++) {
    const bound = Math.min(slack + 2 * Math.min(candidateLength[c]!, wordsAcross(hypLength, candidateStart[c]!, candidateLength[c]!, candidateTarget[c]!)), reachable)
    bounds[c] = bound
    buckets[levels - 1 - bound]!++
  }
  let position = 0
  for (let level = 0; level < levels; level++) {
    const size = buckets[level]!
    buckets[level] = position
    position += size
  }
  for (let c = 0; c < count; c++) order[buckets[levels - 1 - bounds[c]!]!++] = c

  let best: {gain: number; length: number; start: number; target: number; words: Int32Array} | undefined
  // Where each candidate shift is written.
  let scratch: Int32Array = spare[0]
  for (let k = 0; k < count; k++) {
    const c = order[k]!
    const bound = bounds[c]!
    // No gain above 0: no shift is applied, whichever is best.
    if (bound <= 0) break
    const length = candidateLength[c]!
    const startH = candidateStart[c]!
    const target = candidateTarget[c]!
    if (best !== undefined) {
      if (bound < best.gain) break
      if (bound === best.gain && !winsTie(length, startH, target, best)) continue
    }
    const shifted = performShift(words, startH, length, target, scratch)
    // The words after the last one the shift moved are where they were.
    let changedEnd = hypLength
    while (changedEnd > 0 && shifted[changedEnd - 1] === words[changedEnd - 1]) changedEnd--
    const gain = distance - editDistance.distanceFrom(shifted, Math.min(startH, target), changedEnd, words)
    if (best === undefined || gain > best.gain || (gain === best.gain && winsTie(length, startH, target, best))) {
      // The best candidate keeps its buffer; the next candidate is written into the other one.
      scratch = best === undefined ? spare[1] : best.words
      best = {gain, length, start: startH, target, words: shifted}
    }
  }
  return best === undefined ? none : {gain: best.gain, words: best.words, checked, distance, cut, unchanged: Math.min(best.start, best.target)}
}

/** True when a candidate of equal gain ranks above `best`: more words moved, then an earlier block, then an earlier target. */
function winsTie(length: number, start: number, target: number, best: {readonly length: number; readonly start: number; readonly target: number}): boolean {
  return length > best.length || (length === best.length && (start < best.start || (start === best.start && target < best.target)))
}

/** TER edits of one segment, and whether the work budget cut the shift search short. */
export interface TerEdits {
  readonly edits: number
  readonly referenceLength: number
  /**
   * True when the shift search stopped on `maxCells` before sacrebleu's own
   * limits: `edits` is then an upper bound of sacrebleu's count (the greedy
   * search only ever lowers it).
   */
  readonly limited: boolean
}

/**
 * Count TER edits of a tokenized hypothesis against a tokenized reference:
 * shifts plus the word edit distance after shifting.
 *
 * sacrebleu's limits bound the search to 1000 candidates, each an edit
 * distance in a band of ±25 words, so a segment of L words can cost about
 * 50,000 · L table cells. `maxCells` bounds that work further: when the
 * cells computed pass it, the search stops as it does at sacrebleu's
 * candidate limit (the best shift of that round is not applied) and the
 * result says so.
 *
 * @param hypothesis Hypothesis words as symbol ids.
 * @param reference Reference words as symbol ids (same vocabulary).
 * @param maxCells Most edit-distance table cells to compute. @default Infinity (sacrebleu's result, always)
 * @returns The number of edits and the reference length. An empty reference
 *   costs one edit per hypothesis word.
 */
export function countTerEdits(hypothesis: Int32Array, reference: Int32Array, maxCells = Number.POSITIVE_INFINITY): TerEdits {
  if (reference.length === 0) return {edits: hypothesis.length, referenceLength: 0, limited: false}
  // The same words: distance 0 and no error to shift, which the search would find after one table.
  if (sameWords(hypothesis, reference)) return {edits: 0, referenceLength: reference.length, limited: false}
  const search = kept ?? {editDistance: new BandEditDistance(), workspace: new ShiftWorkspace()}
  kept = undefined
  const edits = searchShifts(hypothesis, reference, maxCells, search.editDistance, search.workspace)
  // A large segment's arrays are let go rather than held until the next one.
  if (search.editDistance.layout.size <= maxKeptCells) kept = search
  return edits
}

/** Largest banded table whose arrays are kept for the next segment. */
const maxKeptCells = 1 << 20
/**
 * The search's arrays, kept from segment to segment: scoring thousands of
 * sentence pairs then allocates almost nothing per pair. Every value is
 * written before it is read within one segment; nothing is carried from
 * one segment's result to the next.
 */
let kept: {readonly editDistance: BandEditDistance; readonly workspace: ShiftWorkspace} | undefined

/** The greedy search of {@link countTerEdits} on a segment with words on both sides. */
function searchShifts(hypothesis: Int32Array, reference: Int32Array, maxCells: number, editDistance: BandEditDistance, workspace: ShiftWorkspace): TerEdits {
  workspace.use(hypothesis, reference)
  const localReference = workspace.reference
  editDistance.use(localReference)
  const buffers = workspace.wordBuffers(hypothesis.length)
  let words: Int32Array = workspace.hypothesis
  let shifts = 0
  let checked = 0
  let unchanged = 0
  for (;;) {
    const spare = words === buffers[0] ? ([buffers[1], buffers[2]] as const) : words === buffers[1] ? ([buffers[0], buffers[2]] as const) : ([buffers[0], buffers[1]] as const)
    const result = findBestShift(words, localReference, editDistance, checked, maxCells, unchanged, workspace, spare)
    checked = result.checked
    if (result.cut || checked >= maxShiftCandidates || result.gain <= 0) {
      return {edits: shifts + result.distance, referenceLength: reference.length, limited: result.cut}
    }
    shifts++
    words = result.words
    unchanged = result.unchanged
    // Down to the least distance any order of the words has: the next round would find no gain, and it cannot
    // run out of the work budget (a full table and at most a round's candidates, each a table at most) either.
    const distance = result.distance - result.gain
    if (distance <= workspace.bagDistance && editDistance.cells + (maxRoundCandidates + 1) * editDistance.layout.size <= maxCells) {
      return {edits: shifts + distance, referenceLength: reference.length, limited: false}
    }
  }
}

/** True when the two word sequences are equal. */
function sameWords(hypothesis: Int32Array, reference: Int32Array): boolean {
  if (hypothesis.length !== reference.length) return false
  for (let i = 0; i < hypothesis.length; i++) if (hypothesis[i] !== reference[i]) return false
  return true
}
