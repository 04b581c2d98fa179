import type {TextSpan} from '../types'
import {Int32RunsBuilder} from './int32-runs'
import {WordTable} from './word-table'
import {type TextWords, wordIndexRange} from '../normalize/text-words'
import {isAsciiAlnum} from '../normalize/char-codes'
import {findWordEnd, skipNonWordChar} from '../normalize/tokenize-words'

/**
 * The words of every sentence of one document (as `tokenizeWords` splits
 * each sentence), kept as offsets in two typed arrays rather than as one
 * object with its own string per word: 8 bytes a word instead of about 80,
 * which on a 10 MB document (two million words) is the difference between
 * some 16 MB and some 300 MB held through the whole comparison. The words of
 * a bead side are built as `{start, end, text}` objects when it is compared
 * (`groupWords`), and dropped with it.
 */
export interface DocumentWords {
  /** Start and end of every word, in document order: word `i` covers `[offsets[2i], offsets[2i + 1])` of the original text. */
  readonly offsets: Int32Array
  /** Index of the first word of each sentence, plus one last entry (the word count): sentence `s` has words `firstWord[s]` to `firstWord[s + 1] - 1`. */
  readonly firstWord: Int32Array
  /** The id of every word in `vocabulary`, in document order: word `i` is `vocabulary.texts[ids[i]]`. */
  readonly ids: Int32Array
  /** The distinct words of the comparison (shared by its source and variant), by id. */
  readonly vocabulary: WordVocabulary
}

/**
 * The distinct words of one comparison, each given an integer id the first
 * time it is met (looked up by its range of the sentence: a word met again
 * costs a hash of its code units and no string).
 * Later stages keep what they work out about a word in arrays indexed by its
 * id, filled on first use, instead of working it out for every occurrence.
 * Words are taken exactly as written: `The` and `the` are two words. It is
 * the comparison's word table (`WordTable`): each word's lowercase id and,
 * once asked, its content-word key are kept by id, and the whole-text split
 * of the passage finder can use the same table (`splitTextWords(text, vocabulary)`).
 */
export class WordVocabulary extends WordTable {}

/** The words of a group of sentences: their spans, and their ids in the comparison's vocabulary. */
export interface GroupedWords {
  /** The words with offsets into the document, as `tokenizeWords` splits the group's span. */
  readonly tokens: readonly TextSpan[]
  /** The id of each of `tokens` in `vocabulary`. */
  readonly ids: Int32Array
  /** The vocabulary the ids belong to. */
  readonly vocabulary: WordVocabulary
}

/**
 * Collects word offsets sentence by sentence into a growing buffer, then
 * gives them as a {@link DocumentWords}.
 */
export class DocumentWordsBuilder {
  private readonly runs: Int32RunsBuilder
  private readonly idRuns: Int32RunsBuilder

  /**
   * @param sentenceCount How many sentences the document has.
   * @param expectedWords A guess of the word count, to size the buffer (it grows as needed).
   * @param vocabulary The comparison's vocabulary, shared by its two documents.
   */
  constructor(
    sentenceCount: number,
    expectedWords: number,
    private readonly vocabulary: WordVocabulary = new WordVocabulary(),
  ) {
    this.runs = new Int32RunsBuilder(sentenceCount, expectedWords, 2)
    this.idRuns = new Int32RunsBuilder(sentenceCount, expectedWords)
  }

  /** Start the next sentence: the words added after this call are its words. */
  startSentence(): void {
    this.runs.startRun()
    this.idRuns.startRun()
  }

  /** Add a word of the current sentence: its offsets and its text (`document.slice(start, end)`). */
  add(start: number, end: number, text: string): void {
    this.runs.push(start)
    this.runs.push(end)
    this.idRuns.push(this.vocabulary.idOf(text))
  }

