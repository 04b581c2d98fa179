import type {AlignmentAnalysis} from '../analyze/analyze-for-alignment'

/** What the aligner knows about one sentence, precomputed once. */
export interface SentenceFeatures {
  /** Sorted, unique ids of the sentence's content-word keys. */
  readonly words: Int32Array
  /** Sum of the weights of `words`. */
  readonly weight: number
  /** Sorted character bigrams (two UTF-16 units packed in one 32-bit integer) of the folded letters and digits. */
  readonly bigrams: Int32Array
  /** Folded letters and digits with single spaces, the input of `diceSimilarity`. */
  readonly compact: string
}

/** Features of both documents over one shared vocabulary and weighting. */
export interface FeatureSpace {
  readonly source: readonly SentenceFeatures[]
  readonly variant: readonly SentenceFeatures[]
  /** Weight of each word id (inverse document frequency over both documents, capped). */
  readonly weights: Float64Array
  /** Number of sentences (of both documents) each word id occurs in. */
  readonly documentFrequency: Int32Array
  /** Dice coefficient of the two documents' sets of content-word keys, in [0, 1]: are they about the same thing? */
  readonly topicSimilarity: number
}

/** Largest weight one word can carry, so no single rare word decides a match alone. */
const maxWordWeight = 3
/** Largest weight of a number: shared numbers are evidence, but capped evidence. */
const maxNumberWeight = 1.5

/**
 * Build the features of the sentences of both documents from their shared
 * analysis (`analyzeSentences`: the matching text and the content-word keys
 * of each sentence). Word weights are an inverse document frequency over the
 * sentences of both documents, so words every sentence shares (the event's
 * topic words) count for little.
 *
 * @param sourceAnalyses Analyses of the source sentences.
 * @param variantAnalyses Analyses of the variant sentences.
 * @returns The shared feature space.
 */
export function buildFeatureSpace(sourceAnalyses: readonly AlignmentAnalysis[], variantAnalyses: readonly AlignmentAnalysis[]): FeatureSpace {
  const vocabulary = new Map<string, number>()
  const frequencies: number[] = []
  const isNumber: boolean[] = []
  const prepare = ({matching, keys}: AlignmentAnalysis) => {
    const ids = new Set<number>()
    for (const key of keys) {
      let id = vocabulary.get(key)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(key, id)
        frequencies.push(0)
        isNumber.push(/^[\p{N}.]+$/u.test(key))
      }
      ids.add(id)
    }
    const words = Int32Array.from(ids).sort()
    for (const id of words) frequencies[id]!++
    const compact = keysToCompact(matching)
    return {words, compact}
  }
  const sourcePrepared = sourceAnalyses.map(prepare)
  const variantPrepared = variantAnalyses.map(prepare)
  const total = sourceAnalyses.length + variantAnalyses.length
  const weights = new Float64Array(vocabulary.size)
  for (let id = 0; id < weights.length; id++) {
    const idf = Math.log(1 + total / frequencies[id]!)
    weights[id] = Math.min(idf, isNumber[id] ? maxNumberWeight : maxWordWeight)
  }
  const finish = ({words, compact}: {words: Int32Array; compact: string}): SentenceFeatures => {
    let weight = 0
    for (const id of words) weight += weights[id]!
    return {words, weight, bigrams: bigramsOf(compact), compact}
  }
  return {
    source: sourcePrepared.map(finish),
    variant: variantPrepared.map(finish),
    weights,
    documentFrequency: Int32Array.from(frequencies),
    topicSimilarity: setDice(sourcePrepared, variantPrepared, vocabulary.size),
  }
}

/** Letters, marks and digits of a folded text, words separated by one space. */
function keysToCompact(folded: string): string {
  return folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()
}

/**
 * Sorted character bigrams of a text with whitespace removed, each packed as
 * `first << 16 | second` (UTF-16 units), the multiset `diceSimilarity` counts.
 */
export function bigramsOf(text: string): Int32Array {
  const letters = text.replace(/\s+/g, '')
  if (letters.length < 2) return new Int32Array(0)
  const bigrams = new Int32Array(letters.length - 1)
  for (let index = 0; index < bigrams.length; index++) {
    bigrams[index] = (letters.charCodeAt(index) << 16) | letters.charCodeAt(index + 1)
  }
  return bigrams.sort()
}

/** Dice coefficient of the sets of word ids used anywhere in each document. */
function setDice(source: readonly {words: Int32Array}[], variant: readonly {words: Int32Array}[], size: number): number {
  const inSource = new Uint8Array(size)
  const inVariant = new Uint8Array(size)
  for (const sentence of source) for (const id of sentence.words) inSource[id] = 1
  for (const sentence of variant) for (const id of sentence.words) inVariant[id] = 1
  let sourceCount = 0
  let variantCount = 0
  let shared = 0
  for (let id = 0; id < size; id++) {
    sourceCount += inSource[id]!
    variantCount += inVariant[id]!
    shared += inSource[id]! & inVariant[id]!
  }
  return sourceCount + variantCount === 0 ? 0 : (2 * shared) / (sourceCount + variantCount)
}
