/**
 * How unlikely a text's character sequences are as real writing: the
 * evidence the mojibake detector decides by. Mojibake is UTF-8 read in a
 * one-byte code page, so each original letter turns into two or three
 * characters from the upper half of that code page: an accented capital
 * after a lower-case letter (`rÃ©`), a currency sign or trade mark inside a
 * word (`â€™`), box drawing next to letters (`╨┐`), a C1 control character.
 * Real text in any language rarely puts those side by side; a few pairs and
 * triples of character classes catch almost all of it.
 *
 * The classes and sequences restate the heuristic of ftfy (Robyn Speer,
 * `ftfy/badness.py`, MIT/Apache-2.0), which was built from years of real
 * mojibake and clean multilingual text; they are facts about which characters
 * the code pages produce, written here as a table of classes and a scanner.
 */

import {codePages} from './code-pages'

const C1 = 1 << 0
/** Symbols that, in running text, appear almost only as mojibake (`¦ ¨ ¬ ¯ ƒ ˆ ‰ �`). */
const RARE = 1 << 1
const CURRENCY = 1 << 2
/** Marks that open or precede something (`¡ « ¿ © ‘ ‚ “ „ •`). */
const OPEN = 1 << 3
/** Marks that close or follow something (`® » ˝ ” › ™`). */
const CLOSE = 1 << 4
/** Superscripts, fractions and maths (`² ½ × µ ÷ √ ∞ ≤`). */
const NUMERIC = 1 << 5
/** Letters that emoticons are drawn with (`ò ó ô ö ø Ù °`), judged more leniently. */
const KAOMOJI = 1 << 6
const UPPER_ACCENTED = 1 << 7
const LOWER_ACCENTED = 1 << 8
/** Greek and Cyrillic capitals and `Þ`: common at word ends, so not "accented". */
const UPPER_COMMON = 1 << 9
const LOWER_COMMON = 1 << 10
const BOX = 1 << 11
/** Characters found in many contexts (no-break space, soft hyphen, dashes, `…`, `’`). */
const COMMON = 1 << 12

/** Give every character of `chars` (ranges written `a-z` are expanded) the class bits `bits`. */
function mark(classes: Map<number, number>, chars: string, bits: number): void {
  const points = Array.from(chars)
  for (let index = 0; index < points.length; index++) {
    const from = points[index]!.codePointAt(0)!
    let to = from
    if (points[index + 1] === '-' && index + 2 < points.length) {
      to = points[index + 2]!.codePointAt(0)!
      index += 2
    }
    for (let code = from; code <= to; code++) classes.set(code, (classes.get(code) ?? 0) | bits)
  }
}

/** The class bits of every character that has some, built once when the module loads. */
function markClasses(): ReadonlyMap<number, number> {
  const classes = new Map<number, number>()
  mark(classes, '\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019', COMMON)
  mark(classes, '\u0080-\u009f', C1)
  mark(classes, '¦¤¨¬¯¶§¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº', RARE)
  mark(classes, '¢£¥₧€', CURRENCY)
  mark(classes, '¡«¿©΄΅‘‚“„•‹\uf8ff', OPEN)
  mark(classes, '®»˝”›™', CLOSE)
  mark(classes, '²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№', NUMERIC)
  mark(classes, 'Ò-ÖÙ-Üò-öø-üŐŌŪŲ°', KAOMOJI)
  mark(classes, 'À-ÑØÜÝĂĀĄĆČĎĐĘĚĒĖĢĞİĪĮĶĹĽĻŁŃŇŅŒŘŔŖŚŞŠŢŤŮŰŪŸŹŻŽҐ', UPPER_ACCENTED)
  mark(classes, 'ßà-ñăāąćčďđęěēėģğıīįķĺľļłńňņœřŕŗśşšţťůűūźżžґ\ufb01\ufb02', LOWER_ACCENTED)
  mark(classes, 'ÞΑ-ΩΆΈΉΊΌΎΏΪΫЀ-Я', UPPER_COMMON)
  mark(classes, 'α-ωάέήίόύώϊϋΐΰа-џ', LOWER_COMMON)
  mark(classes, '│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓', BOX)
  return classes
}

