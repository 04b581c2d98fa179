import {findCandidates} from './find-candidates'
import type {FeatureSpace} from './sentence-features'
import {featureSimilarity} from './similarity'

/** A 1-1 pair found outside the in-order path. */
export interface MovedPair {
  readonly source: number
  readonly variant: number
  readonly similarity: number
}

/** Above this many pairs of left-over sentences, only indexed candidates are scored. */
const maxExhaustivePairs = 250_000

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
  const scored: MovedPair[] = []
  if (sourceLeft.length * variantLeft.length <= maxExhaustivePairs) {
    for (const variant of variantLeft) {
      for (const source of sourceLeft) {
        const similarity = featureSimilarity(space, space.source[source]!, space.variant[variant]!)
        if (similarity >= minSimilarity) scored.push({source, variant, similarity})
      }
    }
  } else {
    const sourceSet = new Set(sourceLeft)
    const variantSet = new Set(variantLeft)
    for (const pair of findCandidates(space, 16)) {
      if (pair.similarity >= minSimilarity && sourceSet.has(pair.source) && variantSet.has(pair.variant)) scored.push(pair)
    }
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.variant - b.variant || a.source - b.source)
  const usedSource = new Set<number>()
  const usedVariant = new Set<number>()
  const moves: MovedPair[] = []
  for (const pair of scored) {
    if (usedSource.has(pair.source) || usedVariant.has(pair.variant)) continue
    usedSource.add(pair.source)
    usedVariant.add(pair.variant)
    moves.push(pair)
  }
  return moves
}
