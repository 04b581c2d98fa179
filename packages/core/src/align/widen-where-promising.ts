import type {InOrderSettings} from './align-in-order'
import type {Corridor} from './corridor'
import type {FeatureSpace} from './sentence-features'
import {pairSimilarity} from './similarity'

/**
 * Where the best path runs along the corridor's edge and a pair within three
 * times `bandWidth` beyond the edge is similar enough to be taken, the corridor
 * may have kept the search from a better path: widen it there (double its
 * width over the rows around) and search again. In stretches with nothing to
 * pair the path may run along the edge too, but nothing promising lies
 * beyond, so nothing widens.
 *
 * @returns How many rows were widened.
 */
export function widenWherePromising(
  space: FeatureSpace,
  corridor: Corridor,
  path: readonly (readonly [number, number])[],
  settings: InOrderSettings,
  extraLow: Int32Array,
  extraHigh: Int32Array,
): number {
  const n = space.source.length
  const m = space.variant.length
  const {lo, hi} = corridor
  const look = 3 * settings.bandWidth
  const promising = (s: number, v: number) =>
    s >= 0 && s < n && v >= 0 && v < m && pairSimilarity(space, s, v) > settings.minSimilarity
  const widenHigh = new Set<number>()
  const widenLow = new Set<number>()
  for (const [i, j] of path) {
    if (i < n && j === hi[i]! && j < m) {
      for (let v = j; v < Math.min(m, j + look); v++) {
        if (promising(i, v)) {
          widenHigh.add(i)
          break
        }
      }
    }
    if (i < n && j === lo[i]! && j > 0) {
      for (let v = j - 1; v >= Math.max(0, j - look); v--) {
        if (promising(i, v)) {
          widenLow.add(i)
          break
        }
      }
    }
  }
  // Each row's new width comes from the widths at the start of the round, so
  // neighbouring rows do not compound within one round; no row grows past the table.
  const limit = Math.max(n, m)
  let widened = 0
  for (const [rows, extra] of [
    [widenHigh, extraHigh],
    [widenLow, extraLow],
  ] as const) {
    const before = extra.slice()
    for (const row of rows) {
      const grow = settings.bandWidth + before[row]!
      const target = Math.min(limit, 2 * grow - settings.bandWidth)
      for (let i = Math.max(0, row - grow); i <= Math.min(n, row + grow); i++) {
        if (extra[i]! < target) {
          extra[i] = target
          widened++
        }
      }
    }
  }
  return widened
}
