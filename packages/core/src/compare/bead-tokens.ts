import type {DocumentWords} from '../analyze/document-words'
import {foldShape, foldWordwise, generalFold} from '../analyze/fold-shape'
import {foldedQuoteOrDash, isAsciiAlnum, isLatinSpace} from '../normalize/char-codes'
import {StringIds} from '../string-ids'
import type {Side, TextSpan} from '../types'
import {type TokenBuffer, tokenizeFolded} from './diff-tokens'

/** One document of a comparison as the bead tokenizer reads it. */
export interface TokenizedDocument {
  /** The original text. */
  readonly text: string
  /** Its sentences (spans into `text`). */
  readonly sentences: readonly TextSpan[]
  /** The words of its sentences, from the sentence analysis. */
  readonly words: DocumentWords
}

/** A sentence whose fold shape is not worked out yet. */
const unknownShape = -1

/**
 * The word diff's tokens of each bead side of one comparison, with ids from
 * one table shared by every bead (`tokenizeFolded` gives each side the
 * same tokens, spans and id equalities).
 *
 * Most sentences fold character by character (`foldShape` is not
 * `generalFold`: every character folds on its own, one unit for one, and no
 * fold changes a word boundary). Their folded tokens are the words the
 * sentence analysis already found, each folded once per distinct word (an
 * id-to-id table), and the punctuation marks between them, each folded on
 * its own: no fold of the text and no token string per occurrence. A token's
 * span is its place in the original, the last token of the side running to
 * the side's end, which is what the folded text's offset map gives when
 * every unit comes from one character. A side with any other sentence, or
 * whose sentences are apart by anything but whitespace, is folded whole by
 * `tokenizeFolded`.
 */
export class BeadTokenizer {
  /** Ids of folded tokens, shared by every bead of the comparison. */
  private readonly vocabulary = new StringIds()
  /** The id in `vocabulary` of each word id's fold, -1 until worked out. */
  private readonly foldedWord: Int32Array
  /** The id in `vocabulary` of each ASCII punctuation mark, -1 until worked out. */
  private readonly foldedMark = new Int32Array(128).fill(-1)
  /** The fold shape of each sentence of each document, `unknownShape` until worked out. */
  private readonly shapes: {readonly source: Int8Array; readonly variant: Int8Array}

  /**
   * @param documents The source and the variant, with their sentences and the analysis' words (whose vocabulary they share).
   */
  constructor(private readonly documents: {readonly source: TokenizedDocument; readonly variant: TokenizedDocument}) {
    this.foldedWord = new Int32Array(documents.source.words.vocabulary.size).fill(-1)
    this.shapes = {
      source: new Int8Array(documents.source.sentences.length).fill(unknownShape),
      variant: new Int8Array(documents.variant.sentences.length).fill(unknownShape),
    }
  }

  /**
   * Fill `into` with the tokens of one bead side.
   *
   * @param side Which document.
   * @param indices The side's sentences, ascending and consecutive (at least one).
   * @param span The side's span (`groupSpan` of the sentences).
   * @param into The buffer to fill.
   */
  tokenize(side: Side, indices: readonly number[], span: TextSpan, into: TokenBuffer): void {
    if (!this.tokenizeByWords(side, indices, span, into)) tokenizeFolded(span.text, span.start, this.vocabulary, into)
  }

  /** The tokens of a side of sentences that fold character by character, from their words; false when the side must be folded whole. */
  private tokenizeByWords(side: Side, indices: readonly number[], span: TextSpan, into: TokenBuffer): boolean {
    const {text, sentences, words} = this.documents[side]
    const shapes = this.shapes[side]
    for (let k = 0; k < indices.length; k++) {
      const index = indices[k]!
      if (shapes[index] === unknownShape) shapes[index] = foldShape(sentences[index]!.text)
      if (shapes[index] === generalFold) return false
      // Two sentences must be apart by whitespace: the fold of the whole side then puts one space between them.
      if (k > 0 && !isSpaceBetween(text, sentences[indices[k - 1]!]!.end, sentences[index]!.start)) return false
    }
    into.length = 0
    const {offsets, firstWord, ids} = words
    for (const index of indices) {
      const sentence = sentences[index]!
      let at = sentence.start
      for (let word = firstWord[index]!; word < firstWord[index + 1]!; word++) {
        const start = offsets[2 * word]!
        if (!this.pushMarks(text, at, start, into)) return false
        at = offsets[2 * word + 1]!
        into.push(start, at, this.foldedWordId(ids[word]!))
      }
      if (!this.pushMarks(text, at, sentence.end, into)) return false
    }
    // The fold drops what follows the last token, so its span runs to the side's end.
    if (into.length > 0) into.ends[into.length - 1] = span.end
    return true
  }

  /** Push each punctuation mark of `text` in `[from, to)` (text between words) as a token; false on a character this path does not fold. */
  private pushMarks(text: string, from: number, to: number, into: TokenBuffer): boolean {
    for (let at = from; at < to; at++) {
      const code = text.charCodeAt(at)
      if (isLatinSpace(code)) continue
      const folded = foldedMarkCode(code)
      if (folded < 0) return false
      let id = this.foldedMark[folded]!
      if (id < 0) this.foldedMark[folded] = id = this.vocabulary.idOf(String.fromCharCode(folded))
      into.push(at, at + 1, id)
    }
    return true
  }

  /** The id of a word's fold (its own characters folded one by one), worked out once per distinct word. */
  private foldedWordId(word: number): number {
    let id = this.foldedWord[word]!
    if (id < 0) this.foldedWord[word] = id = this.vocabulary.idOf(foldWordwise(this.documents.source.words.vocabulary.texts[word]!))
    return id
  }
}

/**
 * The fold of a punctuation mark between words of a sentence that folds
 * character by character: ASCII marks as they are, `‘` and `’` to `'`,
 * `“` and `”` to `"`, `–` and `—` to `-`; -1 for anything else (a letter or
 * digit would be part of a word).
 */
function foldedMarkCode(code: number): number {
  if (code < 0x80) return isAsciiAlnum(code) ? -1 : code
  return foldedQuoteOrDash(code)
}

/** Whether `[from, to)` of `text` is not empty and all ASCII whitespace or no-break spaces. */
function isSpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let at = from; at < to; at++) {
    if (!isLatinSpace(text.charCodeAt(at))) return false
  }
  return true
}
