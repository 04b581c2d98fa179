import {BandLayout} from './band-layout'
import {backwardRow, forwardRow, infinite} from './band-rows'

/**
 * The word edit distance of TER's shift search (sacrebleu's
 * `BeamEditDistance`): hypotheses against one fixed reference within the
 * band of `BandLayout`, with the first of (match or substitute, delete,
 * insert) kept among equal costs, as sacrebleu ranks them. The table of the
 * last full computation is kept so that a candidate shift, which changes
 * only the words between the first and the last it moves, computes only the
 * rows in between.
 *
 * Costs are int32 with `infinite` for a cell outside the band (plus the
 * few steps that can be added to it): every real cost is far below it, so
 * every comparison between reachable cells is that of the unbounded table.
 */

/** Edit operations of the hypothesis → reference table. */
export const opMatch = 0
export const opSubstitute = 1
export const opDelete = 2 // drop a hypothesis word
export const opInsert = 3 // add a reference word

/** Word edit distance from hypotheses to one reference, in sacrebleu's band; one instance is reused for segment after segment. */
export class BandEditDistance {
  private reference: Int32Array = new Int32Array(0)
  private width = 0
  readonly layout = new BandLayout()
  /** Costs of the last full computation over the band (`layout`'s order). */
  private costs = new Int32Array(0)
  /** The rows a candidate computes, laid out as `costs`. */
  private candidateCosts = new Int32Array(0)
  /** Where `full` writes the operations of its path, last first. */
  trace = new Uint8Array(0)
  /**
   * The cost from each cell of the last full table to its last cell, laid
   * out as `costs`; worked out by `suffixCosts` when a candidate needs it.
   */
  private suffix = new Int32Array(0)
  /** The hypothesis `suffix` belongs to, or `undefined` when it is out of date. */
  private suffixOf: Int32Array | undefined
  /**
   * Rows the candidates of this round computed that `suffix` would have
   * spared them. The table costs about one pass over every row, so it is
   * worked out only once that much could have been spared: a round with few
   * candidates, or with shifts near the end, never pays for it.
   */
  private rowsSpareable = 0
  /** Table cells counted so far in the segment, the measure of the work done. */
  cells = 0

  /** Start a segment against `reference`: nothing of the previous segment is kept but the arrays. */
  use(reference: Int32Array): void {
    this.reference = reference
    this.width = reference.length + 1
    this.layout.hypLength = -1
    this.suffixOf = undefined
    this.rowsSpareable = 0
    this.cells = 0
  }

  /** Cost of cell (i, j) of the last full computation; infinite outside row i's band. */
  private cost(i: number, j: number): number {
    const {rowMin, rowMax, rowStart} = this.layout
    return j >= rowMin[i]! && j < rowMax[i]! ? this.costs[rowStart[i]! + j - rowMin[i]!]! : infinite
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
    const layout = this.layout
    if (layout.hypLength !== hypLength) {
      layout.layOut(hypLength, width - 1)
      unchanged = 0
    }
    const {rowStart, rowMin, rowMax, size} = layout
    this.cells += size
    this.suffixOf = undefined
    this.rowsSpareable = 0
    if (this.costs.length < size) {
      this.costs = new Int32Array(size)
      this.candidateCosts = new Int32Array(size)
    }
    const costs = this.costs
    const reference = this.reference
    if (unchanged === 0) for (let j = 0; j < width; j++) costs[j] = j
    // Rows up to `unchanged` read only words that are those of the last call: they are still in the table.
    for (let i = unchanged + 1; i <= hypLength; i++) {
      const aboveMin = rowMin[i - 1]!
      const minJ = rowMin[i]!
      forwardRow(hypothesis[i - 1]!, reference, costs, rowStart[i - 1]! - aboveMin, aboveMin, rowMax[i - 1]!, costs, rowStart[i]! - minJ, minJ, rowMax[i]!)
    }
    return {distance: this.cost(hypLength, width - 1), steps: this.traceBack(hypothesis)}
  }