const classes = /* @__PURE__ */ markClasses()

/**
 * Characters of the code pages whose mojibake the classes above miss, built
 * from the tables: what each shows for UTF-8 lead bytes 0xC2–0xDF and for
 * continuation bytes 0x80–0xBF.
 */
const continuationOf = (chars: string): ReadonlySet<number> => new Set(Array.from(chars.slice(0, 64), (char) => char.charCodeAt(0)))
const leadOf = (chars: string): ReadonlySet<number> => new Set(Array.from(chars.slice(0x42, 0x60), (char) => char.charCodeAt(0)))
const macRomanContinuation = /* @__PURE__ */ (() => continuationOf(codePages.macRoman))()
const windows1251Continuation = /* @__PURE__ */ (() => continuationOf(codePages.windows1251))()
const windows1251Leads = /* @__PURE__ */ (() => leadOf(codePages.windows1251))()
const koi8Leads = /* @__PURE__ */ (() => leadOf(codePages.koi8r))()
/** KOI8-R's continuation bytes that are box drawing or maths, never glued to a Cyrillic letter (not `°`, `²`: `м²`). */
const koi8Drawing: ReadonlySet<number> = /* @__PURE__ */ (() => new Set(Array.from(codePages.koi8r.slice(0, 64), (char) => char.charCodeAt(0)).filter((code) => (code >= 0x2500 && code <= 0x25ff) || (code >= 0x2219 && code <= 0x2321))))()
/** Symbols that `Г` or `В` shows before in Windows-1251 mojibake of Latin-1 (`Г©` for `é`, `В«` for `«`). */
const windows1251Symbols: ReadonlySet<number> = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('©®°±µ¶·«»¤¦§¬\u00ad№', (char) => char.charCodeAt(0)))

