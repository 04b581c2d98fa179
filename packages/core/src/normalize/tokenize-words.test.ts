import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {countWords, tokenizeWords} from './tokenize-words'

describe('tokenizeWords', () => {
  it.each([
    ['Hello, world.', ['Hello', 'world']],
    ['last week’s killing', ['last', 'week’s', 'killing']],
    ['the Iran-backed group', ['the', 'Iran-backed', 'group']],
    ['the U.S. Embassy', ['the', 'U.S', 'Embassy']],
    ['1,200 people, 62.5 percent', ['1,200', 'people', '62.5', 'percent']],
    ['Iraq,Syria', ['Iraq', 'Syria']],
    ['Łódź and Nguyễn', ['Łódź', 'and', 'Nguyễn']],
    ['', []],
  ])('splits %j into %j', (text, expected) => {
    expect(tokenizeWords(text).map((w) => w.text)).toEqual(expected)
  })

  it('adds the offset and keeps spans slicing the text', () => {
    const text = 'He said “no”.'
    for (const word of tokenizeWords(text, 10)) {
      expect(text.slice(word.start - 10, word.end - 10)).toBe(word.text)
    }
  })
})

describe('countWords', () => {
  it.each(['', 'Hello, world.', 'the U.S. Embassy, 1,200 people', '— … !', 'Łódź and Nguyễn'])('counts the words of %j as tokenizeWords does', (text) => {
    expect(countWords(text)).toBe(tokenizeWords(text).length)
  })

  it('counts as tokenizeWords does on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme'}), (text) => countWords(text) === tokenizeWords(text).length))
  })
})
