import {describe, expect, it} from '@jest/globals'
import {characterEntities} from 'character-entities'
import {matchEntityAt, residueEntityNames} from './html-entities'

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
