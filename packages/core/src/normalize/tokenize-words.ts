import type {TextSpan} from '../types'

/**
 * The source of the word pattern, shared by `tokenizeWords`, the word diff and
 * the aligner's word keys so that all three agree on what a word is.
 * A word: a run of letters, marks and digits, which may carry inner
 * apostrophes and hyphens (`week’s`, `Iran-backed`), inner periods
 * (`U.S`, `62.5`, `e.g`) and commas between digits (`1,200`).
 * `findWordEnd` scans for the same words by hand.
 */
export const wordPatternSource = "[\\p{L}\\p{M}\\p{N}]+(?:(?:['’\\-‐]|\\.(?=[\\p{L}\\p{N}])|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*"

/** Kind of each ASCII unit for the word scan: 0 none, 1 letter, 2 digit. */
const asciiKinds = /* @__PURE__ */ (() => {
  const kinds = new Uint8Array(128)
  for (let code = 0; code < 128; code++) {
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) kinds[code] = 1
    else if (code >= 48 && code <= 57) kinds[code] = 2
  }
  return kinds
})()

// Sticky patterns for what the ASCII table cannot tell, read at one position.
const wordRunPattern = /[\p{L}\p{M}\p{N}]+/uy
const letterOrDigitPattern = /[\p{L}\p{N}]/uy
const digitCommaDigitPattern = /(?<=\p{N}),(?=\p{N})/uy

/** Length of the run of letters, marks and digits at `index` (0 when there is none). */
function wordRunEnd(text: string, index: number): number {
  let at = index
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code < 0x80) {
      if (asciiKinds[code] === 0) return at
      at++
      continue
    }
    wordRunPattern.lastIndex = at
    if (!wordRunPattern.test(text)) return at
    at = wordRunPattern.lastIndex
  }
  return at
}

/**
 * Where the word that starts at `start` ends, or `start` itself when no word
 * starts there: the hand-written equivalent of matching the word pattern
 * (`wordPatternSource`) at `start`, ASCII read through a table and anything
 * else through small sticky patterns. The pattern cannot backtrack (a run
 * always takes every letter it can, and a joiner is taken only with the run
 * after it), so one left-to-right scan finds the same end.
 *
 * @param text Any text.
 * @param start A position in it, not inside a surrogate pair.
 * @returns The end of the word at `start` (exclusive), or `start`.
 */
export function findWordEnd(text: string, start: number): number {
  let end = wordRunEnd(text, start)
  if (end === start) return start
  while (end < text.length) {
    const code = text.charCodeAt(end)
    const next = end + 1 < text.length ? text.charCodeAt(end + 1) : -1
    let joined: boolean
    if (code === 0x27 || code === 0x2d || code === 0x2019 || code === 0x2010) {
      // An apostrophe or hyphen joins when a run follows.
      joined = next >= 0 && (next < 0x80 ? asciiKinds[next] !== 0 : wordRunEnd(text, end + 1) > end + 1)
    } else if (code === 0x2e) {
      // A period joins before a letter or digit (not a mark).
      if (next < 0) joined = false
      else if (next < 0x80) joined = asciiKinds[next] !== 0
      else {
        letterOrDigitPattern.lastIndex = end + 1
        joined = letterOrDigitPattern.test(text)
      }
    } else if (code === 0x2c) {
      // A comma joins between two digits.
      const before = text.charCodeAt(end - 1)
      if (next < 0) joined = false
      else if (before < 0x80 && next < 0x80) joined = asciiKinds[before] === 2 && asciiKinds[next] === 2
      else {
        digitCommaDigitPattern.lastIndex = end
        joined = digitCommaDigitPattern.test(text)
      }
    } else return end
    if (!joined) return end
    end = wordRunEnd(text, end + 1)
  }
  return end
}

/**
 * Call `visit` with the start and end of every word of a text, in order: the
 * words of `tokenizeWords` without building them.
 *
 * @param text Any text.
 * @param visit Called with each word's `[start, end)` offsets in `text`.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let index = 0
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if (asciiKinds[code] === 0) {
        index++
        continue
      }
    }
    const end = findWordEnd(text, index)
    if (end > index) {
      visit(index, end)
      index = end
    } else index = skipNonWordChar(text, index)
  }
}

/**
 * Where a scan for words goes on from a character that starts none
 * (`findWordEnd(text, index) === index`): the next character, or past a
 * surrogate pair whole, as `forEachWord` steps.
 *
 * @param text Any text.
 * @param index Where the character that starts no word is.
 * @returns The offset after it.
 */
export function skipNonWordChar(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1)) ? index + 2 : index + 1
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Split a text into words with their offsets. Punctuation and whitespace are
 * not words. Runs in linear time (one scan; see `findWordEnd`).
 *
 * @param text Any text.
 * @param offset Added to every span, for a text that is a slice of a larger one. @default 0
 * @returns The words in order; `text.slice(w.start - offset, w.end - offset) === w.text`.
 */
export function tokenizeWords(text: string, offset = 0): TextSpan[] {
  const words: TextSpan[] = []
  forEachWord(text, (start, end) => {
    words.push({start: start + offset, end: end + offset, text: text.slice(start, end)})
  })
  return words
}

/**
 * How many words `tokenizeWords` finds in a text, without building them:
 * the same count as `tokenizeWords(text).length`, at no memory cost (a
 * 10 MB text holds about two million words).
 *
 * @param text Any text.
 * @returns The number of words.
 */
export function countWords(text: string): number {
  let count = 0
  forEachWord(text, () => {
    count++
  })
  return count
}
