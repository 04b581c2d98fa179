import {describe, expect, it} from '@jest/globals'
import {foldText} from '../normalize/normalize-text'
import {tokenizeWords} from '../normalize/tokenize-words'
import {foldShape, foldWordwise, generalFold, lowercaseFold, wordwiseFold} from './fold-shape'

/** Random strings over an alphabet dense in what the fold treats specially. */
function randomTexts(alphabet: readonly string[], count: number, seed: number): string[] {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000
  return Array.from({length: count}, () => {
    let text = ''
    for (let length = Math.floor(next() * 16); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)]
    return text
  })
}

const alphabet = [
  'a', 'B', 'z', '1', '9', ' ', ' ', '  ', '\n', '\t', "'", '-', '.', ',', '"', '#', '_', '(', '&', ';', '`', 'quot;', '&amp;',
  '\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u2010', '\u2011', '\u00A0', '\u00C9', '\u00E9', '\u00DF', '\u00D7',
  '\u00AA', 'e\u0301', '\u0130', '\uFB01', '\u200B', '\u2026', '\u03A3', '\uD83D\uDE00', '\u00BD',
]
/** Only what a text of the wordwise shape may hold (so most of these texts have it), the dashes and quotes that fold to joiners among them. */
const wordwiseAlphabet = ['a', 'B', '1', ' ', '  ', '\n', "'", '-', '.', ',', '\u2018', '\u2019', '\u201C', '\u2013', '\u2014', '\u00A0', '\u00C9', '\u00E9']
const texts = [...randomTexts(alphabet, 20_000, 11), ...randomTexts(wordwiseAlphabet, 20_000, 13)]

describe('foldShape', () => {
  it.each([
    ['The US embassy in Baghdad.', lowercaseFold],
    [' Leading space', wordwiseFold],
    ['Two  spaces', wordwiseFold],
    ['A line\nbreak', wordwiseFold],
    ['The crowd’s “anger”, in Baghdad – again', wordwiseFold],
    ['Café Société', wordwiseFold],
    ['From 2010–2014', generalFold],
    ['rock‘n’roll', generalFold],
    ['Tom &amp; Jerry', generalFold],
    ['quot;Hello', generalFold],
    ['Ελλάδα', generalFold],
  ])('reads %j as shape %j', (text, shape) => {
    expect(foldShape(text)).toBe(shape)
  })

  it('folds a lowercase-shaped text to its lowercase', () => {
    const lowercase = texts.filter((text) => foldShape(text) === lowercaseFold)
    expect(lowercase.length).toBeGreaterThan(100)
    expect(lowercase.filter((text) => foldText(text) !== text.toLowerCase())).toEqual([])
  })

  it('keeps the words of a text not of the general shape: the words of its fold are its folded words', () => {
    const wordwise = texts.filter((text) => foldShape(text) !== generalFold)
    expect(wordwise.length).toBeGreaterThan(1000)
    const wordsOf = (text: string) => tokenizeWords(text).map((word) => word.text)
    expect(wordwise.filter((text) => wordsOf(foldText(text)).join('|') !== wordsOf(text).map(foldText).join('|'))).toEqual([])
  })
})

describe('foldWordwise', () => {
  it('folds every text as foldText does', () => {
    expect(texts.filter((text) => foldWordwise(text) !== foldText(text))).toEqual([])
    expect(foldWordwise('Ünd  ’Quoted’ – “text”\u00A0')).toBe('ünd \'quoted\' - "text"')
  })
})
