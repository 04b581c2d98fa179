import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact, prefersCurlyQuotes} from './artifact-context'
import {codePageLabels, fixEncoding} from './fix-encoding'
import {mayLookLikeMojibake} from './may-look-like-mojibake'
import {looksLikeMojibake} from './mojibake-badness'
import {tracedChanges, traceSlice} from './traced-text'

/** Longest line fixed as one piece; longer lines are cut at spaces so the work stays linear. */
const maxPieceLength = 4096

/**
 * Find mojibake: UTF-8 text read in a one-byte code page (Windows-1252,
 * 1250, 1251, 1257, Latin-1, ISO-8859-2, MacRoman, code page 437, KOI8-R):
 * `weekâ€™s`, `BagdÃ¡d`, `g√¢teaux`, `РґРѕСЂРѕРіРµ`, `╨┐╤Ç`, several layers
 * deep as in `Ã¢â‚¬â„¢`; a no-break space turned into a plain space
 * (`voilÃ  le`); lost bytes (`â€�`, `â€?`) repaired to a replacement
 * character; CESU-8 emoji; and C1 control characters, read as the
 * Windows-1252 characters they stand for (`tur\x92stico` keeps its byte as
 * `’`: a control character is never deleted).
 *
 * Each line is repaired the way ftfy does it (see `fixEncoding`): by evidence,
 * not by pattern. A decoding is kept only when it is more plausible than the
 * text (fewer unlikely character sequences, `mojibakeBadness`), so Czech,
 * Icelandic, Russian or Greek text and `5×£35`, `AHÅ™` stay as they are.
 * Also reported: replacement characters `�` left in the text (no repair) and
 * an apostrophe lost to a question mark (`week?s`, `don?t`). Severity `error`.
 *
 * @param context The text and what is known about it.
 * @returns The mojibake spans in order, with repairs where one is known.
 */
export function findMojibake(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  const found: Artifact[] = []
  // One flag per code unit marks repaired text, so the later checks stay linear.
  let claimed: Uint8Array | undefined
  if (/[^\u0000-\u007f]/.test(text)) {
    for (const piece of pieces(text)) {
      // Most lines of real text show no evidence at all: skip them before tracing anything.
      if (!looksLikeMojibake(piece.text)) continue
      const fix = fixEncoding(traceSlice(text, piece.start, piece.end))
      if (fix.text.text === piece.text) continue
      const how = fix.codePages.length === 0 ? 'Windows-1252' : [...new Set(fix.codePages.map((name) => codePageLabels[name]))].join(', then ')
      for (const change of tracedChanges(text, fix.text)) {
        const original = text.slice(change.start, change.end)
        const message = /^[\u0080-\u009f]+$/.test(original)
          ? `A control character stands for the Windows-1252 character \`${change.value}\`.`
          : `\`${original}\` is UTF-8 text misread as ${how}; it should read \`${change.value}\`.`
        found.push(makeArtifact(text, side, 'mojibake', change.start, change.end, 'error', message, change.value))
        claimed ??= new Uint8Array(text.length)
        claimed.fill(1, change.start, change.end)
      }
    }
  }
  const isClaimed = (index: number): boolean => claimed !== undefined && claimed[index] === 1
  for (const match of text.matchAll(/\uFFFD+/g)) {
    if (isClaimed(match.index)) continue
    found.push(makeArtifact(text, side, 'mojibake', match.index, match.index + match[0].length, 'error', 'A replacement character marks text lost in a failed decoding.'))
  }
  const apostrophe = text.includes('?') && prefersCurlyQuotes(text) ? '’' : "'"
  for (const match of text.matchAll(/\?(?=(?:s|t|m|d|ll|re|ve)(?![\p{L}\p{N}=&/]))/gu)) {
    const start = match.index
    if (start === 0 || !/\p{L}/u.test(text[start - 1]!) || isInsideUrl(text, start) || isClaimed(start)) continue
    found.push(makeArtifact(text, side, 'mojibake', start, start + 1, 'error', 'A question mark stands where an apostrophe was lost in a failed decoding.', apostrophe))
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The lines of a text that may hold mojibake (`mayLookLikeMojibake`, read on
 * the text's range: no copy of a line without it), long ones cut at spaces.
 */
function* pieces(text: string): Generator<{start: number; end: number; text: string}> {
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end - start > maxPieceLength) {
      const space = text.lastIndexOf(' ', start + maxPieceLength)
      end = space > start ? space : start + maxPieceLength
      // Never cut a surrogate pair.
      if (end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++
    }
    if (mayLookLikeMojibake(text, start, end)) yield {start, end, text: text.slice(start, end)}
    start = end === start ? end + 1 : end
    if (text.charCodeAt(start) === 10) start++
  }
}

/** True when the offset sits in a whitespace-delimited token that looks like a URL. */
function isInsideUrl(text: string, index: number): boolean {
  let start = index
  while (start > 0 && !/\s/.test(text[start - 1]!) && index - start < 200) start--
  return /^\S*(?:\/\/|www\.|\.\w{2,4}\/)/.test(text.slice(start, index))
}
