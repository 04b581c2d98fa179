import type {InOrderSettings} from './align-in-order'
import type {CandidatePair} from './find-candidates'
import type {FeatureSpace} from './sentence-features'

/** The cells one in-order search visits: for each source prefix length i, the variant prefix lengths `lo[i]`…`hi[i]`, stored from `rowStart[i]`. */
export interface Corridor {
  readonly lo: Int32Array
  readonly hi: Int32Array
  readonly rowStart: Int32Array
  readonly cells: number
  readonly truncated: boolean
}

/**
 * For each source prefix length i (0…n), the variant prefix length on the
 * path from (0, 0) through the anchors to (n, m). Between two anchors the
 * path does not run straight: it steps over the sentences of either side
 * that share little with the other document (a block of inserted material,
 * a dropped passage), so the center stays on the true path across them even
 * in repetitive text, where there are no anchors to pin it.
 */
export function corridorCenter(space: FeatureSpace, anchors: readonly CandidatePair[]): Float64Array {
  const n = space.source.length
  const m = space.variant.length
  const sourceRank = keptPrefix(space, space.source, space.variant)
  const variantRank = keptPrefix(space, space.variant, space.source)
  const xs = [0, ...anchors.map((a) => a.source + 1), n]
  const ys = [0, ...anchors.map((a) => a.variant + 1), m]
  const center = new Float64Array(n + 1)
  let segment = 0
  let j = 0
  for (let i = 0; i <= n; i++) {
    while (segment < xs.length - 2 && xs[segment + 1]! < i) segment++
    const x0 = xs[segment]!
    const x1 = xs[segment + 1]!
    const y0 = ys[segment]!
    const y1 = ys[segment + 1]!
    const sourceKept = sourceRank[x1]! - sourceRank[x0]!
    const variantKept = variantRank[y1]! - variantRank[y0]!
    if (sourceKept === 0 || variantKept === 0) {
      center[i] = x1 === x0 ? y1 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0)
      continue
    }
    // The variant prefix holding as many kept sentences, in proportion, as the source prefix i.
    const target = variantRank[y0]! + ((sourceRank[i]! - sourceRank[x0]!) * variantKept) / sourceKept
    j = Math.max(j, y0)
    while (j < y1 && variantRank[j]! < target) j++
    center[i] = j
  }
  return center
}

/**
 * Prefix counts of the sentences of one side that have a counterpart's worth
 * of words in the other document: at least half of their word weight is
 * words the other document uses somewhere.
 */
function keptPrefix(space: FeatureSpace, side: FeatureSpace['source'], other: FeatureSpace['source']): Int32Array {
  const used = new Uint8Array(space.weights.length)
  for (const {words} of other) for (let k = 0; k < words.length; k++) used[words[k]!] = 1
  const prefix = new Int32Array(side.length + 1)
  side.forEach((sentence, index) => {
    let shared = 0
    const {words} = sentence
    for (let k = 0; k < words.length; k++) if (used[words[k]!]) shared += space.weights[words[k]!]!
    prefix[index + 1] = prefix[index]! + (sentence.weight === 0 || shared >= sentence.weight / 2 ? 1 : 0)
  })
  return prefix
}

/**
 * The cells the search visits: for each source prefix length i (0…n), the
 * variant prefix lengths within `bandWidth` (plus the row's widening) of the
 * center. The width shrinks, and `truncated` is set, only if `maxCells` would
 * be exceeded.
 */
export function buildCorridor(
  n: number,
  m: number,
  center: Float64Array,
  settings: InOrderSettings,
  extraLow: Int32Array,
  extraHigh: Int32Array,
): Corridor {
  const build = (width: number) => {
    const lo = new Int32Array(n + 1)
    const hi = new Int32Array(n + 1)
    const rowStart = new Int32Array(n + 1)
    let cells = 0
    for (let i = 0; i <= n; i++) {
      const before = i > 0 ? center[i - 1]! : center[i]!
      const after = i < n ? center[i + 1]! : center[i]!
      lo[i] = i === 0 ? 0 : Math.max(0, Math.floor(Math.min(before, center[i]!)) - width - extraLow[i]!)
      hi[i] = i === n ? m : Math.min(m, Math.ceil(Math.max(after, center[i]!)) + width + extraHigh[i]!)
      rowStart[i] = cells
      cells += hi[i]! - lo[i]! + 1
    }
    return {lo, hi, rowStart, cells}
  }
  let width = settings.bandWidth
  let corridor = build(width)
  let truncated = false
  while (corridor.cells > settings.maxCells && width > 1) {
    width = Math.floor(width / 2)
    extraLow.fill(0)
    extraHigh.fill(0)
    corridor = build(width)
    truncated = true
  }
  return {...corridor, truncated}
}
