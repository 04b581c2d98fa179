import {type AnalyzedDocuments, documentTable} from './signal-documents'
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
 * is a common word given a capital, not evidence of a name.
 */
export function documentLowercaseWords(documents: AnalyzedDocuments): (word: string) => boolean {
  const lowercase = (text: string): Set<string> => new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? [])
  const source = documentTable(documents, 'lowercase-words', 'source', lowercase)
  const variant = documentTable(documents, 'lowercase-words', 'variant', lowercase)
  return (word) => source.has(word) || variant.has(word)
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
