/**
 * Tests and folds of single UTF-16 code units, for the scanners that read
 * text by code rather than by pattern (the word scan, the fold, the entity
 * decoder, the word diff's tokens): one home instead of a copy in each.
 */

/**
 * Whether a code unit is an ASCII letter or digit, `[0-9A-Za-z]`.
 *
 * @param code A UTF-16 code unit.
 * @returns True for `0`–`9`, `A`–`Z` and `a`–`z`.
 */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether a code unit is ASCII white space (tab to carriage return, space)
 * or the no-break space: the white space of the Latin-1 range, which the
 * fold turns into one space.
 *
 * @param code A UTF-16 code unit.
 * @returns True for U+0009–U+000D, U+0020 and U+00A0.
 */
export function isLatinSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0
}

/**
 * The fold of a typographic quotation mark or dash that `foldText` folds on
 * its own: `‘` and `’` to `'`, `“` and `”` to `"`, `–` and `—` to `-`.
 *
 * @param code A UTF-16 code unit.
 * @returns The folded code unit, or -1 for any other.
 */
export function foldedQuoteOrDash(code: number): number {
  if (code === 0x2018 || code === 0x2019) return 0x27
  if (code === 0x201c || code === 0x201d) return 0x22
  if (code === 0x2013 || code === 0x2014) return 0x2d
  return -1
}
