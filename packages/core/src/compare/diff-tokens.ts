import {normalizeText} from '../normalize/normalize-text'
import {findWordEnd} from '../normalize/tokenize-words'
import type {StringIds} from '../string-ids'

/**
 * The tokens of one side of a bead, as the word diff compares them: words
 * (as `tokenizeWords` finds them) and single punctuation marks of the side's
 * text folded by `normalizeText`, token `k` covering `[starts[k], ends[k])`
 * of the original document and having id `ids[k]` (the id of its folded
 * form: equal ids for equal folded tokens of the two sides). The arrays are
 * reused from one bead to the next and grow as needed: only the first
 * `length` entries belong to the current side.
 */
export class TokenBuffer {
  /** Where each token starts in the original document. */
  starts = new Int32Array(64)
  /** Where each token ends in the original document (exclusive). */
  ends = new Int32Array(64)
  /** The id of each token's folded form. */
  ids = new Int32Array(64)
  /** Number of tokens of the current side. */
  length = 0

  /** Append a token. */
  push(start: number, end: number, id: number): void {
    if (this.length === this.ids.length) this.grow()
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.ids[this.length] = id
    this.length++
  }

  private grow(): void {
    const size = 2 * this.ids.length
    const starts = new Int32Array(size)
    starts.set(this.starts)
    this.starts = starts
    const ends = new Int32Array(size)
    ends.set(this.ends)
    this.ends = ends
    const ids = new Int32Array(size)
    ids.set(this.ids)
    this.ids = ids
  }
}

/**
 * Whether a code unit is one of JavaScript's `\s` (the whitespace the token
 * pattern skips): after `normalizeText` only the space is left, but the test
 * covers the whole class so the scan below is the pattern's equal on any text.
 */
export function isPatternSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * Fill `into` with the tokens of one bead side read through `normalizeText`,
 * so case, quote and dash style and entity residue (`quot;`) make no
 * difference, each located in the original document and given the id of its
 * folded form in `vocabulary`.
 *
 * The tokens are the matches of the word pattern or else one code point that
 * is neither whitespace, letter, mark nor digit, scanned left to right as
 * `String.prototype.matchAll` would: a word by `findWordEnd` (the pattern's
 * hand-written equal), anything else that is not whitespace as one code
 * point. A token's span is `toOriginalSpan` of its folded range, read from
 * the offset map directly: it starts at the original of its first unit and
 * ends where the original of the next unit starts (the side's end for the
 * last), so it takes in what the fold dropped after it.
 *
 * @param text The side's original text.
 * @param offset Where the side starts in its document, added to every span.
 * @param vocabulary The ids of folded tokens, shared by the two sides (or by every bead of a comparison).
 * @param into The buffer to fill (emptied first).
 */
export function tokenizeFolded(text: string, offset: number, vocabulary: StringIds, into: TokenBuffer): void {
  into.length = 0
  const normalized = normalizeText(text)
  const folded = normalized.text
  const offsets = normalized.offsets
  const length = folded.length
  let index = 0
  while (index < length) {
    const code = folded.charCodeAt(index)
    if (isPatternSpace(code)) {
      index++
      continue
    }
    let end = findWordEnd(folded, index)
    if (end === index) {
      // One code point of punctuation (a surrogate pair counts as one).
      end = code >= 0xd800 && code <= 0xdbff && index + 1 < length && isLowSurrogate(folded.charCodeAt(index + 1)) ? index + 2 : index + 1
    }
    // toOriginalSpan(normalized, index, end): several folded units can come from one
    // original character (`ﬁ` → `fi`), so the span ends after that whole character.
    const last = offsets[end - 1]!
    let after = end
    while (after < length && offsets[after]! <= last) after++
    const spanEnd = Math.max(offsets[after]!, last + 1)
    into.push(offsets[index]! + offset, spanEnd + offset, vocabulary.idOf(folded.slice(index, end)))
    index = end
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
