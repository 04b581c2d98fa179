import type {CandidatePair} from './find-candidates'
import type {FeatureSpace} from './sentence-features'
import {calibrate, measurePair, pairSimilarity} from './similarity'

/** A group of consecutive sentences on each side, found by the in-order search. */
export interface PathStep {
  /** Index of the first source sentence and how many (0 for an insertion). */
  readonly sourceStart: number
  readonly sourceCount: number
  /** Index of the first variant sentence and how many (0 for an omission). */
  readonly variantStart: number
  readonly variantCount: number
}

/** Settings of the in-order search; see `AlignOptions` for their meaning. */
export interface InOrderSettings {
  readonly minSimilarity: number
  readonly maxBeadSize: number
  readonly bandWidth: number
  readonly maxCells: number
  readonly mergePenalty: number
}

/** The result of the in-order search. */
export interface InOrderResult {
  readonly steps: PathStep[]
  /**
   * True when the work budget cut the search short: the corridor had to be
   * narrowed below `bandWidth` to stay within `maxCells`, or it still wanted
   * widening after the last allowed round.
   */
  readonly truncated: boolean
}

/**
 * Best order-preserving alignment by dynamic programming (in the spirit of
 * Gale & Church 1993 and Moore 2002, with lexical rather than length scores),
 * searched exactly within a corridor of ±`bandWidth` sentences around the
 * chain of anchors, widened where the best path needs it. A group of `a`
 * source and `b` variant sentences scores `(a + b) / 2 × (similarity −
 * minSimilarity)`, less `mergePenalty` when it is a merge or split, so a pair
 * below `minSimilarity` is never forced: omitting and inserting cost nothing. Merges and splits (up to `maxBeadSize` a side)
 * are tried only when every sentence in them resembles the other side, and
 * their similarity is bounded from the pairwise overlaps, so each cell costs
 * O(1) after its own pair is scored.
 *
 * @param space Features of both documents.
 * @param anchors The anchor chain, increasing on both sides.
 * @param settings Search settings.
 * @returns The path from the start of both documents to their end.
 */
export function alignInOrder(space: FeatureSpace, anchors: readonly CandidatePair[], settings: InOrderSettings): InOrderResult {
  const n = space.source.length
  const m = space.variant.length
  const center = corridorCenter(space, anchors)
  const extraLow = new Int32Array(n + 1)
  const extraHigh = new Int32Array(n + 1)
  let truncated = false
  let previousScore = -Infinity
  for (let round = 0; ; round++) {
    const corridor = buildCorridor(n, m, center, settings, extraLow, extraHigh)
    truncated ||= corridor.truncated
    const search = searchCorridor(space, corridor, settings)
    // A wider corridor that found nothing better will not find more by widening again:
    // what lies beyond is text out of order, which the move pass pairs.
    if (search.score <= previousScore + 1e-9) return {steps: search.steps, truncated}
    previousScore = search.score
    const widened = corridor.truncated ? 0 : widenWherePromising(space, corridor, search.path, settings, extraLow, extraHigh)
    if (widened === 0) return {steps: search.steps, truncated}
    if (round === maxWideningRounds) return {steps: search.steps, truncated: true}
  }
}

