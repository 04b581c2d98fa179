import {lookupTable} from '../lookup-table'

/**
 * The named HTML character references that turn up in scraped and
 * machine-translated news text, with the characters they stand for.
 * Deliberately short: a full HTML5 table (over 2,000 names) would decode
 * words that merely look like entities once the ampersand is gone.
 */
export const namedEntities: Readonly<Record<string, string>> = lookupTable({
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200B',
  zwnj: '\u200C',
  zwj: '\u200D',
  shy: '\u00AD',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
  prime: '\u2032',
  Prime: '\u2033',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00B7',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  deg: '\u00B0',
  sect: '\u00A7',
  para: '\u00B6',
  times: '\u00D7',
  divide: '\u00F7',
  plusmn: '\u00B1',
  frac12: '\u00BD',
  frac14: '\u00BC',
  frac34: '\u00BE',
  euro: '\u20AC',
  pound: '\u00A3',
  cent: '\u00A2',
  yen: '\u00A5',
  iexcl: '\u00A1',
  iquest: '\u00BF',
  acute: '\u00B4',
  aacute: '\u00E1',
  Aacute: '\u00C1',
  agrave: '\u00E0',
  Agrave: '\u00C0',
  acirc: '\u00E2',
  auml: '\u00E4',
  Auml: '\u00C4',
  aring: '\u00E5',
  atilde: '\u00E3',
  ccedil: '\u00E7',
  Ccedil: '\u00C7',
  eacute: '\u00E9',
  Eacute: '\u00C9',
  egrave: '\u00E8',
  Egrave: '\u00C8',
  ecirc: '\u00EA',
  euml: '\u00EB',
  iacute: '\u00ED',
  Iacute: '\u00CD',
  igrave: '\u00EC',
  icirc: '\u00EE',
  iuml: '\u00EF',
  ntilde: '\u00F1',
  Ntilde: '\u00D1',
  oacute: '\u00F3',
  Oacute: '\u00D3',
  ograve: '\u00F2',
  ocirc: '\u00F4',
  ouml: '\u00F6',
  Ouml: '\u00D6',
  otilde: '\u00F5',
  oslash: '\u00F8',
  uacute: '\u00FA',
  Uacute: '\u00DA',
  ugrave: '\u00F9',
  ucirc: '\u00FB',
  uuml: '\u00FC',
  Uuml: '\u00DC',
  yacute: '\u00FD',
  szlig: '\u00DF',
  Aring: '\u00C5',
  aelig: '\u00E6',
  AElig: '\u00C6',
  Oslash: '\u00D8',
  yuml: '\u00FF',
  ordf: '\u00AA',
  ordm: '\u00BA',
  dagger: '\u2020',
})

/**
 * Entity names that are also English words or abbreviations (`the times;`,
 * `it is acute;`). Without their ampersand they are read as residue only when
 * glued to the text before them (`America,amp;`), never when they stand after
 * a space or at the start.
 */
export const entityNamesThatAreWords: ReadonlySet<string> = new Set([
  'amp', 'copy', 'reg', 'deg', 'pound', 'yen', 'cent', 'sect', 'para', 'times', 'minus', 'bull', 'prime', 'dagger', 'shy', 'acute',
  'divide', 'trade', 'euro', 'middot', 'ensp', 'emsp',
])

/**
 * Names still recognised when the semicolon is missing (`&quot` before a
 * non-letter), as browsers do for the legacy references that matter here.
 */
export const legacyEntityNames: ReadonlySet<string> = new Set(['quot', 'amp', 'lt', 'gt', 'apos', 'nbsp'])

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
 * The character of a numeric reference body (`39`, `x27`, `X27`), or
 * `undefined` when it names no character (0, surrogates, beyond U+10FFFF).
 *
 * @param body The digits after `#`, with the `x` of a hexadecimal reference.
 */
export function decodeNumericReference(body: string): string | undefined {
  const hex = body.charCodeAt(0) === 0x78 || body.charCodeAt(0) === 0x58
  const code = Number.parseInt(hex ? body.slice(1) : body, hex ? 16 : 10)
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return String.fromCodePoint(windows1252[code] ?? code)
}
