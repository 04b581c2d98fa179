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

const maxShiftSize = 10
const maxShiftDistance = 50
const beamWidth = 25
const maxShiftCandidates = 1000

// Edit operations of the hypothesis → reference table.
const opMatch = 0
const opSubstitute = 1
const opDelete = 2 // drop a hypothesis word
const opInsert = 3 // add a reference word
const opUndefined = 4

/** Word edit distance from hypotheses to one fixed reference, in sacrebleu's band. */
class BandEditDistance {
  private readonly reference: Int32Array
  private readonly width: number
  /**
   * Cost and operation tables of the last full computation, stored by band:
   * row `i` holds columns `[rowMin[i], rowMax[i])` from `rowStart[i]`, so
   * memory grows with (hypothesis length × band), not with the product of
   * the two lengths. Cells outside a row's band are infinite, as in the full table.
   */
  private costs = new Float64Array(0)
  private ops = new Uint8Array(0)
  private rowStart = new Int32Array(0)
  private rowMin = new Int32Array(0)
  private rowMax = new Int32Array(0)
  /** The hypothesis length the row layout above was made for (-1: none yet); a shift keeps the length, so every round of one segment shares it. */
  private layoutLength = -1
  private rowA: Float64Array
  private rowB: Float64Array
  /** Where `full` writes the operations of its path, last first. */
  trace = new Uint8Array(0)
  /**
   * The cost from each cell of the last full table to its last cell, laid
   * out as `costs` (infinite outside the bands); worked out by
   * `suffixCosts` when the first candidate of a round needs it.
   */
  private suffix = new Float64Array(0)
  /** The hypothesis `suffix` belongs to, or `undefined` when it is out of date. */
  private suffixOf: Int32Array | undefined
  /**
   * Rows the candidates of this round computed that `suffix` would have
   * spared them. The table costs about one pass over every row, so it is
   * worked out only once that much could have been spared: a round with few
   * candidates, or with shifts near the end, never pays for it.
   */
  private rowsSpareable = 0
  /** Table cells computed so far, the measure of the work done. */
  cells = 0

  constructor(reference: Int32Array) {
    this.reference = reference
    this.width = reference.length + 1
    this.rowA = new Float64Array(this.width)
    this.rowB = new Float64Array(this.width)
  }

  /** The band `[minJ, maxJ)` of row `i` for a hypothesis of `hypLength` words. */
  private band(i: number, hypLength: number, ratio: number, beam: number): [number, number] {
    const pseudoDiagonal = Math.floor(i * ratio)
    const minJ = Math.max(0, pseudoDiagonal - beam)
    const maxJ = i === hypLength ? this.width : Math.min(this.width, pseudoDiagonal + beam)
    return [minJ, maxJ]
  }

  private beamFor(hypLength: number): {ratio: number; beam: number} {
    const ratio = hypLength > 0 ? this.reference.length / hypLength : 1
    // Very unequal lengths widen the band so consecutive rows still overlap.
    const beam = beamWidth < ratio / 2 ? Math.ceil(ratio / 2 + beamWidth) : beamWidth
    return {ratio, beam}
  }

  /** Cost of cell (i, j) of the last full computation; infinite outside row i's band. */
  private cost(i: number, j: number): number {
    return j >= this.rowMin[i]! && j < this.rowMax[i]! ? this.costs[this.rowStart[i]! + j - this.rowMin[i]!]! : Infinity
  }

