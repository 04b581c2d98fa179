import {describe, expect, it} from '@jest/globals'
import {characterEntities} from 'character-entities'
import fc from 'fast-check'
import {type EntityMatch, findEntities, matchEntityAt, residueEntityNames} from './html-entities'

describe('residueEntityNames', () => {
  it('lists only names of the WHATWG table, and zwsp', () => {
    expect([...residueEntityNames].filter((name) => !Object.hasOwn(characterEntities, name))).toEqual(['zwsp'])
  })

  it.each([...residueEntityNames])('reads %s; without its ampersand as the character the WHATWG table gives it', (name) => {
    const text = `America,${name};`
    const expected = name === 'zwsp' ? '\u200B' : characterEntities[name]
    expect(matchEntityAt(text, 'America,'.length)).toEqual({start: 8, end: text.length, value: expected, form: 'no-ampersand'})
  })

  it.each([
    ['& quot;', '"'],
    ['& zwsp;', '\u200B'],
    ['& rsquo;', '\u2019'],
  ])('reads the spaced %j as %j', (text, value) => {
    expect(matchEntityAt(text, 0)).toEqual({start: 0, end: text.length, value, form: 'spaced'})
  })
})

describe('findEntities skipping stretches', () => {
  /** Every position tried, as the scan did before it skipped stretches without `&` or `;`. */
  function findEverywhere(text: string): EntityMatch[] {
    const found: EntityMatch[] = []
    let lastEnd = -1
    let index = 0
    while (index < text.length) {
      const entity = matchEntityAt(text, index, index === lastEnd)
      if (entity) {
        found.push(entity)
        index = lastEnd = entity.end
        continue
      }
      index++
    }
    return found
  }

  it('finds what a scan of every position finds', () => {
    const pieces = fc.constantFrom('&', ';', '#', 'amp;', 'quot', 'rsquo', '39', 'x27', 'a', 'Z', ' ', 'word ', ',', 'é', 'lt', '=', 'nbsp', '&amp;', 'quot;', '#39;')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 80}).map((list) => list.join('')), (text) => {
        expect(findEntities(text)).toEqual(findEverywhere(text))
      }),
      {numRuns: 2000},
    )
  })

  it('finds entities at the edge of its reach', () => {
    const name = `a${'b'.repeat(30)}`
    for (const gap of [0, 1, 46, 47, 48, 60]) {
      const text = `${'x '.repeat(gap)}amp;amp;amp;amp;quot; ${name}; #39; ${'y'.repeat(gap)};`
      expect(findEntities(text)).toEqual(findEverywhere(text))
    }
  })
})
