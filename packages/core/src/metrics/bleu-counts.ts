import {countNgramMatches} from './ngram-statistics'
import {SymbolTable} from './symbols'

/** Raw counts of one segment (or summed over segments): lengths, then clipped matches and totals per order. */
export interface BleuCounts {
  hypothesisLength: number
  referenceLength: number
  counts: number[]
  totals: number[]
}

/**
 * The reference length BLEU compares a hypothesis with when there are
 * several references: the one closest to the hypothesis length, the shorter
 * one on a tie (sacrebleu's `_get_closest_ref_len`).
 */
export function closestReferenceLength(hypothesisLength: number, referenceLengths: readonly number[]): number {
  let closest = -1
  let closestDifference = -1
  for (const length of referenceLengths) {
    const difference = Math.abs(hypothesisLength - length)
    if (closestDifference === -1 || difference < closestDifference) {
      closestDifference = difference
      closest = length
    } else if (difference === closestDifference && length < closest) {
      closest = length
    }
  }
  return closest
}

/**
 * Count BLEU's n-gram matches of a hypothesis against one or more
 * references, as sacrebleu does: each hypothesis n-gram is clipped to the
 * largest number of times any single reference holds it, and the reference
 * length is the closest one ({@link closestReferenceLength}).
 *
 * @param hypothesisTokens The hypothesis's tokens.
 * @param referenceTokens The tokens of each reference (at least one).
 * @param maxOrder Highest n-gram order.
 * @returns Lengths, clipped matches and hypothesis n-gram totals per order.
 */
export function bleuCounts(hypothesisTokens: readonly string[], referenceTokens: readonly (readonly string[])[], maxOrder: number): BleuCounts {
  const symbols = new SymbolTable()
  const hypothesis = symbols.ids(hypothesisTokens)
  const references = referenceTokens.map((tokens) => symbols.ids(tokens))
  const referenceLength = closestReferenceLength(
    hypothesis.length,
    references.map((reference) => reference.length),
  )
  const counts: number[] = []
  const totals: number[] = []
  if (references.length === 1) {
    // One reference: the integer-id counter, no n-gram keys built.
    const statistics = countNgramMatches(hypothesis, references[0]!, maxOrder)
    for (let i = 0; i < maxOrder; i++) {
      totals.push(statistics[3 * i]!)
      counts.push(statistics[3 * i + 2]!)
    }
  } else {
    for (let order = 1; order <= maxOrder; order++) {
      const hypothesisNgrams = countNgrams(hypothesis, order)
      const largest = new Map<string, number>()
      for (const reference of references) {
        for (const [key, count] of countNgrams(reference, order)) {
          if (count > (largest.get(key) ?? 0)) largest.set(key, count)
        }
      }
      let matches = 0
      for (const [key, count] of hypothesisNgrams) matches += Math.min(count, largest.get(key) ?? 0)
      totals.push(Math.max(0, hypothesis.length - order + 1))
      counts.push(matches)
    }
  }
  return {hypothesisLength: hypothesis.length, referenceLength, counts, totals}
}

/** Occurrences of each n-gram of one order, keyed by its symbol ids. */
function countNgrams(symbols: Int32Array, order: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + order <= symbols.length; i++) {
    const key = symbols.subarray(i, i + order).join(',')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Zero counts of `maxOrder` orders, to sum into. */
export function emptyBleuCounts(maxOrder = 4): BleuCounts {
  return {hypothesisLength: 0, referenceLength: 0, counts: new Array<number>(maxOrder).fill(0), totals: new Array<number>(maxOrder).fill(0)}
}

/** Add `counts` into `sum` (same number of orders). */
export function addBleuCounts(sum: BleuCounts, counts: BleuCounts): void {
  sum.hypothesisLength += counts.hypothesisLength
  sum.referenceLength += counts.referenceLength
  for (let i = 0; i < sum.counts.length; i++) {
    sum.counts[i]! += counts.counts[i]!
    sum.totals[i]! += counts.totals[i]!
  }
}
