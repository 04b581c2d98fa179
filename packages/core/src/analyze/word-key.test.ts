import {describe, expect, it} from '@jest/globals'
import {countryPhraseAliases, stopWords, wordAliases} from '../normalize/lexicon/index'
import {stemWord, stripPossessive} from '../normalize/stem-word'
import {foldForMatching, wordKey, wordKeys} from './word-key'

/** `wordKey` written with patterns: the reference its code-unit tests must match. */
function referenceKey(word: string): string {
  let key = stripPossessive(word)
  if (/\p{L}/u.test(key)) key = wordAliases.get(key.includes('.') ? key.replace(/\./g, '') : key) ?? key
  if (stopWords.has(key)) return ''
  if (/^[\p{N}.,]+$/u.test(key)) return key.replace(/,/g, '')
  return stemWord(key.replace(/-/g, ''))
}

describe('wordKey', () => {
  it.each([
    ['attacks', 'attack'],
    ["embassy's", 'embassy'],
    ['the', ''],
    ['1,200', '1200'],
    ['u.s', 'us'],
    ['iran-backed', 'iranback'],
  ])('keys %j as %j', (word, key) => {
    expect(wordKey(word)).toBe(key)
  })

  it('keys random words as the patterns do', () => {
    const pieces = ['a', 's', 'e', 'd', 'us', 'the', 'uk', '1', '0', '.', ',', '-', "'", "'s", 'é', '٣', 'ß', 'ing', 'ed', 'ise']
    let state = 5
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000
    const words = Array.from({length: 20_000}, () => {
      let word = ''
      for (let length = Math.floor(next() * 6); length >= 0; length--) word += pieces[Math.floor(next() * pieces.length)]
      return word
    })
    expect(words.filter((word) => wordKey(word) !== referenceKey(word))).toEqual([])
  })
})

describe('wordKeys', () => {
  it('keys the content words of a folded sentence, with repeats, multi-word countries folded first', () => {
    expect(wordKeys(foldForMatching('The United States’ embassies, and the U.S. embassy.'))).toEqual(['us', 'embassy', 'us', 'embassy'])
    expect(countryPhraseAliases.length).toBeGreaterThan(10)
  })
})
