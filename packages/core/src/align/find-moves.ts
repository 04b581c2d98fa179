import {findCandidates} from './find-candidates'
import type {FeatureSpace} from './sentence-features'
import {pairSimilarity} from './similarity'

/** A 1-1 pair found outside the in-order path. */
export interface MovedPair {
  readonly source: number
  readonly variant: number
  readonly similarity: number
}

/** Above this many pairs of left-over sentences, only indexed candidates are scored. */
const maxExhaustivePairs = 250_000
/** Most rounds of indexed candidates. */
const maxIndexedRounds = 8

/**
 * Pair the sentences the in-order search left alone: a sentence re-used
 * elsewhere in the variant (seed 003 re-uses 001's sentences in another
 * order). Pairs are taken greedily, most similar first, each sentence at most
 * once, and only at `minSimilarity` or above, so nothing is forced. When the
 * left-overs are few (the usual case) every pair is scored; otherwise only
 * pairs sharing a distinctive word.
 *
 * @param space Features of both documents.
 * @param sourceLeft Source sentences not in the in-order path.
 * @param variantLeft Variant sentences not in the in-order path.
 * @param minSimilarity Least similarity of a moved pair.
 * @returns The pairs found, in no particular order.
 */
export function findMoves(
  space: FeatureSpace,
  sourceLeft: readonly number[],
  variantLeft: readonly number[],
  minSimilarity: number,
): MovedPair[] {
  if (sourceLeft.length === 0 || variantLeft.length === 0) return []
  const moves: MovedPair[] = []
  const usedSource = new Set<number>()
  const usedVariant = new Set<number>()
  /** Take pairs greedily, most similar first, each sentence once; return how many were taken. */
  const take = (scored: MovedPair[]): number => {
    scored.sort((a, b) => b.similarity - a.similarity || a.variant - b.variant || a.source - b.source)
    let taken = 0
    for (const pair of scored) {
      if (usedSource.has(pair.source) || usedVariant.has(pair.variant)) continue
      usedSource.add(pair.source)
      usedVariant.add(pair.variant)
      moves.push(pair)
      taken++
    }
    return taken
  }
  if (sourceLeft.length * variantLeft.length <= maxExhaustivePairs) {
    const scored: MovedPair[] = []
    for (const variant of variantLeft) {
      for (const source of sourceLeft) {
        const similarity = pairSimilarity(space, source, variant)
        if (similarity >= minSimilarity) scored.push({source, variant, similarity})
      }
    }
    take(scored)
    return moves
  }
  // Too many left-overs to score every pair: score the 16 best indexed
  // candidates of each, in rounds over what is still unpaired, since in text
  // repeated many times over the 16 best may all be copies taken already.
  // Words in up to 10 √N sentences are indexed, so repeated text finds its copies.
  let sources = sourceLeft
  let variants = variantLeft
  for (let round = 0; round < maxIndexedRounds && sources.length > 0 && variants.length > 0; round++) {
    const scored = findCandidates(space, 16, 10, sources, variants).filter((pair) => pair.similarity >= minSimilarity)
    if (take(scored) === 0) break
    sources = sources.filter((index) => !usedSource.has(index))
    variants = variants.filter((index) => !usedVariant.has(index))
  }
  return moves
}