  /**
   * Distance and operation trace of `hypothesis`, keeping the whole (banded)
   * table so later candidates that share a prefix with it can start from it.
   * When the first `unchanged` words are those of the previous call's
   * hypothesis (same length), the rows they determine are kept from it.
   *
   * @param hypothesis The words.
   * @param unchanged How many first words equal those of the previous call's hypothesis.
   * @returns The distance and how many operations its path has; the operations are `trace[0]` (the last) to `trace[steps - 1]` (the first).
   */
  full(hypothesis: Int32Array, unchanged = 0): {distance: number; steps: number} {
    const hypLength = hypothesis.length
    const width = this.width
    if (this.layoutLength !== hypLength) {
      this.layOut(hypLength)
      unchanged = 0
    }
    const size = this.rowStart[hypLength]! + this.rowMax[hypLength]! - this.rowMin[hypLength]!
    this.cells += size
    this.suffixOf = undefined
    this.rowsSpareable = 0
    if (this.costs.length < size) {
      this.costs = new Float64Array(size)
      this.ops = new Uint8Array(size)
    }
    const costs = this.costs
    const ops = this.ops
    for (let j = 0; j < width; j++) {
      costs[j] = j
      ops[j] = opInsert
    }
    const reference = this.reference
    // Rows up to `unchanged` read only words that are those of the last call: they are still in the table.
    for (let i = unchanged + 1; i <= hypLength; i++) {
      const minJ = this.rowMin[i]!
      const maxJ = this.rowMax[i]!
      const row = this.rowStart[i]! - minJ
      // The row above, read inline (as `cost(i - 1, ·)`: infinite outside its band).
      const aboveMin = this.rowMin[i - 1]!
      const aboveMax = this.rowMax[i - 1]!
      const above = this.rowStart[i - 1]! - aboveMin
      const word = hypothesis[i - 1]
      for (let j = minJ; j < maxJ; j++) {
        if (j === 0) {
          costs[row] = (aboveMin <= 0 && aboveMax > 0 ? costs[above]! : Infinity) + 1
          ops[row] = opDelete
          continue
        }
        // First minimum of (match or substitute, delete, insert), as sacrebleu
        // ranks them; a cell none of them reaches stays infinite.
        let best = Infinity
        let op = opUndefined
        const diagonal = (j - 1 >= aboveMin && j - 1 < aboveMax ? costs[above + j - 1]! : Infinity) + (word === reference[j - 1] ? 0 : 1)
        if (diagonal < best) {
          best = diagonal
          op = word === reference[j - 1] ? opMatch : opSubstitute
        }
        const up = (j >= aboveMin && j < aboveMax ? costs[above + j]! : Infinity) + 1
        if (up < best) {
          best = up
          op = opDelete
        }
        const left = (j - 1 >= minJ ? costs[row + j - 1]! : Infinity) + 1
        if (left < best) {
          best = left
          op = opInsert
        }
        costs[row + j] = best
        ops[row + j] = op
      }
    }
    // Walk back from the last cell.
    const opAt = (i: number, j: number) => (j >= this.rowMin[i]! && j < this.rowMax[i]! ? ops[this.rowStart[i]! + j - this.rowMin[i]!]! : opUndefined)
    if (this.trace.length < hypLength + width) this.trace = new Uint8Array(hypLength + width)
    const reversed = this.trace
    let steps = 0
    let i = hypLength
    let j = width - 1
    while (i > 0 || j > 0) {
      const op = opAt(i, j)
      reversed[steps++] = op
      if (op === opMatch || op === opSubstitute) {
        i--
        j--
      } else if (op === opInsert) {
        j--
      } else if (op === opDelete) {
        i--
      } else {
        break // unreachable: every cell on the path is finite
      }
    }
    return {distance: this.cost(hypLength, width - 1), steps}
  }

  /** Lay out the banded table of a hypothesis of `hypLength` words: row 0 spans the whole reference, row i its band. */
  private layOut(hypLength: number): void {
    const {ratio, beam} = this.beamFor(hypLength)
    this.rowStart = new Int32Array(hypLength + 1)
    this.rowMin = new Int32Array(hypLength + 1)
    this.rowMax = new Int32Array(hypLength + 1)
    let size = this.width
    this.rowMax[0] = this.width
    for (let i = 1; i <= hypLength; i++) {
      const [minJ, maxJ] = this.band(i, hypLength, ratio, beam)
      this.rowStart[i] = size
      this.rowMin[i] = minJ
      this.rowMax[i] = Math.max(minJ, maxJ)
      size += this.rowMax[i]! - minJ
    }
    this.layoutLength = hypLength
  }

