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

describe('namesMatch against a plain rewrite', () => {
  /** Edit distance with adjacent transpositions, one array per row, stopping early above `limit`. */
  const plainDistance = (a: string, b: string, limit: number): number => {
    if (Math.abs(a.length - b.length) > limit) return limit + 1
    let previousPrevious: number[] = []
    let previous = Array.from({length: b.length + 1}, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const current = [i]
      let rowMin = i
      for (let j = 1; j <= b.length; j++) {
        let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1)
        current.push(value)
        rowMin = Math.min(rowMin, value)
      }
      if (rowMin > limit) return limit + 1
      previousPrevious = previous
      previous = current
    }
    return previous[b.length]!
  }
  const folds: Record<string, string> = {đ: 'dj', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i'}
  /** Accents, vowels, an inner `j` and doubled letters folded, one string at a time. */
  const plainSkeleton = (key: string): string => {
    const plain = /[^\x00-\x7f]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đðłøßæœı]/g, (c) => folds[c] ?? c) : key
    let out = ''
    for (const [at, char] of [...plain].entries()) {
      const folded = 'aeiouy'.includes(char) || (char === 'j' && at > 0) ? 'a' : char
      if (!out.endsWith(folded)) out += folded
    }
    return out
  }
  const plainMatch = (a: string, b: string): boolean => {
    if (a === b) return true
    if (a.length < 3 || b.length < 3) return false
    if (plainSkeleton(a) === plainSkeleton(b)) return true
    const shorter = Math.min(a.length, b.length)
    if (shorter >= 6) {
      const limit = shorter >= 9 ? 2 : 1
      if (plainDistance(a, b, limit) <= limit) return true
    }
    const [short, long] = a.length <= b.length ? [a, b] : [b, a]
    return short.length >= 4 && long.startsWith(short) && /^(?:n|an|ian|i|ese|ish|s)$/.test(long.slice(short.length))
  }
  it('answers as the rewrite does on arbitrary keys', () => {
    const key = fc.stringMatching(/^[abdijlnrstuyáéđłøßœı]{0,12}$/)
    // Pairs close to each other too: a key and the same key edited once or twice.
    const near = fc.tuple(key, fc.nat(11), fc.constantFrom('', 'a', 'j', 'n', 'ian', 'é', 'ss')).map(([k, at, insert]) => [k, k.slice(0, at) + insert + k.slice(at + 1)] as const)
    let matched = 0
    fc.assert(
      fc.property(fc.oneof(fc.tuple(key, key), near), ([a, b]) => {
        const expected = plainMatch(a, b)
        if (expected) matched++
        expect(namesMatch(a, b)).toBe(expected)
      }),
      {numRuns: 3000},
    )
    expect(matched).toBeGreaterThan(100)
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
