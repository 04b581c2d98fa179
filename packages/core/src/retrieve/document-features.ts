import {hashString} from './hash'
import {WordForms} from '../normalize/text-words'
import {contentFlag, keyWords, markedFlag, sentenceStartFlag, WordKeys} from './key-words'

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
 * @param keys The key table of the caller's words (it keeps the keys of the words seen), owned by the caller. @default a new table
 * @returns The feature stream.
 */
export function documentFeatures(text: string, maxTokens: number, keys: WordKeys = new WordKeys(new WordForms())): Uint16Array {
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
  const {keyIds, flags} = keyWords(text, keys)
  for (let index = 0; index < keyIds.length; index++) {
    const flag = flags[index]!
    if ((flag & sentenceStartFlag) !== 0) flush()
    if (full) break
    if ((flag & contentFlag) === 0) continue
    const keyId = keyIds[index]!
    const key = keys.keyTexts[keyId]!
    sentence.add(toFeature(hashString(key)))
    if ((flag & markedFlag) !== 0) sentence.add(toFeature(hashString(`\u0001${key}`)))
  }
  if (!full) flush()
  return Uint16Array.from(tokens)
}

function toFeature(hash: number): number {
  return (hash & featureMask) || 1
}
