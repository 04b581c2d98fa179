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
 * @returns Scored pairs, grouped by variant sentence.
 */
export function findCandidates(space: FeatureSpace, perSentence: number): CandidatePair[] {
  const total = space.source.length + space.variant.length
  const maxDocumentFrequency = Math.max(8, Math.ceil(Math.sqrt(total)))
  const postings = new Map<number, number[]>()
  space.source.forEach((features, index) => {
    for (const id of features.words) {
      if (space.documentFrequency[id]! > maxDocumentFrequency) continue
      let list = postings.get(id)
      if (list === undefined) postings.set(id, (list = []))
      list.push(index)
    }
  })
  const pairs: CandidatePair[] = []
  const overlap = new Float64Array(space.source.length)
  const touched: number[] = []
  space.variant.forEach((features, variantIndex) => {
    for (const id of features.words) {
      const list = postings.get(id)
      if (list === undefined) continue
      for (const sourceIndex of list) {
        if (overlap[sourceIndex] === 0) touched.push(sourceIndex)
        overlap[sourceIndex]! += space.weights[id]!
      }
    }
    touched.sort((a, b) => overlap[b]! - overlap[a]! || a - b)
    for (const sourceIndex of touched.slice(0, perSentence)) {
      const similarity = featureSimilarity(space, space.source[sourceIndex]!, features)
      if (similarity > 0) pairs.push({source: sourceIndex, variant: variantIndex, similarity})
    }
    for (const sourceIndex of touched) overlap[sourceIndex] = 0
    touched.length = 0
  })
  return pairs
}