/** The class bits of the character with code unit `code` (0 for ASCII and ordinary letters). */
function classOf(code: number): number {
  return code < 0x80 ? 0 : classes.get(code) ?? 0
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122
const wordPattern = /[\p{L}\p{N}_]/u
const isWordChar = (char: string | undefined): boolean => char !== undefined && wordPattern.test(char)
const isSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0

const letterish = LOWER_ACCENTED | UPPER_ACCENTED | BOX | OPEN | CLOSE | CURRENCY | NUMERIC

/**
 * Pairs of classes: a character of the first class followed by one of the
 * second is a sign of mojibake.
 */
const pairs: ReadonlyArray<readonly [number, number]> = [
  [RARE | letterish, RARE],
  [RARE, letterish],
  [LOWER_ACCENTED | LOWER_COMMON | BOX | CLOSE | CURRENCY | NUMERIC, UPPER_ACCENTED],
  [BOX | CLOSE | CURRENCY | NUMERIC, LOWER_ACCENTED],
  [LOWER_ACCENTED | BOX | CLOSE, CURRENCY],
  [UPPER_ACCENTED | BOX, NUMERIC],
  [CURRENCY | NUMERIC | BOX, OPEN],
  [BOX, KAOMOJI],
  [LOWER_ACCENTED | UPPER_ACCENTED | CURRENCY | NUMERIC | OPEN | CLOSE, BOX],
  [BOX, CLOSE],
]

/** Triples of classes, for pairs that are only suspicious with a third character. */
const triples: ReadonlyArray<readonly [number, number, number]> = [
  [LOWER_ACCENTED | UPPER_ACCENTED | BOX | CURRENCY | CLOSE, OPEN, NUMERIC],
  [LOWER_ACCENTED | UPPER_ACCENTED | CURRENCY | NUMERIC | BOX, CLOSE, OPEN],
]

/**
 * Sequences typical of one code page that the classes miss, each a regular
 * expression anchored at the scan position (sticky). Windows-1251, 1253 and
 * 1257 readings of `’“”–` start with `вЂ`, `β€`, `ā€`; MacRoman readings of
 * accented letters start with `√` or `‚Ä`; `Ã`/`Â` before a space are a
 * no-break space or `à` whose second byte was turned into a space.
 */
const signatures: readonly RegExp[] = [
  /[ÂÃÎÐ][€Šš¢£Ÿž®©°»¡«¿΄΅‘‚“„•‹\uf8ff˝”›™]/y,
  // `Ã` and a Windows-1252 character of bytes 0x80–0x9F: an upper-case letter of Latin-1 (`Ãœ` is `Ü`).
  /Ã[\u0080-\u009f€‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘“”•–—˜™š›œ\u009džŸ]/y,
  // `√` and a MacRoman character of bytes 0x80–0xBF: a letter of Latin-1 (`√ü` is `ß`); not `√π`.
  /√[ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ±≤≥¥µ∂ªºæø]/y,
  /×[²³]/y,
  /[ØÙ][\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019¢£¥₧€¦¤¨¬¯¶§¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№¡«¿©΄΅‘‚“„•‹\uf8ffŸŠ®°»][ØÙ][\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019¢£¥₧€¦¤¨¬¯¶§¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№¡«¿©΄΅‘‚“„•‹\uf8ffŸŠ®°»]/y,
  /à[²µ¹¼½¾]/y,
  /≈[°¢]/y,
  /‚Ä[ìîïòôúùû†°¢π]/y,
  /‚[âó][àä°ê]/y,
  /вЂ/y,
  /[ВГРС][\u0080-\u009f¦¤¨¬¯¶§¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº¡«¿©΄΅‘‚“„•‹\uf8ff®»˝”›™¢£¥₧€°µ][ВГРС]/y,
  /ГўВЂВ.[A-Za-z ]/y,
  /Ã[\u00a0¡]/y,
  /[a-z]\s?[ÃÂ] /y,
  /[a-z.,?!®»˝”›™]Â[ \u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019]/y,
  /β€[™\u00a0Ά\u00ad®°]/y,
  /[ΒΓΞΟ][\u0080-\u009f¦¤¨¬¯¶§¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº¡«¿©΄΅‘‚“„•‹\uf8ff®»˝”›™¢£¥₧€°][ΒΓΞΟ]/y,
  /ā€/y,
]

/** Characters that can start a signature: a quick filter before trying the expressions. */
const signatureStarts = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('ÂÃÎÐ×ØÙà√≈‚вВГРСβΒΓΞΟāabcdefghijklmnopqrstuvwxyz.,?!®»˝”›™'))

/**
 * Count the places in `text` where a sequence of characters is unlikely in
 * real writing and likely in mojibake. Zero for ASCII and for ordinary text
 * in any script; each suspicious position counts once. Linear in the length.
 *
 * @param text Any text.
 * @returns The number of suspicious positions.
 */
export function mojibakeBadness(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    if (isCandidate(text, index) && matchesAt(text, index, text.charCodeAt(index))) count++
  }
  return count
}

/**
 * True when `text` has at least one suspicious sequence (see {@link mojibakeBadness}).
 *
 * @param text Any text.
 */
export function looksLikeMojibake(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (isCandidate(text, index) && matchesAt(text, index, text.charCodeAt(index))) return true
  }
  return false
}

/** Whether a sequence can start at `index`: any non-ASCII character, or ASCII right before `Ã`/`Â`. */
function isCandidate(text: string, index: number): boolean {
  if (text.charCodeAt(index) >= 0x80) return true
  const next = text.charCodeAt(index + 1)
  if (next === 0xc3 || next === 0xc2) return true
  const after = text.charCodeAt(index + 2)
  return isSpace(next) && (after === 0xc3 || after === 0xc2)
}

