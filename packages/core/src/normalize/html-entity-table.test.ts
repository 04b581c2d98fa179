import {describe, expect, it} from '@jest/globals'
import {characterEntities} from 'character-entities'
import {lookupHtmlEntity} from './html-entity-table'

describe('lookupHtmlEntity', () => {
  it('decodes every name of the WHATWG table as character-entities does', () => {
    const names = Object.keys(characterEntities)
    expect(names.length).toBeGreaterThan(2000)
    const wrong = names.filter((name) => lookupHtmlEntity(name) !== characterEntities[name])
    expect(wrong).toEqual([])
  })

  it.each([
    ['eacute', 'é'],
    ['NewLine', '\n'],
    ['nvlt', '<\u20d2'],
    ['fjlig', 'fj'],
    ['Afr', '𝔄'],
  ])('decodes %s to %j', (name, value) => {
    expect(lookupHtmlEntity(name)).toBe(value)
  })

  it.each(['constructor', 'toString', '__proto__', 'notaname', ''])('finds nothing for %j', (name) => {
    expect(lookupHtmlEntity(name)).toBeUndefined()
  })
})
