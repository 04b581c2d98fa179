import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {defaultNormalizeOptions, foldText, normalizeText, toOriginalSpan} from './normalize-text'
import type {NormalizeOptions, NormalizedText} from './normalize-text'

/** The invariants every result keeps, whatever the input. */
function expectValidMap(original: string, normalized: NormalizedText): void {
  expect(normalized.offsets).toHaveLength(normalized.text.length + 1)
  expect(normalized.offsets[normalized.text.length]).toBe(original.length)
  for (let i = 0; i < normalized.offsets.length; i++) {
    const offset = normalized.offsets[i] ?? -1
    expect(Number.isInteger(offset)).toBe(true)
    expect(offset).toBeGreaterThanOrEqual(i === 0 ? 0 : (normalized.offsets[i - 1] ?? 0))
    expect(offset).toBeLessThanOrEqual(original.length)
  }
}

describe('normalizeText', () => {
  it.each([
    ['folds curly double quotes', 'She said “no”', 'she said "no"'],
    ['folds low and angle quotes', '„ja“ «oui» ‹si›', '"ja" "oui" \'si\''],
    ['folds apostrophes and primes', 'week’s ‘x’ ʼa `b´ 5′', "week's 'x' 'a 'b' 5'"],
    ['folds dashes and minus', 'a‐b‑c‒d–e—f―g−h', 'a-b-c-d-e-f-g-h'],
    ['folds an ellipsis', 'wait… what', 'wait... what'],
    ['decodes named entities', '&quot;a&quot; &amp; &lt;b&gt; it&apos;s', '"a" & <b> it\'s'],
    ['decodes typographic entities', '&ldquo;x&rdquo; &lsquo;y&rsquo; 1&ndash;2&mdash;3&hellip;', '"x" \'y\' 1-2-3...'],
    ['decodes symbol entities', '&copy; &reg; &trade;', '© ® tm'],
    ['decodes decimal references', 'don&#39;t &#8220;x&#8221;', 'don\'t "x"'],
    ['decodes hexadecimal references', 'don&#x27;t &#X2019;', "don't '"],
    ['reads C1 references as Windows-1252', 'it&#146;s', "it's"],
    ['decodes quot; residue without ampersand', 'America,quot; and', 'america," and'],
    ['decodes rdquo; residue without ampersand', 'end.rdquo; Then', 'end." then'],
    ['decodes numeric residue without ampersand', 'America#39;s', "america's"],
    ['decodes an entity without semicolon before a non-letter', 'a &quot b', 'a " b'],
    ['decodes double-encoded entities', '&amp;quot;x&amp;quot; &amp;amp;quot;', '"x" "'],
    ['decodes double-encoded numeric references', 'don&amp;#39;t', "don't"],
    ['decodes double-encoded residue', 'x,amp;quot; y', 'x," y'],
    ['decodes &nbsp; into a collapsed space', 'a&nbsp;&nbsp;b', 'a b'],
    ['keeps quota; as a word', 'the monthly quota; the rest', 'the monthly quota; the rest'],
    ['keeps aliquot; as a word', 'an aliquot; frozen', 'an aliquot; frozen'],
    ['keeps camp; as a word', 'the camp; then', 'the camp; then'],
    ['keeps an entity name that is a word after a space', 'read the times; the shortage is acute; then', 'read the times; the shortage is acute; then'],
    ['decodes a word-like entity name glued to the text before it', 'AT,amp;T', 'at,&t'],
    ['keeps AT&T', 'AT&T fell', 'at&t fell'],
    ['keeps Q&A', 'a Q&A session', 'a q&a session'],
    ['keeps Lot #39;', 'Lot #39; sold', 'lot #39; sold'],
    ['keeps an unknown name without semicolon', '&quotation x', '&quotation x'],
    ['keeps &copy= in a URL', 'a.php?x=1&copy=2', 'a.php?x=1&copy=2'],
    ['decodes a numeric reference to nothing as U+FFFD, as HTML does', '&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
    ['collapses whitespace runs', 'a \t\n\u00A0\u2003 b', 'a b'],
    ['trims both ends', '  \n a b \u00A0', 'a b'],
    ['removes zero-width characters', 'a\u200Bb\u200Dc\uFEFFd\u2060e\u00ADf', 'abcdef'],
    ['folds ligatures', 'ﬁnal ﬂow', 'final flow'],
    ['folds fullwidth forms', 'ＡＢＣ１２３！', 'abc123!'],
    ['composes a letter and its combining mark', 'Cafe\u0301 cafè', 'café cafè'],
    ['lowercases non-ASCII letters', 'ÉCOLE ŁÓDŹ', 'école łódź'],
    ['lowercases dotted capital I to two code units', 'İstanbul', 'i\u0307stanbul'],
    ['folds final sigma', 'ΛΟΓΟΣ λογος', 'λογοσ λογοσ'],
    ['keeps astral characters', 'a 😀 b 𝐀', 'a 😀 b a'],
    ['returns an empty text for whitespace only', ' \n\t ', ''],
    ['returns an empty text for empty input', '', ''],
  ])('%s', (_title, input, expected) => {
    const normalized = normalizeText(input)
    expect(normalized.text).toBe(expected)
    expectValidMap(input, normalized)
  })

  it.each<[string, NormalizeOptions, string, string]>([
    ['caseFold: false keeps case', {caseFold: false}, 'The “US”', 'The "US"'],
    ['foldPunctuation: false keeps quotes and dashes', {foldPunctuation: false}, '“A”–B', '“a”–b'],
    ['decodeEntities: false keeps entities', {decodeEntities: false}, '&quot;x quot;', '&quot;x quot;'],
    ['collapseWhitespace: false keeps whitespace', {collapseWhitespace: false}, ' a \n b', ' a \n b'],
    ['foldCompatibility: false keeps ligatures', {foldCompatibility: false}, 'ﬁ', 'ﬁ'],
    [
      'all folds off returns the text unchanged',
      {caseFold: false, foldPunctuation: false, decodeEntities: false, collapseWhitespace: false, foldCompatibility: false},
      ' Ab “c” &amp; ﬁ\u200B ',
      ' Ab “c” &amp; ﬁ\u200B ',
    ],
  ])('%s', (_title, options, input, expected) => {
    const normalized = normalizeText(input, options)
    expect(normalized.text).toBe(expected)
    expectValidMap(input, normalized)
  })

  it('maps every code unit to its original character', () => {
    const input = 'Say &quot;hi&quot;  ﬁ İ'
    const normalized = normalizeText(input)
    expect(normalized.text).toBe('say "hi" fi i\u0307')
    expect(normalized.offsets).toEqual([0, 1, 2, 3, 4, 10, 11, 12, 18, 20, 20, 21, 22, 22, 23])
  })

  it('keeps identity offsets for text it does not change', () => {
    const input = 'plain words'
    expect(normalizeText(input).offsets).toEqual([...Array(input.length + 1).keys()])
  })

  it('exports its defaults', () => {
    expect(defaultNormalizeOptions).toEqual({
      caseFold: true,
      foldPunctuation: true,
      decodeEntities: true,
      collapseWhitespace: true,
      foldCompatibility: true,
    })
  })

  it.each([
    [null, 'Expected `options` to be an object, not `null`'],
    [{caseFold: 'yes'}, 'Expected `caseFold` to be a boolean, not `yes`'],
    [{decodeEntity: true}, 'not `decodeEntity`'],
  ])('throws on bad options %j', (options, message) => {
    expect(() => normalizeText('x', options as unknown as NormalizeOptions)).toThrow(message)
  })

  it('throws when the text is not a string', () => {
    expect(() => normalizeText(42 as unknown as string)).toThrow('Expected `text` to be a string, not `42`')
  })

  it('never throws and keeps a valid map on arbitrary UTF-16 and Unicode text', () => {
    const inputs = fc.oneof(
      fc.string({unit: 'binary'}),
      fc.string({unit: 'grapheme'}),
      fc.string({unit: fc.constantFrom('&', 'amp;', 'quot;', '#39;', ';', ' ', '\u200B', 'ﬁ', 'İ', '“', 'a', 'Q', '\u0301')}),
    )
    fc.assert(
      fc.property(inputs, fc.boolean(), fc.boolean(), (input, caseFold, decodeEntities) => {
        const normalized = normalizeText(input, {caseFold, decodeEntities})
        expectValidMap(input, normalized)
      }),
      {numRuns: 300},
    )
  })
})

describe('toOriginalSpan', () => {
  it.each([
    ['a word after a collapsed run', 'one   two', 4, 7, 'two'],
    ['a decoded entity', 'a &quot;b&quot;', 2, 5, '&quot;b&quot;'],
    ['a residue entity', 'America,quot; and', 8, 9, 'quot;'],
    ['the first letter of a ligature', 'ﬁne', 0, 1, 'ﬁ'],
    ['the second letter of a ligature', 'ﬁne', 1, 2, 'ﬁ'],
    ['a lowercased dotted I', 'İx', 0, 1, 'İ'],
    ['the whole text', '  “Hi” ', 0, 4, '“Hi” '],
    ['an empty range', 'abc', 1, 1, ''],
  ])('maps %s back', (_title, input, start, end, expected) => {
    const normalized = normalizeText(input)
    const span = toOriginalSpan(normalized, start, end)
    expect(input.slice(span.start, span.end)).toBe(expected)
  })

  it('covers every normalized range of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme-composite'}), fc.nat(), fc.nat(), (input, a, b) => {
        const normalized = normalizeText(input)
        const length = normalized.text.length
        const start = Math.min(a, b) % (length + 1)
        const end = start + (Math.max(a, b) % (length - start + 1))
        const span = toOriginalSpan(normalized, start, end)
        expect(span.start).toBeGreaterThanOrEqual(0)
        expect(span.end).toBeGreaterThanOrEqual(span.start)
        expect(span.end).toBeLessThanOrEqual(input.length)
        // Normalizing the covered original gives back at least the range's letters and digits.
        const covered = normalizeText(input.slice(span.start, span.end)).text.replace(/[^\p{L}\p{N}]/gu, '')
        const range = normalized.text.slice(start, end).replace(/[^\p{L}\p{N}]/gu, '')
        expect(covered.includes(range)).toBe(true)
      }),
      {numRuns: 300},
    )
  })

  it.each([
    [-1, 0, 'Expected `start` to be an integer in [0, 3], not `-1`'],
    [0, 4, 'Expected `end` to be an integer in [0, 3], not `4`'],
    [2, 1, 'Expected `end` to be an integer in [2, 3], not `1`'],
    [0.5, 1, 'Expected `start` to be an integer in [0, 3], not `0.5`'],
  ])('throws on start %j and end %j', (start, end, message) => {
    expect(() => toOriginalSpan(normalizeText('abc'), start, end)).toThrow(message)
  })
})

describe('foldText', () => {
  it('gives the text normalizeText gives, for any input', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        expect(foldText(text)).toBe(normalizeText(text).text)
      }),
      {numRuns: 300},
    )
  })
})
