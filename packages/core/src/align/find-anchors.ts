import type {CandidatePair} from './find-candidates'

/**
 * Anchors: pairs that are each other's best candidate by a clear margin and
 * similar enough to be trusted, reduced to the heaviest chain that is
 * increasing on both sides (a weighted longest increasing subsequence, solved
 * with a Fenwick tree in O(k log k)). The in-order search runs in a corridor
 * through them, so long documents cost near-linear time.
 *
 * @param pairs Scored candidate pairs.
 * @param sourceCount Number of source sentences.
 * @param variantCount Number of variant sentences.
 * @param minSimilarity Least similarity of an anchor.
 * @param minMargin Least lead of an anchor over both sentences' second-best candidates.
 * @returns Anchors ordered by source (and so by variant) index.
 */
export function findAnchors(
  pairs: readonly CandidatePair[],
  sourceCount: number,
  variantCount: number,
  minSimilarity: number,
  minMargin: number,
): CandidatePair[] {
  const bestOfSource = topTwo(pairs, sourceCount, (pair) => pair.source)
  const bestOfVariant = topTwo(pairs, variantCount, (pair) => pair.variant)
  const anchors = pairs.filter((pair) => {
    if (pair.similarity < minSimilarity) return false
    const s = bestOfSource[pair.source]!
    const v = bestOfVariant[pair.variant]!
    return s.best === pair && v.best === pair && pair.similarity - s.second >= minMargin && pair.similarity - v.second >= minMargin
  })
  return heaviestIncreasingChain(anchors, variantCount)
}

interface TopTwo {
  best: CandidatePair | undefined
  second: number
}

function topTwo(pairs: readonly CandidatePair[], count: number, key: (pair: CandidatePair) => number): TopTwo[] {
  const result: TopTwo[] = Array.from({length: count}, () => ({best: undefined, second: 0}))
  for (const pair of pairs) {
    const slot = result[key(pair)]!
    if (slot.best === undefined || pair.similarity > slot.best.similarity) {
      slot.second = slot.best?.similarity ?? 0
      slot.best = pair
    } else if (pair.similarity > slot.second) slot.second = pair.similarity
  }
  return result
}

/** The chain of pairs increasing in both source and variant index with the largest total similarity. */
function heaviestIncreasingChain(pairs: readonly CandidatePair[], variantCount: number): CandidatePair[] {
  const sorted = [...pairs].sort((a, b) => a.source - b.source || b.variant - a.variant)
  // Fenwick tree over variant positions holding [best chain weight, index of its last pair].
  const treeWeight = new Float64Array(variantCount + 1)
  const treeIndex = new Int32Array(variantCount + 1).fill(-1)
  const previous = new Int32Array(sorted.length).fill(-1)
  const chainWeight = new Float64Array(sorted.length)
  let bestEnd = -1
  sorted.forEach((pair, index) => {
    // Best chain ending at a variant index < pair.variant.
    let weight = 0
    let from = -1
    for (let position = pair.variant; position > 0; position -= position & -position) {
      if (treeWeight[position]! > weight) {
        weight = treeWeight[position]!
        from = treeIndex[position]!
      }
    }
    chainWeight[index] = weight + pair.similarity
    previous[index] = from
    for (let position = pair.variant + 1; position <= variantCount; position += position & -position) {
      if (chainWeight[index]! > treeWeight[position]!) {
        treeWeight[position] = chainWeight[index]!
        treeIndex[position] = index
      }
    }
    if (bestEnd === -1 || chainWeight[index]! > chainWeight[bestEnd]!) bestEnd = index
  })
  const chain: CandidatePair[] = []
  for (let index = bestEnd; index !== -1; index = previous[index]!) chain.push(sorted[index]!)
  return chain.reverse()
}
