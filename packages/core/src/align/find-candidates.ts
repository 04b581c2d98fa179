import type {FeatureSpace} from './sentence-features'
import {featureSimilarity} from './similarity'

/** A scored source–variant sentence pair. */
export interface CandidatePair {
  readonly source: number
  readonly variant: number
  readonly similarity: number
}

/**
 * For every variant sentence, the source sentences that share distinctive
 * words with it, scored with the calibrated similarity. Words in more than
 * `maxDocumentFrequency` sentences are not used to find candidates (they
 * still count in the score), so the cost stays near-linear even on repetitive
 * input: there, no word is distinctive and no candidate is found, which is the
 * honest answer.
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
  const postings = new Map<number, number[]>()
  for (const index of sources) {
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
  for (const variantIndex of variants) {
    const features = space.variant[variantIndex]!
    for (const id of features.words) {
      const list = postings.get(id)
      if (list === undefined) continue
      for (const sourceIndex of list) {
        if (overlap[sourceIndex] === 0) touched.push(sourceIndex)
        overlap[sourceIndex]! += space.weights[id]!
      }
    }
    // Equal overlap (copies of one sentence in repeated text): nearest to the variant sentence's place first.
    const expected = variantIndex * scale
    touched.sort((a, b) => overlap[b]! - overlap[a]! || Math.abs(a - expected) - Math.abs(b - expected) || a - b)
    for (const sourceIndex of touched.slice(0, perSentence)) {
      const similarity = featureSimilarity(space, space.source[sourceIndex]!, features)
      if (similarity > 0) pairs.push({source: sourceIndex, variant: variantIndex, similarity})
    }
    for (const sourceIndex of touched) overlap[sourceIndex] = 0
    touched.length = 0
  }
  return pairs
}
