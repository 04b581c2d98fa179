import {codePointSymbols} from '../metrics/symbols'
import {isPythonWhitespace} from '../metrics/python-text'
import type {TextSpan} from '../types'
import {type DocumentSymbols, type SideSymbols, symbolsOfRange} from './document-symbols'

/** The symbols of no text: what an empty bead side is scored as. */
export const noSymbols: SideSymbols = {characters: new Int32Array(0), chrfWords: new Int32Array(0), bleuTokens: new Int32Array(0), terWords: new Int32Array(0)}

/**
 * The metric symbols of a group of consecutive sentences (one side of a
 * bead), joined from the symbols of each sentence: one range of the
 * document's word symbols, viewed without a copy, and the code points of
 * the side's text.
 *
 * Joining gives what tokenizing the group's text would give when only
 * whitespace separates the sentences: chrF drops whitespace, and chrF++'s
 * words and BLEU's 13a tokens never cross it. Two cases are left to the
 * caller, which then tokenizes the text itself: sentences not separated by
 * whitespace (their words could run together), and a sentence ending with
 * `-` before a line break (13a joins end-of-line hyphenation).
 *
 * @param document The original text the sentences belong to.
 * @param sentences The document's sentences, `text` being `document.slice(start, end)`.
 * @param symbols The metric symbols of the document's sentences (`analyzeSentences`), or `undefined` when they were not worked out.
 * @param indices Indices of the group, ascending and consecutive.
 * @param scratch Where to write the code points (a view of its buffer is returned, valid until its next use), instead of a new array.
 * @returns The joined symbols, `noSymbols` for an empty group, or `undefined` when they cannot be joined.
 */
export function groupSymbols(
  document: string,
  sentences: readonly TextSpan[],
  symbols: DocumentSymbols | undefined,
  indices: readonly number[],
  scratch?: CodePointScratch,
): SideSymbols | undefined {
  if (indices.length === 0) return noSymbols
  if (symbols === undefined) return undefined
  for (let k = 1; k < indices.length; k++) {
    if (!joinable(document, sentences[indices[k - 1]!]!, sentences[indices[k]!]!)) return undefined
  }
  const first = indices[0]!
  const last = indices[indices.length - 1]!
  // The code points of the span without whitespace: between joinable sentences there is only whitespace.
  const start = sentences[first]!.start
  const end = sentences[last]!.end
  const characters = codePointSymbols(document, true, start, end, scratch?.bufferFor(end - start))
  return {characters, ...symbolsOfRange(symbols, first, last + 1)}
}

/**
 * A buffer for the code points of one bead side after another, grown as
 * needed: scoring every bead of a document then allocates no array of code
 * points per side. What is written into it is valid until it is used again.
 */
export class CodePointScratch {
  private buffer = new Int32Array(1024)

  /** The buffer, with room for at least `length` code points. */
  bufferFor(length: number): Int32Array {
    if (this.buffer.length < length) {
      let size = this.buffer.length
      while (size < length) size *= 2
      this.buffer = new Int32Array(size)
    }
    return this.buffer
  }
}

/** True when only Python whitespace (at least one character) separates the two sentences and no hyphen ends the first before a line break. */
function joinable(document: string, before: TextSpan, after: TextSpan): boolean {
  if (after.start <= before.end) return false
  for (let i = before.end; i < after.start; i++) {
    if (!isPythonWhitespace(document.charCodeAt(i))) return false
  }
  // The last character of the first sentence that is not whitespace: a hyphen right before a line break is joined by 13a.
  let last = before.end
  while (last > before.start && isPythonWhitespace(document.charCodeAt(last - 1))) last--
  return !(document.charCodeAt(last - 1) === 0x2d && document.charCodeAt(last) === 0x0a)
}
