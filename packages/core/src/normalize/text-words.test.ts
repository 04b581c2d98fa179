import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {splitTextWords, wordIndexRange, WordForms} from './text-words'
import {tokenizeWords} from './tokenize-words'

/** The words of a split as `{start, end, text}`, to compare with `tokenizeWords`. */
function spansOf(text: string, forms = new WordForms()) {
  const words = splitTextWords(text, forms)
  return Array.from({length: words.count}, (_, index) => ({
    start: words.offsets[2 * index]!,
    end: words.offsets[2 * index + 1]!,
    text: words.forms.texts[words.formIds[index]!]!,
  }))
}

describe('splitTextWords', () => {
  it.each([
    ['Hello, world.'],
    ['last week’s killing, the Iran-backed group'],
    ['the U.S. Embassy: 1,200 people, 62.5 percent'],
    ['Łódź and Nguyễn 𝒜𝒷𝒸 😀 ok'],
    [''],
    ['word '.repeat(40)],
  ])('splits %j as tokenizeWords does', (text) => {
    expect(spansOf(text)).toEqual(tokenizeWords(text))
  })

  it('splits any text as tokenizeWords does', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => expect(spansOf(text)).toEqual(tokenizeWords(text))))
  })

  it('splits joiners, digits and letters beyond ASCII as tokenizeWords does', () => {
    // Words built from the characters the word pattern treats specially, inside and outside ASCII.
    const characters = ['a', 'Z', '7', '.', ',', '-', "'", ' ', '\n', '’', '‐', 'é', 'e\u0301', '²', '٣', '𝒜', '😀', '_', '&']
    const text = fc.array(fc.constantFrom(...characters), {maxLength: 60}).map((parts) => parts.join(''))
    fc.assert(fc.property(text, (value) => expect(spansOf(value)).toEqual(tokenizeWords(value))), {numRuns: 2000})
  })

  it('finds a form again by its text, after the table has grown', () => {
    const forms = new WordForms()
    const words = Array.from({length: 3000}, (_, index) => `w${index}`)
    const split = splitTextWords(words.join(' '), forms)
    expect(split.count).toBe(3000)
    expect(words.every((word, index) => forms.find(word) === index)).toBe(true)
    expect(forms.idOf('w2999')).toBe(2999)
  })

  it('gives a form the same id in every text of one table, and one lowercase id to `The` and `the`', () => {
    const forms = new WordForms()
    const first = splitTextWords('The cat saw the cat', forms)
    const second = splitTextWords('the cat', forms)
    expect(Array.from(first.formIds)).toEqual([0, 1, 2, 3, 1])
    expect(Array.from(second.formIds)).toEqual([3, 1])
    expect(forms.lowerIds[0]).toBe(forms.lowerIds[3])
    expect(forms.lowerTexts[forms.lowerIds[0]!]).toBe('the')
    expect(forms.find('cat')).toBe(1)
    expect(forms.find('dog')).toBeUndefined()
  })
})

describe('wordIndexRange', () => {
  it.each([
    [0, 9, {start: 0, end: 3}],
    [4, 13, {start: 1, end: 3}],
    [5, 8, {start: 2, end: 2}],
    [14, 14, {start: 3, end: 3}],
    [9, 5, {start: 3, end: 3}],
    [0, 100, {start: 0, end: 4}],
  ])('finds the words starting in [%d, %d)', (from, to, expected) => {
    // Words start at 0, 4, 8 and 14.
    expect(wordIndexRange(splitTextWords('one two three four'), from, to)).toEqual(expected)
  })
})