  /**
   * Start the next sentence and add its words, as `tokenizeWords` splits
   * `text` (the same scan, `findWordEnd`, written inline), each looked up in
   * the vocabulary by its range of `text`.
   *
   * @param text The sentence's original text.
   * @param offset Where it starts in its document, added to the offsets.
   */
  addSentence(text: string, offset: number): void {
    this.runs.startRun()
    this.idRuns.startRun()
    const {runs, idRuns, vocabulary} = this
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
      runs.push(start + offset)
      runs.push(end + offset)
      idRuns.push(vocabulary.idOfRange(text, start, end))
      start = end
    }
  }

  /**
   * Add the next sentence's words from a split of its whole document
   * (`splitTextWords` into this builder's vocabulary, so its form ids are
   * word ids here), with no second scan or lookup, when they are the words
   * `addSentence` would find: no word of the split runs across either end of
   * the sentence. A scan from the sentence's start is then in step with the
   * whole text's scan (both are between words there), and the words' ends
   * are decided by characters inside the sentence.
   *
   * @param split The words of the whole document.
   * @param start Where the sentence starts in the document.
   * @param end Where it ends.
   * @returns Whether the words were added; when not, nothing was (call `addSentence`).
   */
  addSentenceFromSplit(split: TextWords, start: number, end: number): boolean {
    const {offsets, formIds} = split
    const range = wordIndexRange(split, start, end)
    if (range.start > 0 && offsets[2 * range.start - 1]! > start) return false
    if (range.end > range.start && offsets[2 * range.end - 1]! > end) return false
    this.runs.addRun(offsets.subarray(2 * range.start, 2 * range.end))
    this.idRuns.addRun(formIds.subarray(range.start, range.end))
    return true
  }

  /** The words collected, trimmed to size. */
  finish(): DocumentWords {
    const {values, firstItem} = this.runs.finish()
    return {offsets: values, firstWord: firstItem, ids: this.idRuns.finish().values, vocabulary: this.vocabulary}
  }
}

/**
 * The words of a group of consecutive sentences, as `tokenizeWords` splits
 * the group's span, built from the document's word offsets when that gives
 * the same list: when the sentences are apart by whitespace, a word can
 * neither run across nor look across the gap between two of them.
 *
 * @param document The original text.
 * @param sentences The document's sentences.
 * @param words The document's word offsets (`analyzeSentences`).
 * @param indices Indices of the group, ascending and consecutive.
 * @returns The words with offsets into `document` and their ids, or `undefined` when the group must be split again (two sentences touching, or text other than whitespace between them).
 */
export function groupWords(document: string, sentences: readonly TextSpan[], words: DocumentWords, indices: readonly number[]): GroupedWords | undefined {
  if (indices.length === 0) return {tokens: [], ids: new Int32Array(0), vocabulary: words.vocabulary}
  for (let k = 1; k < indices.length; k++) {
    const gapStart = sentences[indices[k - 1]!]!.end
    const gapEnd = sentences[indices[k]!]!.start
    if (gapEnd <= gapStart || !/^\s+$/.test(document.slice(gapStart, gapEnd))) return undefined
  }
  const {offsets, firstWord, ids, vocabulary} = words
  const {texts} = vocabulary
  const from = firstWord[indices[0]!]!
  const to = firstWord[indices[indices.length - 1]! + 1]!
  const spans: TextSpan[] = []
  // The vocabulary holds each word's text already: no slice of the document per word.
  for (let word = from; word < to; word++) spans.push({start: offsets[2 * word]!, end: offsets[2 * word + 1]!, text: texts[ids[word]!]!})
  return {tokens: spans, ids: ids.subarray(from, to), vocabulary}
}

/**
 * The words of a whole document, as `tokenizeWords` splits the whole text,
 * built from its sentences' words when that gives the same list: the text
 * before the first sentence and after the last is whitespace, and
 * `groupWords` can join every sentence.
 *
 * @param document The original text.
 * @param sentences The document's sentences.
 * @param words The document's word offsets and ids (`analyzeSentences`).
 * @returns The words with offsets into `document` and their ids, or `undefined` when the text must be split again.
 */
export function documentWordsOf(document: string, sentences: readonly TextSpan[], words: DocumentWords): GroupedWords | undefined {
  if (sentences.length === 0) return /^\s*$/.test(document) ? {tokens: [], ids: new Int32Array(0), vocabulary: words.vocabulary} : undefined
  if (!/^\s*$/.test(document.slice(0, sentences[0]!.start)) || !/^\s*$/.test(document.slice(sentences[sentences.length - 1]!.end))) return undefined
  return groupWords(document, sentences, words, Array.from(sentences, (_, index) => index))
}
