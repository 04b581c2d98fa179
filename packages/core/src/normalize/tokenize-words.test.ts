import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {isAsciiAlnum} from './char-codes'
import {countWords, findWordEnd, skipNonWordChar, tokenizeWords, wordPatternSource} from './tokenize-words'

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

describe('the word scan', () => {
  // The pattern the scan replaces, matched as before.
  const wordPattern = new RegExp(wordPatternSource, 'gu')
  const byPattern = (text: string) => Array.from(text.matchAll(wordPattern), (match) => [match.index, match.index + match[0].length])
  const byScan = (text: string) => tokenizeWords(text).map((word) => [word.start, word.end])

  it.each([
    ["rock'n'roll, Iran-backed, week’s, co‐op", 4],
    ['U.S. e.g. 62.5 1,200 a,b 1,b a,1 1, ,1 1.', 13],
    ['e\u0301cole n\u0303 \u0301start', 3],
    ['𝐀𝐁𝐂-𝟏 𝟏,𝟐 𝟏,2 1,𝟐 x.𝟏 x.\u0301', 7],
    ['\uD800a \uDC00b \uD835 -a- \'a\' .a. ,1,', 6],
    ['Łódź, Nguyễn, Москва-река, 東京。', 4],
    ["a''b a--b a.-b a-.b a'", 9],
  ])('finds the pattern’s words in %j', (text, count) => {
    expect(byScan(text)).toEqual(byPattern(text))
    expect(countWords(text)).toBe(count)
  })

  it('finds the pattern’s words in arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme'}), (text) => expect(byScan(text)).toEqual(byPattern(text))), {numRuns: 500})
    fc.assert(fc.property(fc.string({unit: 'binary'}), (text) => expect(byScan(text)).toEqual(byPattern(text))), {numRuns: 500})
  })

  it('finds the pattern’s words in text made of the joiners and their neighbours', () => {
    const pieces = ['a', 'Z', '7', '𝟏', '𝐀', 'é', '\u0301', '٣', "'", '’', '-', '‐', '.', ',', ' ', '\uD800', '\uDC00', '—', '東']
    const text = fc.array(fc.constantFrom(...pieces), {maxLength: 24}).map((parts) => parts.join(''))
    fc.assert(fc.property(text, (sample) => expect(byScan(sample)).toEqual(byPattern(sample))), {numRuns: 5000})
  })

  it('gives spans that slice the text, offset added', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.nat(1000), (text, offset) =>
        tokenizeWords(text, offset).every((word) => text.slice(word.start - offset, word.end - offset) === word.text),
      ),
    )
  })
})

describe('isAsciiAlnum and skipNonWordChar', () => {
  it('takes exactly the ASCII letters and digits as word characters', () => {
    for (let code = 0; code < 128; code++) {
      expect(isAsciiAlnum(code)).toBe(/[0-9A-Za-z]/.test(String.fromCharCode(code)))
    }
  })

  it('steps over a surrogate pair whole and over a lone surrogate alone', () => {
    expect(skipNonWordChar('\u{1F600}x', 0)).toBe(2)
    expect(skipNonWordChar('\ud83dx', 0)).toBe(1)
    expect(skipNonWordChar('\ud83d', 0)).toBe(1)
    expect(skipNonWordChar('\ude00\ude00', 0)).toBe(1)
    expect(skipNonWordChar('a, b', 1)).toBe(2)
  })

  it('with findWordEnd, finds the words tokenizeWords finds', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 40}), (text) => {
        const words: string[] = []
        let index = 0
        while (index < text.length) {
          const end = findWordEnd(text, index)
          if (end > index) {
            words.push(text.slice(index, end))
            index = end
          } else index = skipNonWordChar(text, index)
        }
        expect(words).toEqual(tokenizeWords(text).map((word) => word.text))
      }),
    )
  })
})
