import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {WordVocabulary} from '../../analyze/document-words'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {lowercaseWordsOfText, lowercaseWordsOfWords} from './name-lowercase-words'

/** `lowercaseWordsOfWords` of a text split by `tokenizeWords`, its words given ids in `vocabulary`. */
function fromWords(text: string, vocabulary = new WordVocabulary()): Set<string> {
  const words = tokenizeWords(text, 0)
  const ids = Int32Array.from(words, (word) => vocabulary.idOf(word.text))
  return lowercaseWordsOfWords(text, words, ids, vocabulary)
}

const sorted = (words: Set<string>): string[] => [...words].sort()

describe('lowercaseWordsOfWords', () => {
  it.each([
    ['The Federal Executive Committee met the federal board.', ['board', 'federal', 'met', 'the']],
    ['The Iran-backed militia, Jean-pierre and O’neil', ['and', 'backed', 'militia', 'neil', 'pierre']],
    ["rock--roll and 'quoted' words, don't", ['and', "don't", "quoted'", 'rock--roll', 'words']],
    ['e.g. the U.S. and 5km, x2 and 3rd-party', ['and', 'e', 'g', 'party', 'the', 'x']],
    ['café cafe\u0301s naïve Ústí nad Labem', ['cafe', 'café', 'nad', 'naïve', 's']],
    ['𝐀bc and 𝑎bc, -dash- and ‐hyphen', ['and', 'dash-', 'hyphen', '𝑎bc']],
    ['', []],
  ])('in %j finds %j', (text, expected) => {
    expect(sorted(fromWords(text))).toEqual(expected)
    expect(sorted(lowercaseWordsOfText(text))).toEqual(expected)
  })

  it('finds what the pattern finds over the whole text, on any text', () => {
    const pieces = fc.constantFrom("a''a.a", 'a', 'B', 'é', 'É', 'e\u0301', '5', '’', "'", '-', '‐', '.', ',', ' ', '“', '𝐀', '𝑎', 'ß', 'Σ', 'ς', '\u00a0', '\ud800', 'of', 'The', 'x-y')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}), fc.array(pieces, {maxLength: 40}), (first, second) => {
        // Two texts in one vocabulary, as a comparison's source and variant share one.
        const vocabulary = new WordVocabulary()
        for (const text of [first.join(''), second.join('')]) expect(sorted(fromWords(text, vocabulary))).toEqual(sorted(lowercaseWordsOfText(text)))
      }),
      {numRuns: 2000},
    )
  })
})