/** Most times the corridor is widened before the search settles for what it has (and reports `truncated`). */
const maxWideningRounds = 6

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
function widenWherePromising(
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

/** The best path within one corridor: its steps, the cells it visits, and its score. */
function searchCorridor(
  space: FeatureSpace,
  corridor: Corridor,
  settings: InOrderSettings,
): {steps: PathStep[]; path: Array<readonly [number, number]>; score: number} {
  const n = space.source.length
  const m = space.variant.length
  const {lo, hi, rowStart, cells} = corridor
  const score = new Float64Array(cells).fill(-Infinity)
  const back = new Int8Array(cells).fill(-1)
  const pairRaw = new Float64Array(cells).fill(Number.NaN)
  const pairWord = new Float64Array(cells)
  const pairBigram = new Float64Array(cells)

  const overlap = space.overlap
  const cellIndex = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? -1 : rowStart[i]! + j - lo[i]!)
  // The shared word weight, shared bigram count and raw similarity of the
  // last pair scored (`last[0]`, `last[1]`, `last[2]`), handed back without
  // allocating: in a typed array, since a number variable the closures share,
  // or a number returned from a call not inlined, is a new heap number each time.
  const last = new Float64Array(3)
  /** Set `last` to source s and variant v's shared amounts and raw similarity, cached in cell (s+1, v+1) when it lies in the corridor. */
  const pair = (s: number, v: number): void => {
    const cell = cellIndex(s + 1, v + 1)
    if (cell >= 0 && !Number.isNaN(pairRaw[cell]!)) {
      last[0] = pairWord[cell]!
      last[1] = pairBigram[cell]!
      last[2] = pairRaw[cell]!
      return
    }
    const a = space.source[s]!
    const b = space.variant[v]!
    // A row of the table scores one source sentence against many variant ones: load it once.
    measurePair(space, s, v, true)
    // The same text is the same sentence, even when it is too short for a bigram ("2.", "b").
    const same = a.compact === b.compact
    const wordTotal = a.weight + b.weight
    const bigramTotal = a.bigramCount + b.bigramCount
    // The Dice coefficients times half their totals, as computed before the shared amounts were kept.
    const words = wordTotal === 0 ? (same ? 1 : 0) : (2 * overlap.sharedWeight) / wordTotal
    const bigrams = bigramTotal === 0 ? 0 : (2 * overlap.sharedBigrams) / bigramTotal
    const sharedWord = (words * wordTotal) / 2
    const sharedBigram = (bigrams * bigramTotal) / 2
    const raw = same ? 1 : (ratio(sharedWord, wordTotal, false) + ratio(sharedBigram, bigramTotal, false)) / 2
    last[0] = sharedWord
    last[1] = sharedBigram
    last[2] = raw
    if (cell >= 0) {
      pairRaw[cell] = raw
      pairWord[cell] = sharedWord
      pairBigram[cell] = sharedBigram
    }
  }

  // The moves' sizes, read from two arrays in the search loop: (1, 0), (0, 1), (1, 1), then the merges and splits.
  const moveCount = 1 + 2 * settings.maxBeadSize
  const moveSource = new Int32Array(moveCount)
  const moveVariant = new Int32Array(moveCount)
  moveSource[0] = 1
  moveVariant[1] = 1
  moveSource[2] = 1
  moveVariant[2] = 1
  for (let size = 2, k = 3; size <= settings.maxBeadSize; size++, k += 2) {
    moveSource[k] = size
    moveVariant[k] = 1
    moveSource[k + 1] = 1
    moveVariant[k + 1] = size
  }

  /** Search similarity of sources [i-a, i) with variants [j-b, j), or -1 when not worth trying. */
  const groupSimilarity = (i: number, j: number, a: number, b: number): number => {
    if (a === 1 && b === 1) {
      pair(i - 1, j - 1)
      return calibrate(last[2]!)
    }
    let word = 0
    let bigram = 0
    let sourceWeight = 0
    let sourceBigrams = 0
    let variantWeight = 0
    let variantBigrams = 0
    for (let s = i - a; s < i; s++) {
      sourceWeight += space.source[s]!.weight
      sourceBigrams += space.source[s]!.bigramCount
    }
    for (let v = j - b; v < j; v++) {
      variantWeight += space.variant[v]!.weight
      variantBigrams += space.variant[v]!.bigramCount
    }
    for (let s = i - a; s < i; s++) {
      for (let v = j - b; v < j; v++) {
        // Every sentence of a merge must resemble the other side on its own.
        pair(s, v)
        if (calibrate(last[2]!) <= 0) return -1
        word += last[0]!
        bigram += last[1]!
      }
    }
    word = Math.min(word, a === 1 ? sourceWeight : variantWeight)
    bigram = Math.min(bigram, a === 1 ? sourceBigrams : variantBigrams)
    return calibrate((ratio(word, sourceWeight + variantWeight, false) + ratio(bigram, sourceBigrams + variantBigrams, false)) / 2)
  }

  score[cellIndex(0, 0)] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = rowStart[i]! + j - lo[i]!
      if (i === 0 && j === 0) continue
      let best = -Infinity
      let bestMove = -1
      // Whether the pair (i-1, j-1) resembles at all (-1 before it is known): every
      // merge and split ending here holds it, and one that holds a pair that does
      // not resemble is never taken (see `groupSimilarity`).
      let lastPairResembles = -1
      for (let k = 0; k < moveCount; k++) {
        const a = moveSource[k]!
        const b = moveVariant[k]!
        if (i < a || j < b) continue
        const from = cellIndex(i - a, j - b)
        if (from < 0 || score[from] === -Infinity) continue
        let gain = 0
        if (a > 0 && b > 0) {
          if (a + b > 2) {
            if (lastPairResembles < 0) {
              pair(i - 1, j - 1)
              lastPairResembles = calibrate(last[2]!) > 0 ? 1 : 0
            }
            if (lastPairResembles === 0) continue
          }
          const similarity = groupSimilarity(i, j, a, b)
          if (similarity <= settings.minSimilarity) continue
          gain = ((a + b) / 2) * (similarity - settings.minSimilarity) - (a + b > 2 ? settings.mergePenalty : 0)
          if (gain <= 0) continue
        }
        const total = score[from]! + gain
        if (total > best) {
          best = total
          bestMove = k
        }
      }
      score[here] = best
      back[here] = bestMove
    }
  }

  const steps: PathStep[] = []
  const path: Array<readonly [number, number]> = [[n, m]]
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const move = back[cellIndex(i, j)]!
    const a = moveSource[move]!
    const b = moveVariant[move]!
    steps.push({sourceStart: i - a, sourceCount: a, variantStart: j - b, variantCount: b})
    i -= a
    j -= b
    path.push([i, j])
  }
  return {steps: steps.reverse(), path, score: score[cellIndex(n, m)]!}
}

function ratio(shared: number, total: number, equalWhenEmpty: boolean): number {
  if (total === 0) return equalWhenEmpty ? 1 : 0
  return (2 * shared) / total
}

interface Corridor {
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
function corridorCenter(space: FeatureSpace, anchors: readonly CandidatePair[]): Float64Array {
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
function buildCorridor(
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
