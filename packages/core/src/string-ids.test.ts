import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {RangeIds, StringIds} from './string-ids'

describe('RangeIds', () => {
  it('gives a range the id its text has, and a new text the next id', () => {
    const ids = new RangeIds()
    expect(ids.idOfRange('the cat sat', 4, 7)).toBe(0)
    expect(ids.idOf('cat')).toBe(0)
    expect(ids.idOfRange('a dog', 2, 5)).toBe(1)
    expect(ids.idOfRange('concatenate', 3, 6)).toBe(0)
    expect(ids.texts).toEqual(['cat', 'dog'])
    expect(ids.find('dog')).toBe(1)
    expect(ids.find('do')).toBeUndefined()
    expect(ids.idOf('')).toBe(2)
  })

  it('numbers any strings as StringIds does, after growing past its first table', () => {
    const words = fc.array(fc.string({unit: 'grapheme', maxLength: 6}), {minLength: 1, maxLength: 3000})
    fc.assert(
      fc.property(words, (list) => {
        const byRange = new RangeIds()
        const byString = new StringIds()
        const text = list.join('|')
        let start = 0
        for (const word of list) {
          expect(byRange.idOfRange(text, start, start + word.length)).toBe(byString.idOf(word))
          start += word.length + 1
        }
        expect(byRange.texts).toEqual(byString.texts)
      }),
      {numRuns: 30},
    )
  })

  it('numbers the lowercase of ASCII strings as StringIds numbers their toLowerCase, and leaves other strings to idOf', () => {
    const words = fc.array(fc.string({unit: fc.constantFrom(...'aAbBzZ@[`{09 \u00C9\u00E9\u0130'), maxLength: 5}), {minLength: 1, maxLength: 2000})
    fc.assert(
      fc.property(words, (list) => {
        const lowered = new RangeIds()
        const byString = new StringIds()
        for (const word of list) {
          const id = lowered.idOfAsciiLowercase(word)
          if (/[^\x00-\x7f]/.test(word)) {
            expect(id).toBe(-1)
            expect(lowered.idOf(word.toLowerCase())).toBe(byString.idOf(word.toLowerCase()))
          } else expect(id).toBe(byString.idOf(word.toLowerCase()))
        }
        expect(lowered.texts).toEqual(byString.texts)
      }),
      {numRuns: 50},
    )
  })
})
