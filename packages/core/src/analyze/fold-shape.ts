import {foldedQuoteOrDash, isAsciiAlnum, isLatinSpace} from '../normalize/char-codes'
import {foldText} from '../normalize/normalize-text'

/**
 * How a sentence folds (`foldText`), read from its original text in one pass,
 * so that the common sentence is folded and keyed without the general fold:
 *
 * - `lowercaseFold`: ASCII with single spaces inside, no entity (`&`, `;`)
 *   and no backquote: `foldText` gives `text.toLowerCase()`.
 * - `wordwiseFold`: folding changes no word boundary and each word folds on
 *   its own, so the words of the folded text are the folded words of the
 *   original: ASCII as above but any whitespace, and of the rest only
 *   characters folded alone (`’`, `“`, `”`, a no-break space, the Latin-1
 *   letters), and `‘`, `–` and `—` where no word runs into them (they fold to
 *   a joiner, `'` or `-`, which joins only what follows a word).
 * - `generalFold`: anything else (an entity, a combining mark, a dash between
 *   two words, another script): fold and split the whole sentence.
 */
export type FoldShape = typeof generalFold | typeof wordwiseFold | typeof lowercaseFold

/** See {@link FoldShape}. */
export const generalFold = 0
/** See {@link FoldShape}. */
export const wordwiseFold = 1
/** See {@link FoldShape}. */
export const lowercaseFold = 2

/**
 * The {@link FoldShape} of a text.
 *
 * @param text An original sentence.
 * @returns How it folds.
 */
export function foldShape(text: string): FoldShape {
  let shape: FoldShape = lowercaseFold
  // The unit before the current one; a space before the first makes a leading space count as a run of two.
  let previous = 0x20
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      // Entities (`&amp;`, and bare ones like `quot;`, looked for only in a text with a semicolon) and the backquote, which folds to a joiner.
      if (code === 0x26 || code === 0x3b || code === 0x60) return generalFold
      if (code === 0x20) {
        if (previous === 0x20) shape = wordwiseFold
      } else if (code <= 0x0d && code >= 0x09) shape = wordwiseFold
    } else if (code === 0x2018 || code === 0x2013 || code === 0x2014) {
      // Folded to a joiner: safe where the character before is no part of a word.
      if (previous >= 0x80 || isAsciiAlnum(previous)) return generalFold
      shape = wordwiseFold
    } else if (code === 0x2019 || code === 0x201c || code === 0x201d || code === 0xa0 || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)) {
      shape = wordwiseFold
    } else return generalFold
    previous = code
  }
  // Leading or trailing whitespace is trimmed by the fold.
  if (shape === lowercaseFold && text.length > 0 && previous === 0x20) shape = wordwiseFold
  return shape
}

/** Buffer `foldWordwise` writes a sentence-sized text into before making it a string. */
const foldUnits = /* @__PURE__ */ new Uint16Array(4096)

/**
 * `foldText` of a text whose shape is `wordwiseFold`, by one scan: every
 * character of such a text folds on its own (ASCII letters and the Latin-1
 * capitals lowercased, `’`/`‘` to `'`, `“`/`”` to `"`, `–`/`—` to `-`),
 * and whitespace runs (the no-break space among them) become one space,
 * trimmed at both ends.
 *
 * Any other text is given to `foldText`.
 *
 * @param text Any text; one whose shape is not `generalFold` avoids the general fold.
 * @returns `foldText(text)`.
 */
export function foldWordwise(text: string): string {
  if (text.length > foldUnits.length) return foldText(text)
  const units = foldUnits
  let length = 0
  let space = false
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index)
    if (isLatinSpace(code)) {
      space = true
      continue
    }
    if (space) {
      if (length > 0) units[length++] = 0x20
      space = false
    }
    if (code < 0x80) {
      if (code >= 65 && code <= 90) code += 32
      else if (code === 0x26 || code === 0x3b || code === 0x60) return foldText(text)
    } else if (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) {
      // The Latin-1 capitals (À–Þ) lowercase one for one; NFKC leaves these letters as they are.
      if (code <= 0xde) code += 32
    } else {
      code = foldedQuoteOrDash(code)
      if (code < 0) return foldText(text)
    }
    units[length++] = code
  }
  return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[])
}
