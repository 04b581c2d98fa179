/**
 * The band of TER's word edit distance (sacrebleu's `BeamEditDistance`):
 * row `i` of the hypothesis → reference table (`i` hypothesis words read)
 * holds only the columns within ±25 of the length-scaled diagonal
 * `floor(i · refLength / hypLength)`, the last row reaching the last
 * column; cells outside are infinite. Very unequal lengths widen the band
 * so consecutive rows still overlap.
 *
 * Tables over the band are stored row after row: row `i` holds columns
 * `[rowMin[i], rowMax[i])` from `rowStart[i]`, so memory grows with
 * (hypothesis length × band), not with the product of the two lengths.
 */

const beamWidth = 25

/** The band of every row for one hypothesis length against one reference length. */
export class BandLayout {
  /** Where each row starts in a table, and its first and one-past-last column. */
  rowStart = new Int32Array(0)
  rowMin = new Int32Array(0)
  rowMax = new Int32Array(0)
  /** The hypothesis length laid out for; -1 before the first layout. */
  hypLength = -1
  /** Columns of a full row: the reference length plus one. */
  width = 0
  /** Cells of a table over the band. */
  size = 0
  /**
   * The least cost of any path through a cell outside the band: a path
   * through `(i, j)` costs at least `|i − j|` to get there and
   * `|(hypLength − i) − (refLength − j)|` from there. A distance below it
   * is one no path outside the band could reach: the banded distance is
   * then the plain one.
   */
  outOfBandFloor = 0

  /**
   * Lay out the band of a hypothesis of `hypLength` words against a
   * reference of `refLength` words; row 0 spans the whole reference.
   */
  layOut(hypLength: number, refLength: number): void {
    const width = refLength + 1
    if (this.rowStart.length < hypLength + 1) {
      this.rowStart = new Int32Array(hypLength + 1)
      this.rowMin = new Int32Array(hypLength + 1)
      this.rowMax = new Int32Array(hypLength + 1)
    }
    const {rowStart, rowMin, rowMax} = this
    const ratio = hypLength > 0 ? refLength / hypLength : 1
    const beam = beamWidth < ratio / 2 ? Math.ceil(ratio / 2 + beamWidth) : beamWidth
    let size = width
    rowStart[0] = 0
    rowMin[0] = 0
    rowMax[0] = width
    let floor = Number.POSITIVE_INFINITY
    for (let i = 1; i <= hypLength; i++) {
      const pseudoDiagonal = Math.floor(i * ratio)
      const minJ = Math.max(0, pseudoDiagonal - beam)
      const maxJ = i === hypLength ? width : Math.min(width, pseudoDiagonal + beam)
      rowStart[i] = size
      rowMin[i] = minJ
      rowMax[i] = Math.max(minJ, maxJ)
      size += rowMax[i]! - minJ
      // The cheapest cell left and right of the band (the bound is convex in j, least at j = i).
      if (minJ > 0) floor = Math.min(floor, pathFloor(i, Math.min(i, minJ - 1), hypLength, refLength))
      if (rowMax[i]! < width) floor = Math.min(floor, pathFloor(i, Math.max(i, rowMax[i]!), hypLength, refLength))
    }
    this.hypLength = hypLength
    this.width = width
    this.size = size
    this.outOfBandFloor = floor
  }
}

/** The least cost of a path through cell `(i, j)`: the length differences of the two parts. */
function pathFloor(i: number, j: number, hypLength: number, refLength: number): number {
  return Math.abs(i - j) + Math.abs(hypLength - i - (refLength - j))
}
