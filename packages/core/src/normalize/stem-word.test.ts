import {describe, expect, it} from '@jest/globals'
import {stemWord, stripPossessive} from './stem-word'

describe('stemWord', () => {
  it.each([
    ['neighbourhood', 'neighborhood'],
    ['neighbours', 'neighbor'],
    ['organised', 'organizing'],
    ['centre', 'center'],
    ['attacks', 'attack'],
    ['attacked', 'attacking'],
    ['countries', 'country'],
    ['defence', 'defense'],
  ])('gives %j and %j the same stem', (british, american) => {
    expect(stemWord(british)).toBe(stemWord(american))
  })

  it.each([
    ['embassy', 'embassies', true],
    ['four', 'for', false],
    ['status', 'statu', false],
  ])('stems %j and %j alike: %j', (first, second, same) => {
    expect(stemWord(first) === stemWord(second)).toBe(same)
  })
})

describe('stripPossessive', () => {
  it.each([
    ["week's", 'week'],
    ["protesters'", 'protesters'],
    ['embassy', 'embassy'],
  ])('turns %j into %j', (word, expected) => {
    expect(stripPossessive(word)).toBe(expected)
  })
})
