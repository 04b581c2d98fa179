import {findWordEnd} from './tokenize-words'

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
  private readonly lowerIdsByText = new Map<string, number>()
  /**
   * An open-addressing hash table of the forms, looked up by a range of a
   * text rather than by a string, so that a known word costs no string:
   * `slots[k]` is a form id plus one (0 for an empty slot); `hashes` holds
   * each form's hash.
   */
  private slots = new Int32Array(1024)
  private hashes: number[] = []

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
    const id = this.probe(form, 0, form.length, hashRange(form, 0, form.length))
    return id < 0 ? undefined : id
  }

  /**
   * The id of a form, added when new.
   *
   * @param form A word as written.
   * @returns Its id.
   */
  idOf(form: string): number {
    return this.idOfRange(form, 0, form.length)
  }

  /**
   * The id of the form `text.slice(start, end)`, added when new; no string
   * is made for a known form.
   *
   * @param text A text.
   * @param start Start of the word in it.
   * @param end End of the word (exclusive).
   * @returns Its id.
   */
  idOfRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end)
    const found = this.probe(text, start, end, hash)
    if (found >= 0) return found
    const id = this.texts.length
    const form = text.slice(start, end)
    this.texts.push(form)
    this.hashes.push(hash)
    this.slots[~found] = id + 1
    const lower = form.toLowerCase()
    let lowerId = this.lowerIdsByText.get(lower)
    if (lowerId === undefined) {
      lowerId = this.lowerTexts.length
      this.lowerIdsByText.set(lower, lowerId)
      this.lowerTexts.push(lower)
    }
    this.lowerIds.push(lowerId)
    // At most half the slots in use: probes stay short.
    if (2 * this.texts.length > this.slots.length) this.grow()
    return id
  }

  /** The id of the form in `text[start, end)`, or the complement (`~slot`) of the empty slot where it belongs. */
  private probe(text: string, start: number, end: number, hash: number): number {
    const {slots, texts, hashes} = this
    const mask = slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!
      if (entry === 0) return ~slot
      const id = entry - 1
      if (hashes[id] !== hash) continue
      const form = texts[id]!
      if (form.length !== length) continue
      let same = true
      for (let k = 0; k < length; k++) {
        if (form.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false
          break
        }
      }
      if (same) return id
    }
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length)
    const mask = slots.length - 1
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = this.hashes[id]! & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    }
    this.slots = slots
  }
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, as a non-negative 31-bit number. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash >>> 1
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
    if (code < 128 && !isAsciiWordChar(code)) {
      start++
      continue
    }
    const end = findWordEnd(text, start)
    if (end === start) {
      // A character that starts no word; a surrogate pair is stepped over whole, as `forEachWord` does.
      const low = start + 1 < length ? text.charCodeAt(start + 1) : 0
      start += code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1
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

/** `[0-9A-Za-z]`: the ASCII characters of a word. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
