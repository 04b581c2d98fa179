import type {TextSpan} from '../types'
import {Int32RunsBuilder} from './int32-runs'

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
}

/**
 * Collects word offsets sentence by sentence into a growing buffer, then
 * gives them as a {@link DocumentWords}.
 */
export class DocumentWordsBuilder {
  private readonly runs: Int32RunsBuilder

  /**
   * @param sentenceCount How many sentences the document has.
   * @param expectedWords A guess of the word count, to size the buffer (it grows as needed).
   */
  constructor(sentenceCount: number, expectedWords: number) {
    this.runs = new Int32RunsBuilder(sentenceCount, expectedWords, 2)
  }

  /** Start the next sentence: the words added after this call are its words. */
  startSentence(): void {
    this.runs.startRun()
  }

  /** Add a word of the current sentence. */
  add(start: number, end: number): void {
    this.runs.push(start)
    this.runs.push(end)
  }

  /** The words collected, trimmed to size. */
  finish(): DocumentWords {
    const {values, firstItem} = this.runs.finish()
    return {offsets: values, firstWord: firstItem}
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
 * @returns The words with offsets into `document`, or `undefined` when the group must be split again (two sentences touching, or text other than whitespace between them).
 */
export function groupWords(document: string, sentences: readonly TextSpan[], words: DocumentWords, indices: readonly number[]): TextSpan[] | undefined {
  if (indices.length === 0) return []
  for (let k = 1; k < indices.length; k++) {
    const gapStart = sentences[indices[k - 1]!]!.end
    const gapEnd = sentences[indices[k]!]!.start
    if (gapEnd <= gapStart || !/^\s+$/.test(document.slice(gapStart, gapEnd))) return undefined
  }
  const {offsets, firstWord} = words
  const from = firstWord[indices[0]!]!
  const to = firstWord[indices[indices.length - 1]! + 1]!
  const spans: TextSpan[] = []
  for (let word = from; word < to; word++) {
    const start = offsets[2 * word]!
    const end = offsets[2 * word + 1]!
    spans.push({start, end, text: document.slice(start, end)})
  }
  return spans
}
