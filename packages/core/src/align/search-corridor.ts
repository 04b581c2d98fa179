import type {InOrderSettings, PathStep} from './align-in-order'
import type {Corridor} from './corridor'
import type {FeatureSpace} from './sentence-features'
import {calibrate, measurePair} from './similarity'

/** The best path within one corridor: its steps, the cells it visits, and its score. */
export function searchCorridor(
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
