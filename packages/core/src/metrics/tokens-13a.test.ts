import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {bleu13aTokens} from './tokens-13a'
import {bleuTokens} from './tokenize-bleu'

describe('bleu13aTokens', () => {
  it.each([
    ['Hello, world.', ['Hello', ',', 'world', '.']],
    ['It cost 3.5 million, or 1,200 each.', ['It', 'cost', '3.5', 'million', ',', 'or', '1,200', 'each', '.']],
    ['a.,5 and 3.,a', ['a', '.', ',5', 'and', '3', '.', ',', 'a']],
    ['1990-91 well-known', ['1990', '-', '91', 'well-known']],
    ['“Down, Down USA!”', ['“Down', ',', 'Down', 'USA', '!', '”']],
    ['AT&amp;T said &quot;no&quot;', ['AT', '&', 'T', 'said', '"', 'no', '"']],
    ['end-\nof line <skipped> here', ['endof', 'line', 'here']],
    ['', []],
    ['   ', []],
  ])('splits %j into %j', (text, expected) => {
    expect(bleu13aTokens(text)).toEqual(expected)
    expect(bleu13aTokens(text)).toEqual(bleuTokens(text))
  })

  it('gives the tokens of `bleuTokens` on any text', () => {
    // Digits, the punctuation 13a treats apart, Python-only whitespace, entities and surrogate pairs, densely mixed.
    const piece = fc.constantFrom('0', '7', '.', ',', '-', "'", 'a', 'Z', ' ', '\n', '-\n', '\u00a0', '\u001c', '\ufeff', '&', '&quot;', '&amp;', '<skipped>', '(', '$', '/', '~', '`', '😀', 'é')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}).map((pieces) => pieces.join('')), (text) => {
        expect(bleu13aTokens(text)).toEqual(bleuTokens(text))
      }),
      {numRuns: 5000},
    )
  })
})
