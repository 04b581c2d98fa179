import {hashString} from './hash'
import {keyWords} from './key-words'

/** The token that separates sentences in a feature stream; no feature is 0. */
export const sentenceBreak = 0

/** Features are 16 bits wide: two stems share one by chance with odds of 1 in 65,536, and a document costs 2 bytes a feature. */
export const featureBits = 16
const featureMask = (1 << featureBits) - 1

/**
 * The features of a text as the source index stores and compares them: one
 * 16-bit feature per distinct content-word stem of each sentence, plus a second,
 * marked feature for each name and number (they survive translation and
 * rewording best, so they weigh twice); sentences separated by `sentenceBreak`.
 * Word order inside a sentence is not kept: retranslation does not keep it either.
 *
 * @param text Any text.
 * @param maxTokens Most tokens kept (features and breaks); later sentences are dropped.
 * @param cache Keys of words already seen, owned by the caller.
 * @returns The feature stream.
 */
export function documentFeatures(text: string, maxTokens: number, cache?: Map<string, string>): Uint16Array {
  const tokens: number[] = []
  let sentence = new Set<number>()
  let full = false
  const flush = () => {
    if (sentence.size === 0) return
    if (tokens.length + sentence.size + (tokens.length > 0 ? 1 : 0) > maxTokens) {
      full = true
      return
    }
    if (tokens.length > 0) tokens.push(sentenceBreak)
    for (const feature of sentence) tokens.push(feature)
    sentence = new Set()
  }
  for (const word of keyWords(text, cache)) {
    if (word.sentenceStart) flush()
    if (full) break
    if (!word.content) continue
    sentence.add(toFeature(hashString(word.key)))
    if (word.marked) sentence.add(toFeature(hashString(`\u0001${word.key}`)))
  }
  if (!full) flush()
  return Uint16Array.from(tokens)
}

function toFeature(hash: number): number {
  return (hash & featureMask) || 1
}
