import {describe, expect, it} from '@jest/globals'
import {findRepeatedWords} from './find-repeated-words'
import {contextOf} from './test-context'

describe('findRepeatedWords', () => {
  it.each([
    ['The the embassy', 'The the', 'The'],
    ['weeks and weeks weeks', 'weeks weeks', 'weeks'],
    ['went to the the embassy', 'the the', 'the'],
    ['it was in the in the report', 'in the in the', 'in the'],
    ['It was was not clear', 'was was', 'was'],
    ['the\nthe embassy', 'the\nthe', 'the'],
  ])('in %j finds %j repaired as %j', (text, expected, suggestion) => {
    const found = findRepeatedWords(contextOf(text, {language: 'eng'}))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
  })

  it.each([
    ['Cànan nan nan Gàidheal', 'und', []],
    ['Cànan nan nan Gàidheal', 'gla', []],
    ['the the embassy', 'deu', []],
    ['the the embassy', 'und', [['the the', 'the']]],
    ['nan nan nan and more', 'und', [['nan nan nan', 'nan']]],
    ['Er ging ging nach Hause', 'deu', [['ging ging', 'ging']]],
  ])('in %j (language %s) finds %j', (text, language, expected) => {
    const found = findRepeatedWords(contextOf(text, {language}))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual(expected)
  })

  it.each([
    'He said that that was the end.',
    'She had had enough.',
    'What it is is a test.',
    'months and months and months',
    'day after day after day',
    'on and on and on',
    'Sirhan Sirhan and Duran Duran in Walla Walla',
    'no, no America',
    'It cost 10 10 times over',
    'the end.\n\nThe next paragraph',
    'bye bye and so so',
  ])('leaves %j alone', (text) => {
    expect(findRepeatedWords(contextOf(text, {language: 'eng'}))).toEqual([])
  })
})
