import type {Side} from '../../types'
import {type AnalyzedDocuments, documentTable, documentWords} from './signal-documents'
import {lowercaseWordsOfText, lowercaseWordsOfWords} from './name-lowercase-words'
import type {NameMention} from './name-mentions'
import {stopWords} from './signal-text'

/**
 * Names made of common words: words the two whole texts also write in
 * lowercase (`the Federal Executive Committee` ↔ "the federal board").
 * Internal to `findEntitySignals`.
 */

/**
 * The words the two whole texts write in lowercase (`parliament`, `memory`,
 * `federal`), worked out once per comparison: a capitalized word among them
 * is a common word given a capital, not evidence of a name. Read from the
 * words of the sentence analysis when the documents have them
 * (`lowercaseWordsOfWords`), each distinct word looked at once.
 */
export function documentLowercaseWords(documents: AnalyzedDocuments): (word: string) => boolean {
  const source = documentTable(documents, 'lowercase-words', 'source', (text) => lowercaseWordsOfDocument(documents, 'source', text))
  const variant = documentTable(documents, 'lowercase-words', 'variant', (text) => lowercaseWordsOfDocument(documents, 'variant', text))
  return (word) => source.has(word) || variant.has(word)
}

/** The lowercase words of one document, from its words when the analysis has them, else by the pattern over its text. */
function lowercaseWordsOfDocument(documents: AnalyzedDocuments, side: Side, text: string): Set<string> {
  const words = documentWords(documents, side)
  return words === undefined ? lowercaseWordsOfText(text) : lowercaseWordsOfWords(text, words.tokens, words.ids, words.vocabulary)
}

/**
 * True when every word of the name of three letters or more is written in
 * lowercase somewhere in the texts, in the singular or the plural:
 * `Federal Executive Committee`, `Street Art` ↔ "street arts".
 */
export function isOfCommonWords(name: NameMention, isLowercase: (word: string) => boolean): boolean {
  const words = name.text.replace(/['’]s$/, '').split(/[\s\-‐]+/).filter((word) => word.length >= 3 && !stopWords.has(word.toLowerCase()))
  const common = (lower: string): boolean => isLowercase(lower) || isLowercase(`${lower}s`) || (lower.length > 3 && lower.endsWith('s') && isLowercase(lower.slice(0, -1)))
  return words.length > 0 && words.every((word) => common(word.toLowerCase()))
}
