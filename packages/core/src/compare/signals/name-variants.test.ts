import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {governmentKey, indexNames, matchPhraseAlias, nameKey, namesMatch, type NameToken, nameTokens, phraseTokens, startsPhraseAlias} from './name-variants'
import {phraseAliases} from '../../normalize/lexicon/index'

describe('phraseTokens', () => {
  it.each([
    ['The United States and the United Kingdom met', 2],
    ["the United States' envoy", 1],
    ['Paris and Berlin', 0],
    ['', 0],
  ])('in %j gives the multi-word tokens nameTokens gives (%i)', (text, count) => {
    const words = text.split(' ').filter((word) => word.length > 0)
    const phrases = phraseTokens(words)
    expect(phrases).toEqual(nameTokens(words).filter((token) => token.first !== token.last))
    expect(phrases).toHaveLength(count)
  })
})

describe('namesMatch', () => {
  it.each([
    ['kataeb', 'kataib', true],
    ['nguyễn', 'nguyen', true],
    ['kyjev', 'kiev', true],
    ['muammar', 'muamar', true],
    ['gaddafi', 'qaddafi', true],
    ['schwarzenegger', 'shwarzeneger', true],
    ['syria', 'syrian', true],
    ['iran', 'iraq', false],
    ['austria', 'australia', false],
    ['berlin', 'dublin', false],
  ])('%j and %j: %j', (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected)
    expect(namesMatch(b, a)).toBe(expected)
  })
})

describe('indexNames', () => {
  it('finds a key when some key of the index matches it or stands for the same country', () => {
    const key = fc.stringMatching(/^[aeijkoury]{1,10}$/)
    fc.assert(
      fc.property(fc.array(fc.oneof(key, fc.constantFrom('paris', 'france', 'kremlin', 'russia')), {maxLength: 30}), fc.array(key, {maxLength: 30}), (keys, queries) => {
        const index = indexNames(keys)
        for (const query of [...queries, ...keys]) {
          const expected = keys.some((other) => namesMatch(query, other) || governmentKey(other) === governmentKey(query))
          expect(index.has(query)).toBe(expected)
        }
      }),
      {numRuns: 500},
    )
  })
})

describe('nameTokens', () => {
  /** `nameTokens` as first written: the possessive removed by a pattern, each word lowercased again for its key. */
  const byPattern = (words: readonly string[]): NameToken[] => {
    const lowers = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ''))
    const tokens: NameToken[] = []
    for (let i = 0; i < words.length; i++) {
      const phrase = matchPhraseAlias(lowers, i)
      if (phrase !== undefined) {
        tokens.push({key: phrase.key, first: i, last: i + phrase.length - 1})
        i += phrase.length - 1
      } else tokens.push({key: nameKey(words[i]!), first: i, last: i})
    }
    return tokens
  }
  it('gives what the pattern gives, possessives and apostrophes anywhere', () => {
    const word = fc.constantFrom('United', 'States', "States'", 'States’s', "states's", 'Kingdom', 'us', 'Us', 'US', 'U.S.', "U.S.'s", "'", '’s', "s'", "''s", 's', 'Paris’', 'Iranian', 'of', 'the', 'Democratic', 'Republic', 'Congo', 'İstanbul', 'ǅ')
    fc.assert(
      fc.property(fc.array(word, {maxLength: 12}), (words) => {
        expect(nameTokens(words)).toEqual(byPattern(words))
        expect(phraseTokens(words)).toEqual(byPattern(words).filter((token) => token.first !== token.last))
      }),
      {numRuns: 1000},
    )
  })
})

describe('startsPhraseAlias', () => {
  const firstWords = new Set(phraseAliases.map(([phrase]) => phrase[0]!))
  it('is true for the first word of every multi-word alias and for no other word', () => {
    const words = [...firstWords].flatMap((word) => [word, `${word}s`, word.slice(0, -1), word.slice(1), `x${word}`, word.toUpperCase()])
    for (const word of [...words, '', 'a', 'the', 'é', 'état', 'ūnited', 'x'.repeat(40)]) expect(startsPhraseAlias(word)).toBe(firstWords.has(word))
    fc.assert(fc.property(fc.string({maxLength: 40}), (word) => startsPhraseAlias(word) === firstWords.has(word)))
  })
})
