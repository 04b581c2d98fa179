import {lookupHtmlEntity} from './html-entity-table'
import {isAsciiAlnum, isLatinSpace} from './char-codes'

/**
 * The named references recognised even when their ampersand is lost
 * (`quot;`, `rsquo;`) or spaced out (`& quot;`): the ones that turn up in
 * scraped and machine-translated news text. Deliberately short: the whole
 * HTML table (`lookupHtmlEntity`, over 2,000 names) would decode words that
 * merely look like entities once the ampersand is gone (`not;`, `part;`,
 * `image;`). With their ampersand and semicolon, every name of the table is
 * recognised. Only the names are listed: each stands for what the HTML
 * table gives it (`zwsp`, which it lacks, for U+200B).
 */
export const residueEntityNames: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'quot amp lt gt apos nbsp ensp emsp thinsp zwsp zwnj zwj shy lsquo rsquo sbquo ldquo rdquo bdquo ' +
    'laquo raquo lsaquo rsaquo prime Prime ndash mdash minus hellip bull middot copy reg trade deg sect ' +
    'para times divide plusmn frac12 frac14 frac34 euro pound cent yen iexcl iquest acute aacute Aacute ' +
    'agrave Agrave acirc auml Auml aring atilde ccedil Ccedil eacute Eacute egrave Egrave ecirc euml ' +
    'iacute Iacute igrave icirc iuml ntilde Ntilde oacute Oacute ograve ocirc ouml Ouml otilde oslash ' +
    'uacute Uacute ugrave ucirc uuml Uuml yacute szlig Aring aelig AElig Oslash yuml ordf ordm dagger'
  ).split(' '),
)

/** The one residue name the HTML table lacks: `zwsp;` (no `&zwsp;` in the standard) is read as the zero-width space. */
const residueOutsideHtml: Readonly<Record<string, string>> = {zwsp: '\u200B'}

/**
 * Entity names that are also English words or abbreviations (`the times;`,
 * `it is acute;`). Without their ampersand they are read as residue only when
 * glued to the text before them (`America,amp;`), never when they stand after
 * a space or at the start.
 */
export const entityNamesThatAreWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'amp', 'copy', 'reg', 'deg', 'pound', 'yen', 'cent', 'sect', 'para', 'times', 'minus', 'bull', 'prime', 'dagger', 'shy', 'acute',
  'divide', 'trade', 'euro', 'middot', 'ensp', 'emsp',
])

/**
 * Names still recognised when the semicolon is missing (`&quot` before a
 * non-letter), as browsers do for the legacy references that matter here.
 * Browsers accept about a hundred such names; the rest (`&not`, `&copy`,
 * `&times`) are left alone, because in prose they are words after an
 * ampersand (`this&not that`, `AT&T`), not references.
 */
export const legacyEntityNames: ReadonlySet<string> = /* @__PURE__ */ new Set(['quot', 'amp', 'lt', 'gt', 'apos', 'nbsp'])

/**
 * Windows-1252 characters for the C1 range: `&#146;` means `’` in practice,
 * because pages in that code page were encoded by number.
 */
const windows1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
}

/**
 * The character of a numeric reference body (`39`, `x27`, `X27`), as the
 * HTML standard decodes it: 0, surrogates and numbers past U+10FFFF give
 * U+FFFD; 0x80–0x9F are read as the Windows-1252 characters of those bytes.
 *
 * @param body The digits after `#`, with the `x` of a hexadecimal reference.
 * @returns The character (U+FFFD for a number that names none).
 */
export function decodeNumericReference(body: string): string {
  const hex = body.charCodeAt(0) === 0x78 || body.charCodeAt(0) === 0x58
  const digits = (hex ? body.slice(1) : body).replace(/^0+(?=.)/, '')
  // More digits than any code point has: past U+10FFFF whatever they say (and past what parseInt keeps exact).
  if (digits.length > (hex ? 6 : 7)) return '\ufffd'
  const code = Number.parseInt(digits, hex ? 16 : 10)
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
  return String.fromCodePoint(windows1252[code] ?? code)
}

/** How an entity was found: intact, or damaged on the way. */
export type EntityForm = 'reference' | 'double-encoded' | 'no-semicolon' | 'no-ampersand' | 'spaced'