function matchesAt(text: string, index: number, code: number): boolean {
  const first = classOf(code)
  const nextCode = text.charCodeAt(index + 1)
  const second = Number.isNaN(nextCode) ? 0 : classOf(nextCode)
  if (first & C1) return true
  if (first !== 0 && second !== 0) {
    for (const [a, b] of pairs) if (first & a && second & b) return true
    const thirdCode = text.charCodeAt(index + 2)
    const third = Number.isNaN(thirdCode) ? 0 : classOf(thirdCode)
    for (const [a, b, c] of triples) if (first & a && second & b && third & c) return true
    // An accented letter and a quote or mark glued to a letter or digit after it: `Ã©t`, `Ã¨me`.
    if (first & (LOWER_ACCENTED | UPPER_ACCENTED) && second & (OPEN | CLOSE) && isWordChar(text[index + 2])) return true
    if (first & UPPER_ACCENTED && nextCode === 0xb0) return true
  }
  // Three-character sequences whose first character is ASCII, judged from their middle one.
  const previous = index > 0 ? text.charCodeAt(index - 1) : -1
  if (first & (UPPER_COMMON | LOWER_COMMON) && isAsciiLetter(previous) && second & RARE) return true
  if (first & UPPER_ACCENTED && isSpace(previous) && second & CURRENCY) return true
  if (first & UPPER_ACCENTED && isAsciiLower(previous) && second & (OPEN | CURRENCY)) return true
  // MacRoman reads Cyrillic as dashes alternating with accented letters and symbols (`–ê–∫`).
  if ((code === 0x2013 || code === 0x2014) && macRomanContinuation.has(nextCode)) {
    const after = text.charCodeAt(index + 2)
    if (after === 0x2013 || after === 0x2014) return true
  }
  // Windows-1251 reads Latin-1 letters as a Cyrillic capital glued into a Latin word (`vГЈo`, `sГ©rie`).
  if (windows1251Leads.has(code) && isAsciiLetter(previous) && windows1251Continuation.has(nextCode)) return true
  if ((code === 0x413 || code === 0x412) && windows1251Symbols.has(nextCode)) return true
  // KOI8-R reads UTF-8 as lower-case Cyrillic glued to box drawing (`ц╘`).
  if (koi8Leads.has(code) && koi8Drawing.has(nextCode)) return true
  // `œ` not followed by a Latin letter (`Å“` is the reading of `œ`'s neighbours, not the ligature in `cœur`).
  if ((code === 0x152 || code === 0x153) && !isAsciiLetter(nextCode)) return true
  // `Â`, `Ã`, `Î`, `Ð` before a space-like mark, unless it ends a capitalised word before a no-break space (`MISUTÂ\u00a0AJIKKO`).
  if ((code === 0xc2 || code === 0xc3 || code === 0xce || code === 0xd0) && (classOf(nextCode) & COMMON) !== 0 && nextCode !== 0x2019) {
    if (nextCode !== 0xa0 || !/\p{Lu}/u.test(text[index - 1] ?? '')) return true
  }
  // `Ã` or `Â` opening the text before a space: a lost no-break space or `à`.
  if (index === 0 && (code === 0xc3 || code === 0xc2) && nextCode === 0x20) return true
  if (signatureStarts.has(text[index]!)) {
    for (const pattern of signatures) {
      pattern.lastIndex = index
      if (pattern.test(text)) return true
    }
  }
  return false
}

/** Scripts told apart by {@link countScriptSwitches}; Han, kana and Hangul count as one (they mix in CJK text). */
const scriptPatterns: ReadonlyArray<readonly [string, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
]

function scriptOf(char: string): string {
  for (const [name, pattern] of scriptPatterns) if (pattern.test(char)) return name
  // Any other script: its 128-character block stands in for it.
  return `block ${char.codePointAt(0)! >> 7}`
}

const letterPattern = /\p{L}/u

/**
 * Count places where a word switches script between two adjacent letters
 * (`ãĉ€㢀`: Latin beside CJK). Real words stay in one script; a wrong
 * decoding of mojibake scatters letters of unrelated scripts. Used to compare
 * a candidate decoding with the text, never as evidence of mojibake by itself
 * (`SENSЕ` with a Cyrillic `Е` is a typo, not mojibake).
 *
 * @param text Any text.
 * @returns The number of script switches inside words.
 */
export function countScriptSwitches(text: string): number {
  let count = 0
  let previous: string | undefined
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 && !/[A-Za-z]/.test(char)) {
      previous = undefined
      continue
    }
    if (!letterPattern.test(char)) {
      previous = undefined
      continue
    }
    const script = scriptOf(char)
    if (previous !== undefined && previous !== script) count++
    previous = script
  }
  return count
}
