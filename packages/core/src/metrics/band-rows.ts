/**
 * One row of TER's banded word edit distance table, forwards (the cost of
 * reaching each cell) or backwards (the cost from each cell to the end),
 * read from the neighbouring row as it is stored: `table[base + j]` is
 * column `j` of a row whose band is `[min, max)`. Bands only move right
 * from row to row (`BandLayout`), so a neighbouring cell falls outside its
 * band only near the two ends of a row; each row is cut into the stretches
 * where the same neighbours exist, and the inner loop checks no bounds.
 * A cell none of its neighbours reaches gets `infinite` (plus a step).
 */

/** The cost of a cell outside the band: above any distance, and far enough below 2³¹ that the steps added to it stay int32. */
export const infinite = 0x3fffffff

/**
 * Costs of reaching the cells of row `i` (the hypothesis word `word` read)
 * from row `i − 1`: a match or substitution from the cell above-left, a
 * deletion from the cell above, an insertion from the cell to the left.
 *
 * @param word The hypothesis word of the row.
 * @param reference The reference words.
 * @param source The table holding the row above, at `source[above + j]` for `j` in `[aboveMin, aboveMax)`.
 * @param target The table the row is written to, at `target[row + j]` for `j` in `[minJ, maxJ)` (`aboveMin ≤ minJ`).
 */
export function forwardRow(
  word: number,
  reference: Int32Array,
  source: Int32Array,
  above: number,
  aboveMin: number,
  aboveMax: number,
  target: Int32Array,
  row: number,
  minJ: number,
  maxJ: number,
): void {
  let j = minJ
  let left = infinite
  if (j === 0) {
    // Delete every word so far.
    left = source[above]! + 1
    target[row] = left
    j = 1
  } else if (j === aboveMin) {
    // No cell above-left, none to the left: the cell above.
    left = (j < aboveMax ? source[above + j]! : infinite) + 1
    target[row + j] = left
    j++
  }
  const end = maxJ < aboveMax ? maxJ : aboveMax
  for (; j < end; j++) {
    let best = source[above + j - 1]! + (word === reference[j - 1] ? 0 : 1)
    const up = source[above + j]! + 1
    if (up < best) best = up
    if (left + 1 < best) best = left + 1
    target[row + j] = best
    left = best
  }
  // Past the band above: no cell above, and a cell above-left only at its end.
  for (; j < maxJ; j++) {
    let best = j === aboveMax ? source[above + j - 1]! + (word === reference[j - 1] ? 0 : 1) : infinite
    if (left + 1 < best) best = left + 1
    target[row + j] = best
    left = best
  }
}

/**
 * Costs from the cells of row `i` (before the hypothesis word `word`) to
 * the last cell, from those of row `i + 1`: a match or substitution to the
 * cell below-right, a deletion to the cell below, an insertion to the cell
 * to the right.
 *
 * @param word The hypothesis word read between row `i` and row `i + 1`.
 * @param reference The reference words.
 * @param table Holds row `i + 1` at `table[below + j]` for `j` in `[belowMin, belowMax)`; row `i` is written at `table[row + j]` for `j` in `[minJ, maxJ)` (`minJ ≤ belowMin`).
 */
export function backwardRow(
  word: number,
  reference: Int32Array,
  table: Int32Array,
  below: number,
  belowMin: number,
  belowMax: number,
  row: number,
  minJ: number,
  maxJ: number,
): void {
  let right = infinite
  let j = maxJ - 1
  // Past the band below (the first row, which spans the whole reference): only the cell to the right.
  for (; j >= belowMax; j--) {
    right += 1
    table[row + j] = right
  }
  if (j === belowMax - 1 && j >= minJ) {
    // The cell below, not the one below-right.
    const down = table[below + j]! + 1
    right = down < right + 1 ? down : right + 1
    table[row + j] = right
    j--
  }
  const end = belowMin > minJ ? belowMin : minJ
  for (; j >= end; j--) {
    let best = table[below + j + 1]! + (word === reference[j] ? 0 : 1)
    const down = table[below + j]! + 1
    if (down < best) best = down
    if (right + 1 < best) best = right + 1
    table[row + j] = best
    right = best
  }
  if (j === belowMin - 1 && j >= minJ) {
    // The cell below-right, not the one below.
    const diagonal = table[below + j + 1]! + (word === reference[j] ? 0 : 1)
    right = diagonal < right + 1 ? diagonal : right + 1
    table[row + j] = right
    j--
  }
  // Before the band below: only the cell to the right.
  for (; j >= minJ; j--) {
    right += 1
    table[row + j] = right
  }
}
