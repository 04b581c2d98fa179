import {diceSimilarity} from './dice'
import type {FeatureSpace, SentenceFeatures} from './sentence-features'

/**
 * Raw similarity below which two sentences of the same topic typically fall
 * even when they are unrelated; the calibration maps it to 0.
 */
const unrelatedBaseline = 0.25
/** Raw similarity that counts as certainly the same sentence; mapped to 1. */
const sameBaseline = 1

/**
 * Calibrated similarity of two groups of sentences in [0, 1]: 0 for unrelated
 * sentences, about 0.3–0.7 for paraphrases and round-trip translations, 1 for
 * the same sentence. It averages a weighted Dice coefficient of content words
 * (weights from inverse document frequency, so topic words count little) and
 * the Dice coefficient of character bigrams (which survives spelling variants
 * such as Kataeb/Kataib), then maps the average linearly from the range
 * unrelated sentences reach to the range identical ones reach.
 *
 * @param space Features of both documents.
 * @param source Indices of source sentences (one or more, consecutive).
 * @param variant Indices of variant sentences (one or more, consecutive).
 * @returns The similarity, 0 when either group is empty.
 */
export function groupSimilarity(space: FeatureSpace, source: readonly number[], variant: readonly number[]): number {
  if (source.length === 0 || variant.length === 0) return 0
  const sourceFeatures = source.length === 1 ? space.source[source[0]!]! : mergeFeatures(space, source.map((i) => space.source[i]!))
  const variantFeatures = variant.length === 1 ? space.variant[variant[0]!]! : mergeFeatures(space, variant.map((i) => space.variant[i]!))
  return featureSimilarity(space, sourceFeatures, variantFeatures)
}

/** Calibrated similarity of two feature sets (see `groupSimilarity`). */
export function featureSimilarity(space: FeatureSpace, source: SentenceFeatures, variant: SentenceFeatures): number {
  return calibrate(rawSimilarity(space, source, variant))
}

/**
 * Calibrated similarity of source sentence `s` and variant sentence `v`:
 * `featureSimilarity` of their features, read from the space's pair table
 * when the pair was measured before.
 */
export function pairSimilarity(space: FeatureSpace, s: number, v: number): number {
  const source = space.source[s]!
  const variant = space.variant[v]!
  if (source.compact === variant.compact) return calibrate(1)
  measurePair(space, s, v, false)
  return calibrate((wordRatio(space, source, variant) + bigramRatio(space, source, variant)) / 2)
}

/**
 * Set `space.overlap`'s `sharedWeight` and `sharedBigrams` to what source
 * sentence `s` and variant sentence `v` share: from the space's pair table
 * when the pair was measured before, else measured (and kept in the table,
 * when the space has one). The sums are the same whichever sentence is
 * loaded; a caller scoring many sentences against one loads that one.
 *
 * @param space Features of both documents.
 * @param s Index of the source sentence.
 * @param v Index of the variant sentence.
 * @param loadSource Load the source sentence in the scatter tables (else the variant).
 */
export function measurePair(space: FeatureSpace, s: number, v: number, loadSource: boolean): void {
  const {overlap, pairs} = space
  const at = pairs === undefined ? -1 : s * pairs.variantCount + v
  if (pairs !== undefined) {
    const weight = pairs.weights[at]!
    if (!Number.isNaN(weight)) {
      overlap.sharedWeight = weight
      overlap.sharedBigrams = pairs.bigrams[at]!
      return
    }
  }
  if (loadSource) {
    overlap.load(space.source[s]!)
    overlap.measure(space.variant[v]!)
  } else {
    overlap.load(space.variant[v]!)
    overlap.measure(space.source[s]!)
  }
  if (pairs !== undefined) {
    pairs.weights[at] = overlap.sharedWeight
    pairs.bigrams[at] = overlap.sharedBigrams
  }
}

/** Map a raw similarity to the calibrated scale. */
export function calibrate(raw: number): number {
  const value = (raw - unrelatedBaseline) / (sameBaseline - unrelatedBaseline)
  return value <= 0 ? 0 : value >= 1 ? 1 : value
}

/**
 * Average of the word and bigram Dice coefficients, in [0, 1]; 1 for the same
 * folded text, even one too short to have a bigram (`2.`), so that a sentence
 * is never closer to a group around its copy than to the copy itself.
 * Symmetric; `variant` is the sentence loaded in the scatter tables (see
 * `PairOverlap`), so a caller scoring many sentences against one passes that
 * one second.
 */
