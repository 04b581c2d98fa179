import {sentenceBreak} from './document-features'

/** A query's feature stream prepared for coverage checks against many candidates. */
export interface PreparedQuery {
  /** Number of features of each query sentence. */
  readonly sentenceSizes: Int32Array
  /** Query sentences holding each feature. */
  readonly postings: ReadonlyMap<number, readonly number[]>
  /** Total features over the query's sentences. */
  readonly total: number
}

/** How much of a candidate the query re-uses, and how much of the query comes from the candidate. */
export interface Coverage {
  /** Share of the candidate's features in sentences the query re-uses, in [0, 1]. */
  readonly coverage: number
  /** Share of the query's features in sentences taken from the candidate, in [0, 1]. */
  readonly queryCoverage: number
}

/**
 * Two sentences correspond when they share at least this many features (or
 * all of them, for two sentences this short)…
 */
const minShared = 3
/**
 * …and this share of the features of the larger of the two. Measured against
 * the larger one, so that a short sentence of an independent report on the
 * same event does not correspond to a long source sentence that happens to
 * hold its few words.
 */
const minShare = 0.5

/**
 * Index a query's sentences by feature.
 *
 * @param tokens The query's feature stream (`documentFeatures`).
 * @returns The prepared query.
 */
export function prepareQuery(tokens: Uint16Array): PreparedQuery {
  const sizes: number[] = []
  const postings = new Map<number, number[]>()
  let size = 0
  for (const token of tokens) {
    if (token === sentenceBreak) {
      sizes.push(size)
      size = 0
      continue
    }
    size++
    const list = postings.get(token)
    if (list === undefined) postings.set(token, [sizes.length])
    else list.push(sizes.length)
  }
  if (tokens.length > 0) sizes.push(size)
  const sentenceSizes = Int32Array.from(sizes)
  return {sentenceSizes, postings, total: sizes.reduce((sum, value) => sum + value, 0)}
}

/**
 * The cheap confirmation of a candidate: which of its sentences have a
 * counterpart in the query (sharing at least 3 features and half of the
 * larger sentence's), and the other way round. Sentence by sentence, like the aligner's
 * anchors, but on stored features only: no text, no full alignment. Its cost
 * is the number of shared features found through the query's postings.
 *
 * @param query The prepared query.
 * @param tokens The stored feature stream.
 * @param start Where the candidate's stream starts in `tokens`.
 * @param end Where it ends.
 * @returns Both shares.
 */
export function measureCoverage(query: PreparedQuery, tokens: Uint16Array, start: number, end: number): Coverage {
  const querySentences = query.sentenceSizes.length
  const shared = new Int32Array(querySentences)
  const queryCovered = new Uint8Array(querySentences)
  const touched: number[] = []
  let candidateTotal = 0
  let candidateCovered = 0
  let sentenceStart = start
  for (let index = start; index <= end; index++) {
    if (index < end && tokens[index] !== sentenceBreak) continue
    const size = index - sentenceStart
    for (let at = sentenceStart; at < index; at++) {
      const list = query.postings.get(tokens[at]!)
      if (list === undefined) continue
      for (const sentence of list) {
        const count = shared[sentence]!
        shared[sentence] = count + 1
        if (count === 0) touched.push(sentence)
      }
    }
    let covered = false
    for (const sentence of touched) {
      const count = shared[sentence]!
      const querySize = query.sentenceSizes[sentence]!
      if (count >= Math.min(minShared, Math.max(size, querySize)) && count >= minShare * Math.max(size, querySize)) {
        covered = true
        queryCovered[sentence] = 1
      }
      shared[sentence] = 0
    }
    touched.length = 0
    candidateTotal += size
    if (covered) candidateCovered += size
    sentenceStart = index + 1
  }
  let queryCoveredTotal = 0
  for (let sentence = 0; sentence < querySentences; sentence++) if (queryCovered[sentence]) queryCoveredTotal += query.sentenceSizes[sentence]!
  return {
    coverage: candidateTotal === 0 ? 0 : candidateCovered / candidateTotal,
    queryCoverage: query.total === 0 ? 0 : queryCoveredTotal / query.total,
  }
}
