import {describe, expect, it} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {countryKeys, countryTable, knownPlaces, metonyms, phraseAliases, stopWords, wordAliases} from './index'

describe('lexicon', () => {
  it.each([
    ['czech', 'czechia'],
    ['usa', 'us'],
    ['america', 'us'],
    ['britain', 'uk'],
    ['corona', 'covid'],
    ['iranian', 'iran'],
  ])('folds %j to the key %j', (word, key) => {
    expect(wordAliases.get(word)).toBe(key)
  })

  it.each([
    ['czech republic', 'czechia'],
    ['united states of america', 'us'],
    ['south korea', 'south-korea'],
  ])('folds the phrase %j to %j', (phrase, key) => {
    expect(phraseAliases.find(([words]) => words.join(' ') === phrase)?.[1]).toBe(key)
    expect(countryKeys.has(key)).toBe(true)
  })

  it('lists longer phrases first, so the longest name wins', () => {
    const lengths = phraseAliases.map(([words]) => words.length)
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a))
  })

  it('makes capitals stand for their country', () => {
    expect(metonyms.get('prague')).toBe('czechia')
    expect(knownPlaces.has('prague')).toBe(true)
    expect(knownPlaces.has('male')).toBe(false)
  })

  it('keeps `us` out of the stop list (folded text writes the United States so)', () => {
    expect(stopWords.has('us')).toBe(false)
    expect(stopWords.has('the')).toBe(true)
  })

  it('has a country table equal to what its source package gives', () => {
    const script = fileURLToPath(new URL('../../../../../scripts/build-lexicon.mjs', import.meta.url))
    expect(execFileSync('node', [script, '--check'], {encoding: 'utf8'})).toMatch(/up to date/)
  })

  it('reads the written country table back to the rows its source package gives', () => {
    const script = fileURLToPath(new URL('../../../../../scripts/build-lexicon.mjs', import.meta.url))
    expect(countryTable).toEqual(JSON.parse(execFileSync('node', [script, '--json'], {encoding: 'utf8'})))
  })
})