export function rawSimilarity(space: FeatureSpace, source: SentenceFeatures, variant: SentenceFeatures): number {
  if (source.compact === variant.compact) return 1
  space.overlap.load(variant)
  space.overlap.measure(source)
  return (wordRatio(space, source, variant) + bigramRatio(space, source, variant)) / 2
}

/** Weighted Dice coefficient of the content words of two sentences (`variant` loaded, as in `rawSimilarity`). */
export function wordDice(space: FeatureSpace, source: SentenceFeatures, variant: SentenceFeatures): number {
  space.overlap.load(variant)
  space.overlap.measure(source)
  return wordRatio(space, source, variant)
}

/**
 * Dice coefficient of the character-bigram multisets of two sentences: the
 * value `diceSimilarity` (string-similarity) gives for their compact texts,
 * except for its two special cases (equal strings score 1, strings under two
 * characters 0). `variant` is loaded, as in `rawSimilarity`.
 */
export function bigramDice(space: FeatureSpace, source: SentenceFeatures, variant: SentenceFeatures): number {
  space.overlap.load(variant)
  space.overlap.measure(source)
  return bigramRatio(space, source, variant)
}

/** The word Dice coefficient from the overlap just measured. */
export function wordRatio(space: FeatureSpace, source: SentenceFeatures, variant: SentenceFeatures): number {
  const total = source.weight + variant.weight
  if (total === 0) return source.compact === variant.compact ? 1 : 0
  return (2 * space.overlap.sharedWeight) / total
}

/** The bigram Dice coefficient from the overlap just measured. */
export function bigramRatio(space: FeatureSpace, source: SentenceFeatures, variant: SentenceFeatures): number {
  const total = source.bigramCount + variant.bigramCount
  return total === 0 ? 0 : (2 * space.overlap.sharedBigrams) / total
}

/** Features of several consecutive sentences read as one. */
export function mergeFeatures(space: FeatureSpace, parts: readonly SentenceFeatures[]): SentenceFeatures {
  const ids = new Set<number>()
  let bigramCount = 0
  for (const part of parts) {
    for (const id of part.words) ids.add(id)
    bigramCount += part.bigramCount
  }
  const words = Int32Array.from(ids).sort()
  let weight = 0
  for (const id of words) weight += space.weights[id]!
  const {bigrams, singleBigrams, distinctBigrams} = space.overlap.sumBigrams(parts)
  return {words, weight, bigrams, singleBigrams, distinctBigrams, bigramCount, compact: parts.map((part) => part.compact).join(' ')}
}

/**
 * The similarity reported for a bead: the word Dice coefficient of the merged
 * groups and the character-bigram Dice coefficient of their joined text
 * (computed by `diceSimilarity`), averaged and calibrated like
 * `groupSimilarity`. Exact for merges and splits, where the aligner's search
 * uses a cheaper bound.
 */
export function beadSimilarity(space: FeatureSpace, source: readonly number[], variant: readonly number[]): number {
  if (source.length === 0 || variant.length === 0) return 0
  const sourceFeatures = source.length === 1 ? space.source[source[0]!]! : mergeFeatures(space, source.map((i) => space.source[i]!))
  const variantFeatures = variant.length === 1 ? space.variant[variant[0]!]! : mergeFeatures(space, variant.map((i) => space.variant[i]!))
  if (source.length === 1 && variant.length === 1) measurePair(space, source[0]!, variant[0]!, false)
  else {
    space.overlap.load(variantFeatures)
    space.overlap.measure(sourceFeatures)
  }
  const words = wordRatio(space, sourceFeatures, variantFeatures)
  // A single sentence a side has the bigrams `diceSimilarity` counts already (it is the
  // same quotient of the same integers when both have one); a group has more, across the
  // joins of its sentences, and short texts have string-similarity's special cases.
  const counted = source.length === 1 && variant.length === 1 && sourceFeatures.bigramCount > 0 && variantFeatures.bigramCount > 0
  const characters = counted ? bigramRatio(space, sourceFeatures, variantFeatures) : diceSimilarity(sourceFeatures.compact, variantFeatures.compact)
  return calibrate((words + characters) / 2)
}
