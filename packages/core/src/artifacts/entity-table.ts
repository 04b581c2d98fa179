/**
 * The named HTML entities that turn up in scraped and machine-translated
 * news, with the character each stands for. A deliberately short list: an
 * entity-shaped word outside it (`&T;`, `&copy=`) is left alone.
 */
export const namedEntities: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', minus: '−', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad',
  iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª', dagger: '†',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', yacute: 'ý',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò', ugrave: 'ù', Agrave: 'À', Egrave: 'È',
  acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û',
  auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', yuml: 'ÿ', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
  atilde: 'ã', otilde: 'õ', ntilde: 'ñ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç', szlig: 'ß',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø',
}

/**
 * Entity names that are also English words or abbreviations. Without their
 * ampersand (`amp;`, `cent;`) they count as residue only when glued to the
 * text around them, never when they stand alone between spaces.
 */
export const entityNamesThatAreWords: ReadonlySet<string> = new Set([
  'amp', 'copy', 'reg', 'deg', 'pound', 'yen', 'cent', 'sect', 'para', 'times', 'minus', 'bull', 'prime', 'dagger', 'shy',
])

/**
 * Decode one entity body (`quot`, `#39`, `#x2019`), or return `undefined`
 * when it names nothing this table knows or an invalid code point.
 *
 * @param body The part between `&` and `;`, without either.
 * @returns The decoded character, or `undefined`.
 */
export function decodeEntityBody(body: string): string | undefined {
  if (body[0] === '#') {
    const hex = body[1] === 'x' || body[1] === 'X'
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
    return String.fromCodePoint(code)
  }
  return Object.hasOwn(namedEntities, body) ? namedEntities[body] : undefined
}
