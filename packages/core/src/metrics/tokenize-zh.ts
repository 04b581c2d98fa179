import {describeValue} from '../validate-options'
import {isPythonWhitespace} from './python-text'
import {splitMtevalPunctuation} from './tokenize-13a'

/**
 * The code point ranges sacrebleu's `zh` tokenizer puts spaces around,
 * inclusive. Two rows of sacrebleu's table are written as `'\u20000'` and
 * `'\u2a6d6'` (and `'\u2f800'`, `'\u2fa1d'`), meant as Extension B and the
 * Compatibility Supplement; in Python these are two-character strings, and
 * comparing one character with them selects U+2001–U+2A6D and U+2F81–U+2FA1
 * instead (general punctuation such as `“`, `—` and `…`, currency, arrows,
 * mathematical operators, …). sacrebleu's scores depend on that, so the
 * ranges are the ones it actually uses.
 */
const chineseRanges: readonly (readonly [number, number])[] = [
  [0x3400, 0x4db5],
  [0x4e00, 0x9fa5],
  [0x9fa6, 0x9fbb],
  [0xf900, 0xfa2d],
  [0xfa30, 0xfa6a],
  [0xfa70, 0xfad9],
  [0x2001, 0x2a6d],
  [0x2f81, 0x2fa1],
  [0xff00, 0xffef],
  [0x2e80, 0x2eff],
  [0x3000, 0x303f],
  [0x31c0, 0x31ef],
  [0x2f00, 0x2fdf],
  [0x2ff0, 0x2fff],
  [0x3100, 0x312f],
  [0x31a0, 0x31bf],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0x2600, 0x26ff],
  [0x2700, 0x27bf],
  [0x3200, 0x32ff],
  [0x3300, 0x33ff],
]

/** True for a code point the `zh` tokenizer treats as one Chinese character. */
function isChineseCharacter(codePoint: number): boolean {
  return chineseRanges.some(([start, end]) => codePoint >= start && codePoint <= end)
}

/** Python's `str.strip()`: remove leading and trailing Python whitespace. */
function stripPythonWhitespace(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isPythonWhitespace(text.charCodeAt(start))) start++
  while (end > start && isPythonWhitespace(text.charCodeAt(end - 1))) end--
  return text.slice(start, end)
}

/**
 * Tokenize a line with sacrebleu's `zh` tokenizer (for Chinese, after
 * Shujian Huang's script): every Chinese character becomes its own token,
 * and the rest is split at punctuation as `13a` does, without 13a's entity
 * unescaping and without padding the line, so a period ending a number at
 * the very end stays attached (`5.`).
 *
 * @param line One segment.
 * @returns The tokens joined by single spaces.
 */
export function tokenizeZh(line: string): string {
  if (typeof line !== 'string') throw new TypeError(`Expected \`line\` to be a string, not \`${describeValue(line)}\``)
  let spaced = ''
  for (const character of stripPythonWhitespace(line)) {
    spaced += isChineseCharacter(character.codePointAt(0)!) ? ` ${character} ` : character
  }
  return splitMtevalPunctuation(spaced)
}
