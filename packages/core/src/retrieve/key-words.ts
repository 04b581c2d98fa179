// The one place where the source index and the passage finder get their word
// keys and stop list: when the word lists move, only this import changes.
import {wordKey} from '../analyze/word-key'
import {wordPatternSource} from '../normalize/tokenize-words'

/** A word of a text with the key it is matched on. */
export interface KeyWord {
  /** Start of the word in the original text (UTF-16). */
  readonly start: number
  /** End of the word in the original text (UTF-16, exclusive). */
  readonly end: number
  /**
   * The matching key: for a content word its stem (the aligner's `wordKey`:
   * possessive stripped, aliases folded, British spellings and inflections
   * folded); for a stop word the lowercase word itself.
   */
  readonly key: string
  /** False for a stop word. */
  readonly content: boolean
  /** A name (capitalised inside a sentence, or an acronym) or a number: strong evidence of a shared source. */
  readonly marked: boolean
  /** True when sentence-ending punctuation or a line break comes between this word and the one before. */
  readonly sentenceStart: boolean
}

const wordPattern = /* @__PURE__ */ new RegExp(wordPatternSource, 'gu')
const apostrophePattern = /[\u2018\u2019\u02BC`\u00B4\u2032]/g
const hyphenPattern = /[\u2010\u2011]/g
const nonAsciiPattern = /[^\x00-\x7f]/

/**
 * Split a text into words and give each its matching key. Never throws; runs
 * in time linear in the text.
 *
 * @param text Any text.
 * @param cache Keys of lowercase words already seen (word → key, `''` for a stop word); shared by the calls of one owner, which bounds its size.
 * @returns The words in order, with offsets into `text`.
 */
export function keyWords(text: string, cache?: Map<string, string>): KeyWord[] {
  const words: KeyWord[] = []
  let previousEnd = 0
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0]
    const start = match.index
    const sentenceStart = words.length === 0 || endsSentence(text, previousEnd, start)
    previousEnd = start + word.length
    const lower = foldWord(word)
    let key = cache?.get(lower)
    if (key === undefined) {
      key = wordKey(lower)
      cache?.set(lower, key)
    }
    const content = key !== ''
    const first = word.charCodeAt(0)
    const number = first >= 48 && first <= 57
    const capital = word !== lower && word[0] !== lower[0]
    // Only a word with a capital can be an acronym: most words skip the uppercase copy.
    const acronym = word !== lower && word.length > 1 && word === word.toUpperCase()
    const marked = content && (number || acronym || (capital && !sentenceStart))
    words.push({start, end: start + word.length, key: content ? key : lower, content, marked, sentenceStart})
  }
  return words
}

/** Lowercase a word and make its apostrophes and hyphens plain. */
function foldWord(word: string): string {
  const lower = word.toLowerCase()
  return nonAsciiPattern.test(lower) ? lower.replace(apostrophePattern, "'").replace(hyphenPattern, '-') : lower
}

/** Whether sentence-ending punctuation or a line break lies in `text[start, end)`. */
function endsSentence(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 46 || code === 33 || code === 63 || code === 10 || code === 13 || code === 0x2029) return true
  }
  return false
}
