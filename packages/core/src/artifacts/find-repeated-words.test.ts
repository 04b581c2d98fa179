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
    const found = findRepeatedWords(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
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
    expect(findRepeatedWords(contextOf(text))).toEqual([])
  })
})
