import {RangeIds} from '../string-ids'
import {isAsciiAlnum} from './char-codes'
import {findWordEnd, skipNonWordChar} from './tokenize-words'

/**
 * The written forms of words (a word's exact text: `The`, `the` and `U.S`
 * are three forms), each given a small integer id the first time it is seen
 * (looked up by a range of the text, so a known word costs no string), with
 * its lowercase form given an id of its own. One table serves the texts of
 * one comparison, so that a form has the same id in both and whatever is
 * worked out about a form (its lowercase, its matching key) is worked out
 * once, not once per occurrence.
 */
export class WordForms extends RangeIds {
  /**
   * The id of each form's lowercase (`toLowerCase`) form, by form id: filled
   * for every form by `splitTextWords`, and by `lowercaseForms` for forms
   * added otherwise.
   */
  readonly lowerIds: number[] = []
  /** The lowercase forms, by lowercase id: an ASCII form's found by its own range, lowercased unit by unit, with no string made. */
  private readonly lowerForms = new RangeIds()
  /** The text of each lowercase form, by lowercase id. */
  readonly lowerTexts: string[] = this.lowerForms.texts

  /** Give every form added since the last call its lowercase id (`lowerIds`). */
  lowercaseForms(): void {
    const {texts, lowerIds, lowerForms} = this
    for (let form = lowerIds.length; form < texts.length; form++) {
      const text = texts[form]!
      const lowerId = lowerForms.idOfAsciiLowercase(text)
      lowerIds.push(lowerId >= 0 ? lowerId : lowerForms.idOf(text.toLowerCase()))
    }
  }
}

/**
 * The words of one whole text, as `tokenizeWords(text)` splits it, kept as
 * offsets and form ids in typed arrays rather than as an object with its own
 * string per word: 12 bytes a word instead of about 100, which on a 5 MB text
 * (a million words) is some 12 MB instead of some 110 MB. The artifact
 * detectors and the passage finder read the same split.
 */
export interface TextWords {
  /** How many words the text has. */
  readonly count: number
  /** Start and end of every word, in order: word `i` covers `[offsets[2i], offsets[2i + 1])` of the text. */
  readonly offsets: Int32Array
  /** The form id of every word in `forms`. */
  readonly formIds: Int32Array
  /** The table the form ids point into. */
  readonly forms: WordForms
}

/**
 * Split a whole text into words (as `tokenizeWords` does) and give each the
 * id of its written form. Never throws; linear in the text.
 *
 * @param text Any text.
 * @param forms The form table to add to; shared by the texts of one comparison. @default a new table
 * @returns The words, with offsets into `text`.
 */
export function splitTextWords(text: string, forms: WordForms = new WordForms()): TextWords {
  // About one word per six characters in prose; the buffers grow when a text has more.
  let capacity = Math.max(16, Math.ceil(text.length / 6))
  let offsets = new Int32Array(2 * capacity)
  let formIds = new Int32Array(capacity)
  let count = 0
  // The words `tokenizeWords` finds, by the same scan (`findWordEnd`), written inline rather than through `forEachWord`'s callback.
  const length = text.length
  let start = 0
  while (start < length) {
    const code = text.charCodeAt(start)
    if (code < 128 && !isAsciiAlnum(code)) {
      start++
      continue
    }
    const end = findWordEnd(text, start)
    if (end === start) {
      start = skipNonWordChar(text, start)
      continue
    }
    if (count === capacity) {
      capacity *= 2
      const grownOffsets = new Int32Array(2 * capacity)
      grownOffsets.set(offsets)
      offsets = grownOffsets
      const grownForms = new Int32Array(capacity)
      grownForms.set(formIds)
      formIds = grownForms
    }
    offsets[2 * count] = start
    offsets[2 * count + 1] = end
    formIds[count] = forms.idOfRange(text, start, end)
    count++
    start = end
  }
  forms.lowercaseForms()
  return {count, offsets: offsets.slice(0, 2 * count), formIds: formIds.slice(0, count), forms}
}

/**
 * The index range `[start, end)` of the words whose start falls inside
 * `[from, to)`, by binary search.
 *
 * @param words The words of a text.
 * @param from Start of a span of the same text.
 * @param to End of the span.
 * @returns Word indices `{start, end}`.
 */
export function wordIndexRange(words: TextWords, from: number, to: number): {start: number; end: number} {
  const {offsets, count} = words
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (offsets[2 * middle]! < from) low = middle + 1
    else high = middle
  }
  const start = low
  high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (offsets[2 * middle]! < to) low = middle + 1
    else high = middle
  }
  return {start, end: Math.max(start, low)}
}
