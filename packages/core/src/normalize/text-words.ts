import {wordPatternSource} from './tokenize-words'

/**
 * The written forms of words (a word's exact text: `The`, `the` and `U.S`
 * are three forms), each given a small integer id the first time it is seen,
 * with its lowercase form given an id of its own. One table serves the texts
 * of one comparison, so that a form has the same id in both and whatever is
 * worked out about a form (its lowercase, its matching key) is worked out
 * once, not once per occurrence.
 */
export class WordForms {
  /** The text of each form, by form id. */
  readonly texts: string[] = []
  /** The id of each form's lowercase (`toLowerCase`) form, by form id. */
  readonly lowerIds: number[] = []
  /** The text of each lowercase form, by lowercase id. */
  readonly lowerTexts: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly lowerIdsByText = new Map<string, number>()

  /** How many forms are known. */
  get size(): number {
    return this.texts.length
  }

  /**
   * The id of a form, when it is known.
   *
   * @param form A word as written.
   * @returns Its id, or `undefined`.
   */
  find(form: string): number | undefined {
    return this.ids.get(form)
  }

  /**
   * The id of a form, added when new.
   *
   * @param form A word as written.
   * @returns Its id.
   */
  idOf(form: string): number {
    let id = this.ids.get(form)
    if (id !== undefined) return id
    id = this.texts.length
    this.ids.set(form, id)
    this.texts.push(form)
    const lower = form.toLowerCase()
    let lowerId = this.lowerIdsByText.get(lower)
    if (lowerId === undefined) {
      lowerId = this.lowerTexts.length
      this.lowerIdsByText.set(lower, lowerId)
      this.lowerTexts.push(lower)
    }
    this.lowerIds.push(lowerId)
    return id
  }
}

const wordPattern = /* @__PURE__ */ new RegExp(wordPatternSource, 'gu')

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
  const pattern = wordPattern
  pattern.lastIndex = 0
  // About one word per six characters in prose; the buffers grow when a text has more.
  let capacity = Math.max(16, Math.ceil(text.length / 6))
  let offsets = new Int32Array(2 * capacity)
  let formIds = new Int32Array(capacity)
  let count = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (count === capacity) {
      capacity *= 2
      const grownOffsets = new Int32Array(2 * capacity)
      grownOffsets.set(offsets)
      offsets = grownOffsets
      const grownForms = new Int32Array(capacity)
      grownForms.set(formIds)
      formIds = grownForms
    }
    const word = match[0]
    offsets[2 * count] = match.index
    offsets[2 * count + 1] = match.index + word.length
    formIds[count] = forms.idOf(word)
    count++
  }
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