  /**
   * The cost from every cell of the last full table to its last cell,
   * within the same bands: what the rest of `hypothesis` (the words given to
   * the last {@link full}) costs from each cell on. Worked out backwards
   * with the same three moves as the table itself.
   */
  private suffixCosts(hypothesis: Int32Array): Float64Array {
    if (this.suffixOf === hypothesis) return this.suffix
    const hypLength = hypothesis.length
    const width = this.width
    const size = this.rowStart[hypLength]! + this.rowMax[hypLength]! - this.rowMin[hypLength]!
    if (this.suffix.length < size) this.suffix = new Float64Array(this.costs.length)
    const suffix = this.suffix
    const reference = this.reference
    const {rowStart, rowMin, rowMax} = this
    // The last row: insertions up to the last reference word.
    const lastRow = rowStart[hypLength]! - rowMin[hypLength]!
    for (let j = width - 1; j >= rowMin[hypLength]!; j--) suffix[lastRow + j] = width - 1 - j
    for (let i = hypLength - 1; i >= 0; i--) {
      const minJ = rowMin[i]!
      const maxJ = rowMax[i]!
      const row = rowStart[i]! - minJ
      const belowMin = rowMin[i + 1]!
      const belowMax = rowMax[i + 1]!
      const below = rowStart[i + 1]! - belowMin
      const word = hypothesis[i]
      let right = Infinity
      for (let j = maxJ - 1; j >= minJ; j--) {
        // Match or substitute (to (i + 1, j + 1)), delete (to (i + 1, j)), insert (to (i, j + 1)).
        let best = j + 1 >= belowMin && j + 1 < belowMax ? suffix[below + j + 1]! + (word === reference[j] ? 0 : 1) : Infinity
        const down = j >= belowMin && j < belowMax ? suffix[below + j]! + 1 : Infinity
        if (down < best) best = down
        if (right + 1 < best) best = right + 1
        suffix[row + j] = best
        right = best
      }
    }
    this.suffixOf = hypothesis
    return suffix
  }

  /**
   * Distance of a hypothesis whose first `prefix` words equal those of the
   * last hypothesis given to {@link full} (same length), and so do its words
   * from `changedEnd` on, reusing the rows of the full table up to `prefix`
   * and the costs of the rest from row `changedEnd` (`suffixCosts`): only
   * the rows in between are computed. The shortest path crosses row
   * `changedEnd` somewhere, so the distance is the least sum of the two
   * costs at a cell of that row. The cells counted are those of every row
   * after `prefix`, as if they had all been computed, so the work budget
   * falls where it always has.
   *
   * @param hypothesis The shifted words.
   * @param prefix Rows up to this one are the full table's.
   * @param changedEnd The words from this index on are those of the full table's hypothesis.
   * @param original The hypothesis given to the last `full`.
   */
  distanceFrom(hypothesis: Int32Array, prefix: number, changedEnd: number, original: Int32Array): number {
    const hypLength = hypothesis.length
    const width = this.width
    const reference = this.reference
    // The rows' bands are those of the last `full` (same length); a band is never empty.
    const rowMin = this.rowMin
    const rowMax = this.rowMax
    let lastRow = Math.max(prefix, changedEnd)
    if (lastRow < hypLength && this.suffixOf !== original) {
      this.rowsSpareable += hypLength - lastRow
      if (this.rowsSpareable < hypLength) lastRow = hypLength
    }
    // The cells of rows `prefix + 1` to the last: the table's size less where row `prefix + 1` starts.
    const tableSize = this.rowStart[hypLength]! + rowMax[hypLength]! - rowMin[hypLength]!
    this.cells += prefix < hypLength ? tableSize - this.rowStart[prefix + 1]! : 0
    let previous = this.rowA
    let current = this.rowB
    // Row `prefix` of the last full table, infinite outside its band.
    const prefixMin = rowMin[prefix]!
    const prefixMax = rowMax[prefix]!
    previous.fill(Infinity)
    previous.set(this.costs.subarray(this.rowStart[prefix]!, this.rowStart[prefix]! + prefixMax - prefixMin), prefixMin)
    // The range of `current` that holds values from two rows ago.
    let staleStart = 0
    let staleEnd = width
    current.fill(Infinity)
    let previousStart = 0
    let previousEnd = width
    for (let i = prefix + 1; i <= lastRow; i++) {
      const minJ = rowMin[i]!
      const maxJ = rowMax[i]!
      current.fill(Infinity, staleStart, staleEnd)
      const word = hypothesis[i - 1]
      let j = minJ
      if (j === 0) {
        current[0] = previous[0]! + 1
        j = 1
      }
      let left = current[j - 1]!
      for (; j < maxJ; j++) {
        let best = previous[j - 1]! + (word === reference[j - 1] ? 0 : 1)
        const up = previous[j]! + 1
        if (up < best) best = up
        if (left + 1 < best) best = left + 1
        current[j] = best
        left = best
      }
      staleStart = previousStart
      staleEnd = previousEnd
      previousStart = minJ
      previousEnd = maxJ
      const swap = previous
      previous = current
      current = swap
    }
    if (lastRow === hypLength) return previous[width - 1]!
    // Where the path crosses row `lastRow`: the least cost to reach a cell of it plus the cost from there on.
    const suffix = this.suffixCosts(original)
    const minJ = rowMin[lastRow]!
    const maxJ = rowMax[lastRow]!
    const row = this.rowStart[lastRow]! - minJ
    let best = Infinity
    for (let j = minJ; j < maxJ; j++) {
      const through = previous[j]! + suffix[row + j]!
      if (through < best) best = through
    }
    return best
  }
}