/** An HTML entity found in a text: where it is, what it stands for, and in what state. */
export interface EntityMatch {
  readonly start: number
  readonly end: number
  /** The characters it decodes to. */
  readonly value: string
  readonly form: EntityForm
}

const ampersandPattern = /&((?:amp;){0,4})(#[0-9]{1,64}|#[xX][0-9a-fA-F]{1,64}|[A-Za-z][A-Za-z0-9]{0,31})(;?)/y
const spacedPattern = /&[ \t]*(#[ \t]*[0-9]{1,7}|#[ \t]*[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8})[ \t]*;/y
const bareNumericPattern = /#([0-9]{2,7}|[xX][0-9a-fA-F]{2,6});/y
const bareNamedPattern = /((?:amp;){0,4})([A-Za-z][A-Za-z0-9]{1,30});/y
const wordCharPattern = /[\p{L}\p{N}_]/u


/** True when a residue at `[start, end)` touches its neighbours, as residue does (`America,quot;`, `AT amp;T`). */
function isGlued(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20
  return !isLatinSpace(before) || (end < text.length && wordCharPattern.test(text[end]!))
}

/**
 * Recognise the HTML entity that starts at `index`, if one does. The one
 * scanner behind both `normalizeText` and the entity-residue detector.
 *
 * - `&name;` for every name of the HTML table, and `&#…;` / `&#x…;`
 *   (`reference`); one entity decodes one layer: `&amp;amp;` is `&amp;`.
 * - `&amp;` chains before another entity (`&amp;quot;`, `&amp;amp;#39;`)
 *   decode to that entity's character (`double-encoded`), unless it stands
 *   for `&` itself (`&amp;#38;` stays `&#38;`).
 * - Without the semicolon (`no-semicolon`): numbers not followed by a letter
 *   or digit, and only `quot amp lt gt apos nbsp` not followed by `=` (URL
 *   queries such as `&copy=`), so `AT&T` and `this&not that` stay prose.
 * - Without the ampersand (`no-ampersand`): `#39;` after a non-space that is
 *   not a digit (`Lot #39;` stays), and the short list of
 *   {@link residueEntityNames} when not the tail of a word (`aliquot;`, `camp;`
 *   stay); names that are English words (`times;`) only glued to their
 *   neighbours.
 * - Spaced out (`spaced`): `& # 39;`, `& quot;`.
 * - Nothing right after another entity or a semicolon is read as residue
 *   (`&#38;#38;` is `&#38;`, not `&&`): pass `afterEntity`.
 *
 * @param text Any text.
 * @param index Where to look.
 * @param afterEntity True when an entity ends at `index`.
 * @returns The entity, or `undefined`.
 */
export function matchEntityAt(text: string, index: number, afterEntity = false): EntityMatch | undefined {
  const code = text.charCodeAt(index)
  if (code === 38) return matchAmpersand(text, index)
  if (afterEntity) return undefined
  if (code === 35) {
    const before = index > 0 ? text.charCodeAt(index - 1) : 0x20
    if (isLatinSpace(before) || (before >= 48 && before <= 57) || before === 38 || before === 59) return undefined
    bareNumericPattern.lastIndex = index
    const match = bareNumericPattern.exec(text)
    if (!match) return undefined
    const value = decodeNumericReference(match[1]!)
    return value === '\ufffd' ? undefined : {start: index, end: index + match[0].length, value, form: 'no-ampersand'}
  }
  if (!isAsciiAlnum(code) || code <= 57) return undefined
  // Not the tail of a word, and not the rest of a chain after a `;` (`&amp;amp;amp;` is `&amp;amp;`).
  if (index > 0 && (wordCharPattern.test(text[index - 1]!) || text.charCodeAt(index - 1) === 38 || text.charCodeAt(index - 1) === 59)) return undefined
  bareNamedPattern.lastIndex = index
  const match = bareNamedPattern.exec(text)
  if (!match) return undefined
  const name = match[2]!
  if (!residueEntityNames.has(name)) return undefined
  const end = index + match[0].length
  if (entityNamesThatAreWords.has(name) && !isGlued(text, index, end)) return undefined
  const value = lookupHtmlEntity(name) ?? residueOutsideHtml[name]!
  // `amp;amp;`: one layer, as with the ampersand.
  if (match[1] !== '' && value === '&') return {start: index, end: index + 4, value: '&', form: 'no-ampersand'}
  return {start: index, end, value, form: 'no-ampersand'}
}

function matchAmpersand(text: string, index: number): EntityMatch | undefined {
  ampersandPattern.lastIndex = index
  const match = ampersandPattern.exec(text)
  if (match) {
    const layers = match[1]!
    const body = match[2]!
    const semicolon = match[3] === ';'
    const end = index + match[0].length
    let value: string | undefined
    if (body.charCodeAt(0) === 35) {
      if (semicolon || !isAsciiAlnum(text.charCodeAt(end))) value = decodeNumericReference(body.slice(1))
    } else if (semicolon) {
      value = lookupHtmlEntity(body)
    } else if (legacyEntityNames.has(body) && text.charCodeAt(end) !== 61) {
      value = lookupHtmlEntity(body)
    }
    if (value !== undefined) {
      // `&amp;amp;`, `&amp;#38;`: the inner entity is an ampersand too, so decode one layer only.
      if (layers !== '' && value === '&') return {start: index, end: index + 5, value: '&', form: 'reference'}
      return {start: index, end, value, form: layers !== '' ? 'double-encoded' : semicolon ? 'reference' : 'no-semicolon'}
    }
    // `&amp;` followed by something that is no entity: the `&amp;` alone.
    if (layers !== '') return {start: index, end: index + 5, value: '&', form: 'reference'}
  }
  spacedPattern.lastIndex = index
  const spaced = spacedPattern.exec(text)
  if (!spaced || !/[ \t]/.test(spaced[0])) return undefined
  const body = spaced[1]!.replace(/[ \t]/g, '')
  let value: string | undefined
  if (body.charCodeAt(0) === 35) value = decodeNumericReference(body.slice(1))
  else if (residueEntityNames.has(body) && (!entityNamesThatAreWords.has(body) || body === 'amp')) value = lookupHtmlEntity(body) ?? residueOutsideHtml[body]
  if (value === undefined || value === '\ufffd') return undefined
  return {start: index, end: index + spaced[0].length, value, form: 'spaced'}
}

/** Where `character` next occurs in `text` from `from`, or the text's length. */
function indexOrEnd(text: string, character: string, from: number): number {
  const found = text.indexOf(character, from)
  return found === -1 ? text.length : found
}

/**
 * The farthest a semicolon ends an entity without its ampersand from the
 * entity's start: four `amp;` layers and a name of 31 characters
 * (`bareNamedPattern`); a bare numeric one (`#x10FFFF;`) is shorter.
 */
const maxBareReach = 4 * 4 + 31

/**
 * Every HTML entity of a text, in order, not overlapping (see {@link matchEntityAt}).
 * One pass; linear in the length of the text.
 *
 * @param text Any text.
 * @returns The entities found.
 */
export function findEntities(text: string): EntityMatch[] {
  const found: EntityMatch[] = []
  if (!/[&;]/.test(text)) return found
  const mayHaveBare = text.includes(';')
  let lastEnd = -1
  let index = 0
  // The next `&` and `;` at or after `index` (the text's length for none): an entity without its ampersand ends
  // in a semicolon at most `maxBareReach` code units after its start, so the stretches with neither are skipped.
  const length = text.length
  let nextAmpersand = indexOrEnd(text, '&', 0)
  let nextSemicolon = indexOrEnd(text, ';', 0)
  while (index < length) {
    if (nextAmpersand < index) nextAmpersand = indexOrEnd(text, '&', index)
    if (nextSemicolon < index) nextSemicolon = indexOrEnd(text, ';', index)
    const reach = nextSemicolon - maxBareReach
    if (index < nextAmpersand && index < reach) {
      index = nextAmpersand < reach ? nextAmpersand : reach
      continue
    }
    const code = text.charCodeAt(index)
    if (code === 38 || (mayHaveBare && (code === 35 || (isAsciiAlnum(code) && code > 57)))) {
      const entity = matchEntityAt(text, index, index === lastEnd)
      if (entity) {
        found.push(entity)
        index = lastEnd = entity.end
        continue
      }
    }
    index++
  }
  return found
}