  /**
   * Walk back from the last cell of the last full table, writing each
   * step's operation into `trace` (last first): at each cell, the first of
   * (match or substitute, delete, insert) that gives its cost, which is the
   * operation the forward computation kept.
   *
   * @returns How many operations the path has.
   */
  private traceBack(hypothesis: Int32Array): number {
    const hypLength = hypothesis.length
    const width = this.width
    const reference = this.reference
    if (this.trace.length < hypLength + width) this.trace = new Uint8Array(hypLength + width)
    const trace = this.trace
    let steps = 0
    let i = hypLength
    let j = width - 1
    while (i > 0 || j > 0) {
      if (i === 0) {
        trace[steps++] = opInsert
        j--
        continue
      }
      if (j === 0) {
        trace[steps++] = opDelete
        i--
        continue
      }
      const here = this.cost(i, j)
      const same = hypothesis[i - 1] === reference[j - 1]
      if (this.cost(i - 1, j - 1) + (same ? 0 : 1) === here) {
        trace[steps++] = same ? opMatch : opSubstitute
        i--
        j--
      } else if (this.cost(i - 1, j) + 1 === here) {
        trace[steps++] = opDelete
        i--
      } else {
        trace[steps++] = opInsert
        j--
      }
    }
    return steps
  }

  /**
   * Count the cells of a candidate whose first `prefix` words are those of
   * the last {@link full} hypothesis: those of every row after `prefix`, as
   * if they had all been computed. The work budget is counted so whether
   * the candidate's distance is computed or not, so it falls where it
   * always has.
   */
  countCandidateCells(prefix: number): void {
    const {hypLength, size, rowStart} = this.layout
    if (prefix < hypLength) this.cells += size - rowStart[prefix + 1]!
  }

  /**
   * The cost from every cell of the last full table to its last cell,
   * within the same bands: what the rest of `hypothesis` (the words given to
   * the last {@link full}) costs from each cell on. Worked out backwards
   * with the same three moves as the table itself.
   */
  private suffixCosts(hypothesis: Int32Array): Int32Array {
    if (this.suffixOf === hypothesis) return this.suffix
    const hypLength = hypothesis.length
    const width = this.width
    const {rowStart, rowMin, rowMax, size} = this.layout
    if (this.suffix.length < size) this.suffix = new Int32Array(this.costs.length)
    const suffix = this.suffix
    const reference = this.reference
    // The last row: insertions up to the last reference word.
    const lastRow = rowStart[hypLength]! - rowMin[hypLength]!
    for (let j = width - 1; j >= rowMin[hypLength]!; j--) suffix[lastRow + j] = width - 1 - j
    for (let i = hypLength - 1; i >= 0; i--) {
      const belowMin = rowMin[i + 1]!
      const minJ = rowMin[i]!
      backwardRow(hypothesis[i]!, reference, suffix, rowStart[i + 1]! - belowMin, belowMin, rowMax[i + 1]!, rowStart[i]! - minJ, minJ, rowMax[i]!)
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
   * costs at a cell of that row. The cells are counted apart
   * ({@link countCandidateCells}), whether the distance is computed or not.
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
    const {rowMin, rowMax, rowStart} = this.layout
    let lastRow = Math.max(prefix, changedEnd)
    if (lastRow < hypLength && this.suffixOf !== original) {
      this.rowsSpareable += hypLength - lastRow
      if (this.rowsSpareable < hypLength) lastRow = hypLength
    }
    const suffix = lastRow < hypLength ? this.suffixCosts(original) : undefined
    // Row `prefix` is the full table's; the rows after it go to the candidate's table.
    const costs = this.candidateCosts
    for (let i = prefix + 1; i <= lastRow; i++) {
      const aboveMin = rowMin[i - 1]!
      const minJ = rowMin[i]!
      forwardRow(hypothesis[i - 1]!, reference, i === prefix + 1 ? this.costs : costs, rowStart[i - 1]! - aboveMin, aboveMin, rowMax[i - 1]!, costs, rowStart[i]! - minJ, minJ, rowMax[i]!)
    }
    const table = lastRow === prefix ? this.costs : costs
    const row = rowStart[lastRow]! - rowMin[lastRow]!
    if (suffix === undefined) return table[row + width - 1]!
    // Where the path crosses row `lastRow`: the least cost to reach a cell of it plus the cost from there on.
    let best = Number.POSITIVE_INFINITY
    for (let j = rowMin[lastRow]!; j < rowMax[lastRow]!; j++) {
      const through = table[row + j]! + suffix[row + j]!
      if (through < best) best = through
    }
    return best
  }
}
