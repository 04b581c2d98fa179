import type {CandidatePair} from './find-candidates'
import type {FeatureSpace} from './sentence-features'
import {buildCorridor, corridorCenter} from './corridor'
import {searchCorridor} from './search-corridor'
import {widenWherePromising} from './widen-where-promising'

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
