import {describe, expect, it} from '@jest/globals'
import {WordVocabulary} from '../../analyze/document-words'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {mayHoldPhraseAlias, nameKeysOfIds, nameKeysOfWords} from './name-keys'
import {phraseTokens} from './name-variants'
import {sideWords} from './signal-text'

const texts = [
  'The United States and the United Kingdom met. The United States-based group, the U.S. envoy and the US.',
  "Officials in the United Arab Emirates said the United Nations' envoy met the UAE and united states of mind.",
  'United States United States United-States the united kingdom-wide Democratic Republic of the Congo united',
  'Paris, Berlin and Paris again; Kataeb and Kataib, Iranian and Iran, us and Us.',
  "United’s States, the united states’ flag, UNITED STATES's and U.S.'s envoys",
  '',
]

describe('nameKeysOfIds', () => {
  it.each(texts)('in %j gives the set of the keys of every word, in the order first met', (text) => {
    const vocabulary = new WordVocabulary()
    const tokens = tokenizeWords(text, 0)
    const ids = Int32Array.from(tokens, (token) => vocabulary.idOf(token.text))
    const expected = [...new Set(nameKeysOfWords(sideWords({start: 0, end: text.length, text}, tokens)))]
    expect([...new Set(nameKeysOfIds(ids, vocabulary))]).toEqual(expected)
    // Again on each half, with what the first call worked out about each token.
    const half = tokens.length >> 1
    for (const [from, to] of [[0, half], [half, tokens.length], [0, tokens.length]] as const) {
      const part = tokens.slice(from, to)
      const partExpected = [...new Set(nameKeysOfWords(sideWords({start: 0, end: text.length, text}, part)))]
      expect([...new Set(nameKeysOfIds(ids.subarray(from, to), vocabulary))]).toEqual(partExpected)
    }
  })
})

describe('mayHoldPhraseAlias', () => {
  it.each(texts)('in %j is true wherever phraseTokens finds a phrase', (text) => {
    const words = sideWords({start: 0, end: text.length, text})
    const phrases = phraseTokens(words.map((word) => word.text))
    expect(mayHoldPhraseAlias(words) || phrases.length === 0).toBe(true)
    if (/United States|united kingdom/.test(text)) expect(mayHoldPhraseAlias(words)).toBe(true)
  })
})