/**
 * Move `words[start, start + length)` to before position `target`, as
 * sacrebleu does, writing the result into `shifted` (as long as `words`), so
 * the shift search allocates nothing per candidate.
 */
function performShift(words: Int32Array, start: number, length: number, target: number, shifted: Int32Array): Int32Array {
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
 * Arrays of one segment's shift search, reused by every round: the
 * alignment of reference positions to hypothesis positions and the prefix
 * sums of errors on each side, worked out from each round's path.
 */
class ShiftWorkspace {
  readonly align: Int32Array
  readonly hypErrorsBefore: Int32Array
  readonly refErrorsBefore: Int32Array

  constructor(hypLength: number, refLength: number) {
    this.align = new Int32Array(refLength)
    this.hypErrorsBefore = new Int32Array(hypLength + 1)
    this.refErrorsBefore = new Int32Array(refLength + 1)
  }
}

/**
 * One round of the greedy search: the edit distance of `words`, and the
 * shift that lowers it most.
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
  const refLength = reference.length
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

  let checked = checkedBefore
  let cut = false
  let best: {gain: number; length: number; start: number; target: number; words: Int32Array} | undefined
  // Where each candidate shift is written.
  let scratch: Int32Array = spare[0]
  search: for (let startH = 0; startH < hypLength; startH++) {
    const firstR = Math.max(0, startH - maxShiftDistance)
    const lastR = Math.min(refLength - 1, startH + maxShiftDistance)
    for (let startR = firstR; startR <= lastR; startR++) {
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
            const shifted = performShift(words, startH, length, target, scratch)
            // The words after the last one the shift moved are where they were.
            let changedEnd = hypLength
            while (changedEnd > 0 && shifted[changedEnd - 1] === words[changedEnd - 1]) changedEnd--
            const gain = distance - editDistance.distanceFrom(shifted, Math.min(startH, target), changedEnd, words)
            checked++
            if (
              best === undefined ||
              gain > best.gain ||
              (gain === best.gain &&
                (length > best.length ||
                  (length === best.length && (startH < best.start || (startH === best.start && target < best.target)))))
            ) {
              // The best candidate keeps its buffer; the next candidate is written into the other one.
              scratch = best === undefined ? spare[1] : best.words
              best = {gain, length, start: startH, target, words: shifted}
            }
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
  return best === undefined
    ? {gain: 0, words, checked, distance, cut, unchanged: words.length}
    : {gain: best.gain, words: best.words, checked, distance, cut, unchanged: Math.min(best.start, best.target)}
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
  const editDistance = new BandEditDistance(reference)
  const workspace = new ShiftWorkspace(hypothesis.length, reference.length)
  // Three buffers for the shifted words: the words of this round (from the second round on) and two for its candidates.
  const buffers = [new Int32Array(hypothesis.length), new Int32Array(hypothesis.length), new Int32Array(hypothesis.length)] as const
  let words = hypothesis
  let shifts = 0
  let checked = 0
  let unchanged = 0
  for (;;) {
    const spare = words === buffers[0] ? ([buffers[1], buffers[2]] as const) : words === buffers[1] ? ([buffers[0], buffers[2]] as const) : ([buffers[0], buffers[1]] as const)
    const result = findBestShift(words, reference, editDistance, checked, maxCells, unchanged, workspace, spare)
    checked = result.checked
    if (result.cut || checked >= maxShiftCandidates || result.gain <= 0) {
      return {edits: shifts + result.distance, referenceLength: reference.length, limited: result.cut}
    }
    shifts++
    words = result.words
    unchanged = result.unchanged
  }
}

/** True when the two word sequences are equal. */
function sameWords(hypothesis: Int32Array, reference: Int32Array): boolean {
  if (hypothesis.length !== reference.length) return false
  for (let i = 0; i < hypothesis.length; i++) if (hypothesis[i] !== reference[i]) return false
  return true
}
