// The one place where the source index and the passage finder get their word
// keys and stop list: when the word lists move, only this import changes.
import {wordKey} from '../analyze/word-key'
import {WordTable} from '../analyze/word-table'
import {splitTextWords, type TextWords, type WordForms} from '../normalize/text-words'

/** Bits of `KeyedWords.flags`. */
export const contentFlag = 1
/** A name (capitalised inside a sentence, or an acronym) or a number: strong evidence of a shared source. */
export const markedFlag = 2
/** Sentence-ending punctuation or a line break comes between this word and the one before (or it is the first word). */
export const sentenceStartFlag = 4

/**
 * The words of a text with the key each is matched on, as arrays indexed by
 * word (no object per word).
 */
export interface KeyedWords {
  /** The words: offsets and form ids. */
  readonly words: TextWords
  /**
   * The key id of every word, in `WordKeys.keyTexts`. The key of a content
   * word is its stem (the aligner's `wordKey`: possessive stripped, aliases
   * folded, British spellings and inflections folded); of a stop word, the
   * lowercase word itself. Two words match when their key ids are equal.
   */
  readonly keyIds: Int32Array
  /** `contentFlag`, `markedFlag` and `sentenceStartFlag` of every word. */
  readonly flags: Uint8Array
}

// Bits of a form's entry in `WordKeys`: what a word is, whatever its place.
const formContent = 1
const formNumber = 2
const formAcronym = 4
const formCapital = 8

