import type {FeatureSpace} from './sentence-features'
import {pairSimilarity} from './similarity'

/** A scored source–variant sentence pair. */
export interface CandidatePair {
  readonly source: number
  readonly variant: number
  readonly similarity: number
}

/**
 * Most postings read for one variant sentence. Its indexed words are read
 * rarest first; the word that would pass this is read only for the source
 * sentences nearest the variant sentence's place, and rarer-than-it words
 * are all read. Without the cap, text over one shared vocabulary (two
 * unrelated documents in one language) reads postings of length up to
 * 10 √N for every sentence, N^1.5 in all.
 */
export const maxPostingsPerSentence = 2000

/**
 * For every variant sentence, the source sentences that share distinctive
 * words with it, scored with the calibrated similarity. Words in more than
 * `maxDocumentFrequency` sentences are not used to find candidates (they
 * still count in the score), and at most `maxPostingsPerSentence` postings
 * are read per sentence, so the cost stays near-linear even on repetitive
 * input or on long unrelated documents sharing their vocabulary.
 *
 * @param space Features of both documents.
 * @param perSentence How many candidates to score for each variant sentence.
 * @param spread How many times √N sentences a word may occur in and still be indexed (1 for anchors: only distinctive words). @default 1
 * @param sources Source sentences to consider. @default all
 * @param variants Variant sentences to find candidates for. @default all
 * @returns Scored pairs, grouped by variant sentence.
 */
export function findCandidates(
  space: FeatureSpace,
  perSentence: number,
  spread = 1,
  sources: readonly number[] = space.source.map((_, index) => index),
  variants: readonly number[] = space.variant.map((_, index) => index),
): CandidatePair[] {
  const total = space.source.length + space.variant.length
  const maxDocumentFrequency = Math.max(8, Math.ceil(spread * Math.sqrt(total)))
  // Postings in ascending source order (`sources` may come in any order).
  const postings = new Map<number, number[]>()
  for (const index of [...sources].sort((a, b) => a - b)) {
    const features = space.source[index]!
    for (const id of features.words) {
      if (space.documentFrequency[id]! > maxDocumentFrequency) continue
      let list = postings.get(id)
      if (list === undefined) postings.set(id, (list = []))
      list.push(index)
    }
  }
  const pairs: CandidatePair[] = []
  const scale = space.variant.length === 0 ? 0 : space.source.length / space.variant.length
  const overlap = new Float64Array(space.source.length)
  const touched: number[] = []
  const lists: Array<{readonly weight: number; readonly list: readonly number[]}> = []
  const best: number[] = []
  for (const variantIndex of variants) {
    const features = space.variant[variantIndex]!
    const expected = variantIndex * scale
    lists.length = 0
    let listed = 0
    for (const id of features.words) {
      const list = postings.get(id)
      if (list === undefined) continue
      lists.push({weight: space.weights[id]!, list})
      listed += list.length
    }
    // Rarest words first, only when the cap bites (otherwise the sums add up in the same order as ever).
    if (listed > maxPostingsPerSentence) lists.sort((a, b) => a.list.length - b.list.length)
    let budget = maxPostingsPerSentence
    for (const {weight, list} of lists) {
      const [from, to] = list.length <= budget ? [0, list.length] : nearest(list, expected, budget)
      for (let position = from; position < to; position++) {
        const sourceIndex = list[position]!
        if (overlap[sourceIndex] === 0) touched.push(sourceIndex)
        overlap[sourceIndex]! += weight
      }
      budget -= to - from
      if (budget <= 0) break
    }
    // The best `perSentence` by overlap; equal overlap (copies of one sentence
    // in repeated text): nearest to the variant sentence's place first. A
    // partial selection, not a sort of every touched sentence.
    best.length = 0
    for (const sourceIndex of touched) {
      if (best.length === perSentence && !ranksBefore(sourceIndex, best[perSentence - 1]!, overlap, expected)) continue
      let at = best.length === perSentence ? perSentence - 1 : best.length
      while (at > 0 && ranksBefore(sourceIndex, best[at - 1]!, overlap, expected)) {
        best[at] = best[at - 1]!
        at--
      }
      best[at] = sourceIndex
    }
    for (const sourceIndex of best) {
      const similarity = pairSimilarity(space, sourceIndex, variantIndex)
      if (similarity > 0) pairs.push({source: sourceIndex, variant: variantIndex, similarity})
    }
    for (const sourceIndex of touched) overlap[sourceIndex] = 0
    touched.length = 0
  }
  return pairs
}

/** True when source sentence `a` ranks before `b`: more overlap, then nearer the expected place, then earlier. */
function ranksBefore(a: number, b: number, overlap: Float64Array, expected: number): boolean {
  const difference = overlap[a]! - overlap[b]!
  if (difference !== 0) return difference > 0
  const distance = Math.abs(a - expected) - Math.abs(b - expected)
  return distance !== 0 ? distance < 0 : a < b
}

/**
 * The window `[from, to)` of `count` entries of an ascending list nearest to
 * `expected`: found by binary search, then widened one side at a time.
 */
function nearest(list: readonly number[], expected: number, count: number): [number, number] {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (list[middle]! < expected) low = middle + 1
    else high = middle
  }
  let from = low
  let to = low
  while (to - from < count) {
    if (from === 0) to++
    else if (to === list.length) from--
    else if (expected - list[from - 1]! <= list[to]! - expected) from--
    else to++
  }
  return [from, to]
}
