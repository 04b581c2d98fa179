import {describe, expect, it} from '@jest/globals'
import {antonymsOf, polarityKey} from './antonyms'
import {wordnetAntonymPairs} from './antonyms-data'

describe('polarityKey', () => {
  it.each([
    ['rose', 'rise'],
    ['fell', 'fall'],
    ['won', 'win'],
    ['increased', 'increase'],
    ['increases', 'increase'],
    ['left', 'left'],
  ])('gives %j the key of %j', (form, lemma) => {
    expect(polarityKey(form)).toBe(polarityKey(lemma))
  })
})

describe('antonymsOf', () => {
  it.each([
    ['rise', 'fall'],
    ['increase', 'decrease'],
    ['win', 'lose'],
    ['open', 'closed'],
    ['guilty', 'innocent'],
    ['separate', 'part'],
  ])('links %j and %j both ways', (first, second) => {
    expect(antonymsOf(polarityKey(first))).toContain(polarityKey(second))
    expect(antonymsOf(polarityKey(second))).toContain(polarityKey(first))
  })

  it.each([
    ['man', 'woman'],
    ['buy', 'sell'],
    ['all', 'some'],
  ])('leaves out %j ↔ %j, which is no reversal', (first, second) => {
    expect(antonymsOf(polarityKey(first))).not.toContain(polarityKey(second))
  })

  it('returns nothing for a word without antonyms', () => {
    expect(antonymsOf(polarityKey('table'))).toEqual([])
  })
})

describe('the generated pair list', () => {
  it('holds sorted pairs of two different lowercase words, compact enough for a browser core', () => {
    const pairs = wordnetAntonymPairs.split('|')
    expect(pairs.length).toBeGreaterThan(500)
    expect([...pairs].sort()).toEqual(pairs)
    for (const pair of pairs) expect(pair).toMatch(/^([a-z]+) (?!\1$)[a-z]+$/)
    expect(wordnetAntonymPairs.length).toBeLessThan(30_000)
  })

  it('reads back to the plain list build-antonyms.mjs gave before prefixes were shared (916 pairs, 15,804 characters, same FNV-1a hash)', () => {
    let hash = 0x811c9dc5
    for (let index = 0; index < wordnetAntonymPairs.length; index++) {
      hash = Math.imul(hash ^ wordnetAntonymPairs.charCodeAt(index), 0x01000193) >>> 0
    }
    expect([wordnetAntonymPairs.split('|').length, wordnetAntonymPairs.length, hash.toString(16)]).toEqual([916, 15_804, '2146d261'])
  })
})