const apostrophePattern = /[\u2018\u2019\u02BC`\u00B4\u2032]/g
const hyphenPattern = /[\u2010\u2011]/g
const nonAsciiPattern = /[^\x00-\x7f]/

/**
 * The matching keys of the word forms of a form table, given integer ids and
 * worked out once per form (not once per word): the lowercase word folded
 * (apostrophes and hyphens made plain), its key looked up, and whether it is
 * a content word, a number, an acronym or capitalised.
 */
export class WordKeys {
  /** The text of each key, by key id. */
  readonly keyTexts: string[] = []
  private readonly keyIdsByText = new Map<string, number>()
  /** How many forms have their key and bits (the forms added to the table before the last `update`). */
  private formCount = 0
  /** Key id of each form, by form id; grown to the form table's size at each `update`. */
  private formKeys = new Int32Array(0)
  /** The `form…` bits of each form, by form id. */
  private formBits = new Uint8Array(0)
  /** Key id of each lowercase form, by lowercase id; -1 until worked out. */
  private lowerKeys = new Int32Array(0)
  /** 1 for a lowercase form that is a content word, by lowercase id. */
  private lowerContent = new Uint8Array(0)
  /** Each lowercase form folded (apostrophes and hyphens made plain), by lowercase id, when worked out. */
  private readonly lowerFolded: string[] = []

  /**
   * @param forms The form table the words' form ids point into; its owner bounds its size.
   */
  constructor(readonly forms: WordForms) {}

  /**
   * Give a text's words their keys and flags.
   *
   * @param text The text the words were split from.
   * @param words Its words, with form ids in this table's `forms`.
   * @returns Key ids and flags per word.
   */
  keyWords(text: string, words: TextWords): KeyedWords {
    this.update()
    const {count, offsets, formIds} = words
    const keyIds = new Int32Array(count)
    const flags = new Uint8Array(count)
    let previousEnd = 0
    for (let index = 0; index < count; index++) {
      const start = offsets[2 * index]!
      const sentenceStart = index === 0 || endsSentence(text, previousEnd, start)
      previousEnd = offsets[2 * index + 1]!
      const form = formIds[index]!
      const bits = this.formBits[form]!
      keyIds[index] = this.formKeys[form]!
      const content = (bits & formContent) !== 0
      const marked = content && ((bits & (formNumber | formAcronym)) !== 0 || ((bits & formCapital) !== 0 && !sentenceStart))
      flags[index] = (content ? contentFlag : 0) | (marked ? markedFlag : 0) | (sentenceStart ? sentenceStartFlag : 0)
    }
    return {words, keyIds, flags}
  }

  /** Work out the keys of the forms added to the table since the last call. */
  private update(): void {
    const {texts, lowerIds, lowerTexts} = this.forms
    if (this.formKeys.length < texts.length) {
      this.formKeys = grownTo(this.formKeys, texts.length, 0)
      this.formBits = grownTo(this.formBits, texts.length, 0)
    }
    if (this.lowerKeys.length < lowerTexts.length) {
      this.lowerKeys = grownTo(this.lowerKeys, lowerTexts.length, -1)
      this.lowerContent = grownTo(this.lowerContent, lowerTexts.length, 0)
    }
    for (let form = this.formCount; form < texts.length; form++) {
      const word = texts[form]!
      const lowerId = lowerIds[form]!
      if (this.lowerKeys[lowerId] === -1) this.keyLower(lowerId, lowerTexts[lowerId]!)
      const lower = this.lowerFolded[lowerId]!
      const first = word.charCodeAt(0)
      const capital = word !== lower && word[0] !== lower[0]
      // Only a word with a capital can be an acronym: most words skip the uppercase copy.
      const acronym = word !== lower && word.length > 1 && word === word.toUpperCase()
      this.formKeys[form] = this.lowerKeys[lowerId]!
      this.formBits[form] =
        (this.lowerContent[lowerId] ? formContent : 0) | (first >= 48 && first <= 57 ? formNumber : 0) | (acronym ? formAcronym : 0) | (capital ? formCapital : 0)
    }
    this.formCount = texts.length
  }

  private keyLower(lowerId: number, lowerText: string): void {
    const ascii = !nonAsciiPattern.test(lowerText)
    const lower = ascii ? lowerText : lowerText.replace(apostrophePattern, "'").replace(hyphenPattern, '-')
    const key = this.forms instanceof WordTable ? tableKeyOf(this.forms, ascii ? lowerId : -1, lower) : wordKey(lower)
    const content = key !== ''
    const keyText = content ? key : lower
    let keyId = this.keyIdsByText.get(keyText)
    if (keyId === undefined) {
      keyId = this.keyTexts.length
      this.keyIdsByText.set(keyText, keyId)
      this.keyTexts.push(keyText)
    }
    this.lowerKeys[lowerId] = keyId
    this.lowerContent[lowerId] = content ? 1 : 0
    this.lowerFolded[lowerId] = lower
  }
}

/**
 * `wordKey(lower)` from the comparison's word table, which works out each
 * folded word's key once for every step reading the table (the sentence
 * analysis' aligner keys among them).
 */
function tableKeyOf(table: WordTable, asciiLowerId: number, lower: string): string {
  // An ASCII lowercase form is its own fold (`asciiLowerId`, -1 for any other): its key is kept by its lowercase id.
  return table.keyOfFolded(asciiLowerId >= 0 ? table.foldedIdOfLower(asciiLowerId) : table.foldedIdOf(lower, 0, lower.length))
}

/**
 * Split a text into words and give each its matching key. Never throws; runs
 * in time linear in the text.
 *
 * @param text Any text.
 * @param keys The key table to use; the words' forms are added to its form table.
 * @returns The words and their keys, with offsets into `text`.
 */
export function keyWords(text: string, keys: WordKeys): KeyedWords {
  return keys.keyWords(text, splitTextWords(text, keys.forms))
}

/** A copy of `array` with room for `size` items (at least half as many again), the new ones set to `fill`. */
function grownTo<T extends Int32Array | Uint8Array>(array: T, size: number, fill: number): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length + (array.length >> 1)))
  grown.set(array)
  if (fill !== 0) grown.fill(fill, array.length)
  return grown
}

/** Whether sentence-ending punctuation or a line break lies in `text[start, end)`. */
function endsSentence(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 46 || code === 33 || code === 63 || code === 10 || code === 13 || code === 0x2029) return true
  }
  return false
}
