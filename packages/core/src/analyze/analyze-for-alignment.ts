import {foldText} from '../normalize/normalize-text'
import {forEachWord} from '../normalize/tokenize-words'
import {compactText} from './compact-text'
import type {DocumentWords} from './document-words'
import {foldShape, foldWordwise, generalFold, lowercaseFold, wordwiseFold} from './fold-shape'
import {KeyVocabulary} from './key-vocabulary'
import type {SentenceAnalysis} from './sentence-analysis'
import {foldPhrases} from './word-key'
import {WordTable} from './word-table'

/** The part of a {@link SentenceAnalysis} the aligner reads (all of it). */
export type AlignmentAnalysis = SentenceAnalysis

/** A key id for a stop word, which has no key. */
const noKey = -1
/** A word id whose key is not worked out yet. */
const unknownKey = -2

/**
 * The aligner's analysis of the sentences of one comparison: each
 * sentence's compact text and the ids of its content-word keys. Each
 * distinct word is folded and keyed once per comparison: a sentence whose
 * fold changes no word boundary (`foldShape`, most sentences) reads its
 * words' keys by their ids in the comparison's word vocabulary, an array
 * read per word; any other sentence (and every sentence when there is no
 * word vocabulary) is folded whole and its words looked up, by their range,
 * in the word table's folded words. Both give the keys `wordKeys` gives for
 * the folded sentence. The stemming (`wordKey`) of each folded word is the
 * word table's, shared with the passage finder when it reads the same table.
 */
export class AlignmentKeys {
  /** The comparison's content-word keys, numbered in the order the aligner meets them. */
  readonly vocabulary = new KeyVocabulary()
  /** Key id of each id of the word vocabulary: `noKey` for a stop word, `unknownKey` before it is worked out. */
  private keyOfWord = new Int32Array(1024).fill(unknownKey)
  /** Key id (or `noKey`, for a stop word) of each folded word of the word table (`foldedIdOf`), by folded id; `unknownKey` before the aligner meets it. */
  private keyOfFolded = new Int32Array(1024).fill(unknownKey)
  /** The key ids of the sentence being read, distinct, in order of first appearance. */
  private sentenceKeys = new Int32Array(64)
  private sentenceKeyCount = 0
  /** The sentence (a running number) each key id was last added in, so a repeated key counts once. */
  private lastSentence = new Int32Array(1024).fill(-1)
  private sentence = 0

  /**
   * @param table The comparison's word table: the word vocabulary of the words given to `analyzeDocument`, when there are any.
   */
  constructor(private readonly table: WordTable = new WordTable()) {}

  /**
   * Analyse the sentences of one document; the source's before the variant's,
   * so that key ids follow the order of their first appearance.
   *
   * @param texts The original text of each sentence.
   * @param words The words of the sentences (`tokenizeWords` of each), with ids in the comparison's word vocabulary; without them each sentence's fold is split.
   * @returns One analysis per sentence.
   */
  analyzeDocument(texts: readonly string[], words?: DocumentWords): SentenceAnalysis[] {
    if (words !== undefined && words.vocabulary !== this.table) throw new Error('Expected `words` to have the word table of these keys as their vocabulary')
    const forms = words?.vocabulary.texts ?? []
    if (this.keyOfWord.length < forms.length) this.keyOfWord = grown(this.keyOfWord, forms.length, unknownKey)
    const analyses = new Array<SentenceAnalysis>(texts.length)
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!
      const shape = foldShape(text)
      const folded = shape === lowercaseFold ? text.toLowerCase() : shape === wordwiseFold ? foldWordwise(text) : foldText(text)
      const matching = foldPhrases(folded)
      this.sentenceKeyCount = 0
      this.sentence++
      if (words !== undefined && shape !== generalFold && matching === folded) {
        // Each word folds on its own: its key by its id.
        const {firstWord, ids} = words
        for (let word = firstWord[index]!; word < firstWord[index + 1]!; word++) {
          const id = ids[word]!
          let key = this.keyOfWord[id]!
          if (key === unknownKey) {
            const form = forms[id]!
            const {table} = this
            if (isAscii(form) && id < table.lowerIds.length) key = this.keyOf(table.foldedIdOfLower(table.lowerIds[id]!))
            else {
              // A word the whole-text split has not lowercased (or beyond ASCII): folded here.
              const folded = isAscii(form) ? form.toLowerCase() : foldWordwise(form)
              key = this.keyOf(table.foldedIdOf(folded, 0, folded.length))
            }
            this.keyOfWord[id] = key
          }
          if (key !== noKey) this.addKey(key)
        }
      } else {
        forEachWord(matching, (start, end) => {
          const key = this.keyOf(this.table.foldedIdOf(matching, start, end))
          if (key !== noKey) this.addKey(key)
        })
      }
      analyses[index] = {compact: compactText(matching), keyIds: sortedKeys(this.sentenceKeys, this.sentenceKeyCount), vocabulary: this.vocabulary}
    }
    return analyses
  }

  /** The key id of a folded word of the word table (`foldedIdOf`), or `noKey` for a stop word. */
  private keyOf(folded: number): number {
    if (folded >= this.keyOfFolded.length) this.keyOfFolded = grown(this.keyOfFolded, folded + 1, unknownKey)
    let key = this.keyOfFolded[folded]!
    if (key === unknownKey) {
      const text = this.table.keyOfFolded(folded)
      key = text === '' ? noKey : this.vocabulary.idOf(text)
      this.keyOfFolded[folded] = key
    }
    return key
  }

  /** Add a key id to the sentence being read, unless it is there already. */
  private addKey(key: number): void {
    if (key >= this.lastSentence.length) this.lastSentence = grown(this.lastSentence, key + 1, -1)
    if (this.lastSentence[key] === this.sentence) return
    this.lastSentence[key] = this.sentence
    if (this.sentenceKeyCount === this.sentenceKeys.length) {
      const grown = new Int32Array(2 * this.sentenceKeys.length)
      grown.set(this.sentenceKeys)
      this.sentenceKeys = grown
    }
    this.sentenceKeys[this.sentenceKeyCount++] = key
  }
}

/** A copy of `array` with room for at least `size` items (at least twice as many), the new ones set to `fill`. */
function grown(array: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(Math.max(size, 2 * array.length)).fill(fill)
  copy.set(array)
  return copy
}

/** The first `count` of `keys` (distinct) in ascending order, in an array of their own; few enough per sentence for an insertion sort. */
function sortedKeys(keys: Int32Array, count: number): Int32Array {
  const sorted = new Int32Array(count)
  for (let k = 0; k < count; k++) {
    const id = keys[k]!
    let at = k
    while (at > 0 && sorted[at - 1]! > id) {
      sorted[at] = sorted[at - 1]!
      at--
    }
    sorted[at] = id
  }
  return sorted
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false
  return true
}

/**
 * What the aligner reads of a sentence (its compact text and its key ids),
 * without the rest of the analysis: `alignSentences` called on its own
 * needs no more.
 *
 * @param sourceTexts Original texts of the source sentences.
 * @param variantTexts Original texts of the variant sentences.
 * @returns The aligner's part of the analysis of each sentence.
 */
export function analyzeForAlignment(
  sourceTexts: readonly string[],
  variantTexts: readonly string[],
): {readonly source: AlignmentAnalysis[]; readonly variant: AlignmentAnalysis[]} {
  const keys = new AlignmentKeys()
  const source = keys.analyzeDocument(sourceTexts)
  const variant = keys.analyzeDocument(variantTexts)
  return {source, variant}
}
