import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {normalizeText, toOriginalSpan} from '../normalize/normalize-text'
import {wordPatternSource} from '../normalize/tokenize-words'
import {StringIds} from '../string-ids'
import {TokenBuffer, tokenizeFolded} from './diff-tokens'

/** The word diff's tokens as the pattern defines them: words and single marks of the folded text, spans through `toOriginalSpan`. */
function patternTokens(text: string, offset: number) {
  const pattern = new RegExp(`${wordPatternSource}|[^\\s\\p{L}\\p{M}\\p{N}]`, 'gu')
  const normalized = normalizeText(text)
  return Array.from(normalized.text.matchAll(pattern), (match) => {
    const span = toOriginalSpan(normalized, match.index, match.index + match[0].length)
    return {start: span.start + offset, end: span.end + offset, folded: match[0]}
  })
}

function scannedTokens(text: string, offset: number) {
  const vocabulary = new StringIds()
  const tokens = new TokenBuffer()
  tokenizeFolded(text, offset, vocabulary, tokens)
  return Array.from({length: tokens.length}, (_, k) => ({start: tokens.starts[k]!, end: tokens.ends[k]!, folded: vocabulary.texts[tokens.ids[k]!]!}))
}

/** Pieces of text that exercise the fold and the word pattern: entities and their residue, joiners, marks, surrogates, dropped and wide characters. */
const piece = fc.constantFrom(
  'a', 'Z', 'é', 'e\u0301', '7', '1,2', 'U.S', '.', ',', ';', "'", '’', '‘', '-', '–', '—', '‐', '"', '“', '”', '…',
  ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u00ad', '\ufeff', '&quot;', 'quot;', '&amp;', '& # 39;', '&#39;', '&quot', 'amp;',
  'ﬁ', 'Ａ', '½', 'Σ', 'ς', 'İ', '😀', '𝐀', '\ud800', '\udc00', '\u0301', '#', '`', '´', 'ß', 'x',
)
const text = fc.array(piece, {maxLength: 30}).map((pieces) => pieces.join(''))

describe('tokenizeFolded', () => {
  it.each([
    ['The crowd tried to storm the embassy.', 0],
    ['chanted "death to America,quot; and', 12],
    ['Shouting “Down, Down USA!” — 1,200 of them', 3],
    ['ﬁne e\u0301te\u0301 😀 \ud800 end', 0],
  ])('finds the pattern’s tokens and spans in %j', (sample, offset) => {
    expect(scannedTokens(sample, offset)).toEqual(patternTokens(sample, offset))
  })

  it('finds the pattern’s tokens and spans in any text', () => {
    fc.assert(
      fc.property(text, fc.nat(1000), (sample, offset) => {
        expect(scannedTokens(sample, offset)).toEqual(patternTokens(sample, offset))
      }),
      {numRuns: 2000},
    )
  })

  it('gives equal ids to equal folded tokens only', () => {
    const vocabulary = new StringIds()
    const first = new TokenBuffer()
    const second = new TokenBuffer()
    tokenizeFolded('The “crowd” ran.', 0, vocabulary, first)
    tokenizeFolded('the "crowd" walked', 0, vocabulary, second)
    expect(Array.from(first.ids.subarray(0, first.length))).toEqual([0, 1, 2, 1, 3, 4])
    expect(Array.from(second.ids.subarray(0, second.length))).toEqual([0, 1, 2, 1, 5])
  })
})
