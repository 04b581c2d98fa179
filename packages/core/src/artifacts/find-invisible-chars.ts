import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'

/**
 * Candidates, one alternation of single characters or one class per branch
 * (linear): zero-width and bidi controls, soft hyphens, BOMs, C0/C1 controls
 * other than tab and line breaks, ligatures, and runs of fullwidth letters
 * and digits.
 */
export const candidatePattern =
  /[\u200b\u2060\u2061-\u2064\u180e\ufeff]+|[\u200c\u200d]|[\u200e\u200f\u202a-\u202e\u2066-\u2069]+|\u00ad+|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+|[\u0080-\u009f]|[\ufb00-\ufb06]|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g

/**
 * True for a code unit of one of `candidatePattern`'s classes: a text
 * without one has no candidate, and is read once code unit by code unit
 * instead of by the pattern's alternation (a test holds the two together on
 * every code unit).
 */
export function isCandidateUnit(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d
  if (code < 0x7f) return false
  if (code <= 0x9f) return true
  if (code < 0x2000) return code === 0xad || code === 0x180e
  if (code < 0xfb00) return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069)
  return code <= 0xfb06 || code === 0xfeff || (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
}

/** True when the text holds a code unit of `candidatePattern`'s classes. */
function hasCandidate(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isCandidateUnit(text.charCodeAt(index))) return true
  return false
}

/** The bytes 0x80–0x9F that Windows-1252 leaves undefined. */
const windows1252Undefined: ReadonlySet<number> = /* @__PURE__ */ new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/** Scripts that use ZWJ and ZWNJ legitimately (Arabic, Persian, Indic scripts, emoji sequences). */
const joinerScript = /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Syriac}\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\ufe0f\u20e3]/u
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
const rtl = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u

/**
 * Find characters that are invisible or stand in for ordinary ones:
 * zero-width spaces and joiners, bidi controls, soft hyphens, a byte-order
 * mark anywhere but at the very start, control characters, ligatures (`ﬁ`)
 * and fullwidth Latin letters and digits (`ＡＢＣ`). Joiners next to scripts
 * that need them (Arabic, Indic, emoji), bidi marks next to right-to-left
 * text, and fullwidth forms inside CJK text are left alone. C1 control
 * characters are left to the mojibake detector, which reads them as the
 * Windows-1252 characters they stand for; the five with no such character are
 * reported here without a repair.
 * Severity `warning`; the repair removes the character or maps it to its
 * compatibility form (NFKC).
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The characters (runs of the same sort grouped) in order.
 */
export function findInvisibleChars(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  const found: Artifact[] = []
  if (!hasCandidate(text)) return found
  for (const match of text.matchAll(candidatePattern)) {
    const start = match.index
    const end = start + match[0].length
    const first = match[0].charCodeAt(0)
    const before = text.slice(Math.max(0, start - 2), start)
    const after = text.slice(end, end + 2)
    let message: string
    let suggestion = ''
    if (first === 0xfeff && start === 0 && match[0].length === 1) continue
    if (first === 0x200c || first === 0x200d) {
      if (joinerScript.test(before) || joinerScript.test(after)) continue
      message = 'A zero-width joiner is hidden in Latin text.'
    } else if (first === 0x200e || first === 0x200f || (first >= 0x202a && first <= 0x202e) || (first >= 0x2066 && first <= 0x2069)) {
      if (rtl.test(before) || rtl.test(after)) continue
      message = 'An invisible text-direction control is hidden in the text.'
    } else if (first === 0xad) {
      message = 'A soft hyphen is hidden inside a word.'
    } else if (first >= 0x80 && first <= 0x9f) {
      // A C1 character stands for a Windows-1252 byte (`\x92` is `’`): the mojibake detector
      // decodes it. The five bytes that code page leaves undefined are reported here, kept:
      // deleting a character that stood for text loses content.
      if (!windows1252Undefined.has(first) || /[^\u0000-\u007f]$/.test(before)) continue
      message = 'A control character from a failed decoding is hidden in the text.'
      found.push(makeArtifact(text, side, 'invisible-char', start, end, 'warning', message))
      continue
    } else if (first < 0x20 || first === 0x7f) {
      message = 'A control character is hidden in the text.'
      suggestion = /\S/.test(before.slice(-1)) && /\S/.test(after.slice(0, 1)) ? ' ' : ''
    } else if (first >= 0xfb00 && first <= 0xfb06) {
      suggestion = match[0].normalize('NFKC')
      message = `The ligature \`${match[0]}\` stands in for the letters \`${suggestion}\`.`
    } else if (first >= 0xff10) {
      if (cjk.test(before) || cjk.test(after)) continue
      suggestion = match[0].normalize('NFKC')
      message = `Fullwidth characters stand in for \`${suggestion}\`.`
    } else {
      message = first === 0xfeff ? 'A byte-order mark is hidden in the middle of the text.' : 'A zero-width character is hidden in the text.'
    }
    found.push(makeArtifact(text, side, 'invisible-char', start, end, 'warning', message, suggestion))
  }
  return found
}
