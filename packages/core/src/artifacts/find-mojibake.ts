import type {Artifact, Side} from '../types'
import {makeArtifact, prefersCurlyQuotes} from './artifact-context'

/** The characters Windows-1252 puts at bytes 0x80–0x9F (`undefined` where it has none). */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Map each character Windows-1252 or Latin-1 can produce to its byte. */
const byteOf = new Map<string, number>()
for (let byte = 0xa0; byte <= 0xff; byte++) byteOf.set(String.fromCharCode(byte), byte)
for (let byte = 0x80; byte <= 0x9f; byte++) {
  byteOf.set(String.fromCharCode(byte), byte)
  byteOf.set(cp1252High[byte - 0x80]!, byte)
}

/**
 * A run of characters that each stand for one non-ASCII byte of a UTF-8
 * sequence read as Windows-1252 or Latin-1. A single character class with one
 * quantifier: linear.
 */
const runPattern = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}/g

/**
 * Bytes that start a UTF-8 sequence in the misreadings seen in practice:
 * `Â`/`Ã` (Latin-1 supplement), `Ä`–`Ç` (Latin Extended), `Î`/`Ï` (Greek),
 * `Ð`/`Ñ` (Cyrillic), `×`–`Û` (Hebrew, Arabic) and `à`–`ð` (3- and 4-byte).
 * `È`–`Í` are left out: they would decode to IPA letters and combining marks,
 * which is how `NESTLÉ®` stays clean.
 */
function isLikelyLead(byte: number): boolean {
  return (byte >= 0xc2 && byte <= 0xc7) || byte === 0xce || byte === 0xcf || byte === 0xd0 || byte === 0xd1 || (byte >= 0xd7 && byte <= 0xdb) || (byte >= 0xe0 && byte <= 0xf0)
}

/** A decoded piece of a run: original `[start, end)` within the run, and what it decodes to. */
interface Piece {
  readonly start: number
  readonly end: number
  readonly decoded: string
}

/**
 * Decode the UTF-8 sequences hidden in a run of Windows-1252 characters.
 * Characters that are not part of a likely sequence stay as they are.
 */
function decodeRun(run: string): Piece[] {
  const pieces: Piece[] = []
  const bytes = Array.from(run, (char) => byteOf.get(char) ?? -1)
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2
    if (isLikelyLead(lead)) {
      let valid = index + length <= bytes.length
      for (let k = 1; valid && k < length; k++) valid = bytes[index + k]! >= 0x80 && bytes[index + k]! <= 0xbf
      if (valid) {
        let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07)
        for (let k = 1; k < length; k++) code = (code << 6) | (bytes[index + k]! & 0x3f)
        const minimum = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000
        if (code >= minimum && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
          pieces.push({start: index, end: index + length, decoded: String.fromCodePoint(code)})
          index += length
          continue
        }
      }
      // `â€` whose third byte (0x9D, undefined in Windows-1252) was dropped: a closing curly quote.
      if (lead === 0xe2 && bytes[index + 1] === 0x80 && (index + 2 >= bytes.length || bytes[index + 2]! < 0x80 || bytes[index + 2]! > 0xbf)) {
        pieces.push({start: index, end: index + 2, decoded: '”'})
        index += 2
        continue
      }
    }
    index++
  }
  return pieces
}

/** Undo up to three layers of misreading (`Ã¢â‚¬â„¢` → `â€™` → `’`). */
function repairLayers(chars: string): string {
  let current = chars
  for (let layer = 0; layer < 3; layer++) {
    const pieces = decodeRun(current)
    if (pieces.length === 0) break
    const runChars = Array.from(current)
    let next = ''
    let at = 0
    for (const piece of pieces) {
      next += runChars.slice(at, piece.start).join('') + piece.decoded
      at = piece.end
    }
    current = next + runChars.slice(at).join('')
  }
  return current
}

/**
 * Find mojibake: UTF-8 text read as Windows-1252 or Latin-1 (`weekâ€™s`,
 * `BagdÃ¡d`, several layers deep as in `Ã¢â‚¬â„¢`), replacement characters
 * (`�`), and an apostrophe lost to a question mark (`week?s`, `don?t`).
 * The repair re-encodes each run to bytes and decodes it as UTF-8, layer by
 * layer, the way ftfy does, but only for lead bytes that real mojibake
 * produces, so legitimate Latin-1 text (`NESTLÉ®`, `Łódź`, `−5 °C`) is left
 * alone. Severity `error`: the text is corrupted.
 *
 * @param text The original input.
 * @param side Which compared text it is.
 * @returns The mojibake spans in order, with repairs where one is known.
 */
export function findMojibake(text: string, side: Side = 'variant'): Artifact[] {
  const found: Artifact[] = []
  for (const match of text.matchAll(runPattern)) {
    const run = match[0]
    const pieces = decodeRun(run)
    if (pieces.length === 0) continue
    // Group adjacent pieces into one artifact; `Array.from` indices are code points, but every
    // character in the run class is a single UTF-16 unit, so they equal UTF-16 offsets.
    let group = {start: pieces[0]!.start, end: pieces[0]!.end}
    const flush = (): void => {
      const start = match.index + group.start
      const end = match.index + group.end
      const repaired = repairLayers(run.slice(group.start, group.end))
      found.push(makeArtifact(text, side, 'mojibake', start, end, 'error', `\`${text.slice(start, end)}\` is UTF-8 text misread as Windows-1252; it should read \`${repaired}\`.`, repaired))
    }
    for (const piece of pieces.slice(1)) {
      if (piece.start === group.end) group = {start: group.start, end: piece.end}
      else {
        flush()
        group = {start: piece.start, end: piece.end}
      }
    }
    flush()
  }
  for (const match of text.matchAll(/\uFFFD+/g)) {
    found.push(makeArtifact(text, side, 'mojibake', match.index, match.index + match[0].length, 'error', 'A replacement character marks text lost in a failed decoding.'))
  }
  const apostrophe = text.includes('?') && prefersCurlyQuotes(text) ? '’' : "'"
  for (const match of text.matchAll(/\?(?=(?:s|t|m|d|ll|re|ve)(?![\p{L}\p{N}=&/]))/gu)) {
    const start = match.index
    if (start === 0 || !/\p{L}/u.test(text[start - 1]!) || isInsideUrl(text, start)) continue
    found.push(makeArtifact(text, side, 'mojibake', start, start + 1, 'error', 'A question mark stands where an apostrophe was lost in a failed decoding.', apostrophe))
  }
  return found.sort((a, b) => a.start - b.start)
}

/** True when the offset sits in a whitespace-delimited token that looks like a URL. */
function isInsideUrl(text: string, index: number): boolean {
  let start = index
  while (start > 0 && !/\s/.test(text[start - 1]!) && index - start < 200) start--
  return /^\S*(?:\/\/|www\.|\.\w{2,4}\/)/.test(text.slice(start, index))
}
