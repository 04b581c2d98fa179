import {describe, expect, it} from '@jest/globals'
import {findDuplicateBlocks} from './find-duplicate-blocks'
import {contextOf} from './test-context'

describe('findDuplicateBlocks', () => {
  it.each([
    ['Protesters gathered outside the embassy on Tuesday.\n\nGuards withdrew.\n\nProtesters gathered outside the embassy on Tuesday.', 'Protesters gathered outside the embassy on Tuesday.', ''],
    ['The militia vowed revenge for the strikes. Officials said more could follow. The militia vowed revenge for the strikes.', 'The militia vowed revenge for the strikes.', ''],
    ['The staff were evacuated to a safe place overnight. The staff were evacuated to a safe place overnight. Then calm.', 'The staff were evacuated to a safe place overnight. ', ''],
    [
      'Iraqi protesters set ablaze a sentry box in front of the US embassy building in Baghdad on Tuesday.\n\nThe guards retreated.\n\nIraqi protesters set ablaze a sentry box in front of the US embassy building in Baghdad on Tuesday night.',
      'Iraqi protesters set ablaze a sentry box in front of the US embassy building in Baghdad on Tuesday night.',
      undefined,
    ],
  ])('in %j finds %j', (text, expected, suggestion) => {
    const found = findDuplicateBlocks(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
    expect(found[0]?.severity).toBe('info')
  })

  it('uses the sentences it is given', () => {
    const text = 'Alpha beta gamma delta epsilon zeta; alpha beta gamma delta epsilon zeta'
    expect(findDuplicateBlocks(contextOf(text))).toEqual([])
    const found = findDuplicateBlocks(contextOf(text, {side: 'source', sentences: [{start: 0, end: 35}, {start: 37, end: 72}]}))
    expect(found.map((artifact) => [artifact.text, artifact.side])).toEqual([['alpha beta gamma delta epsilon zeta', 'source']])
  })

  it.each([
    'Vows of revenge\n\nVows of revenge',
    'He said no. He said no.',
    'The US military said the strikes were defensive. The US military said the targets were weapons depots near the border.',
  ])('leaves %j alone', (text) => {
    expect(findDuplicateBlocks(contextOf(text))).toEqual([])
  })

  it('finds repeats among thousands of distinct sentences (its tables grow)', () => {
    // 6,000 sentences of 10 distinct made-up words each (the first capitalised): 60,000 words, more than the tables start with.
    const word = (n: number) => `${n % 10 === 0 ? 'W' : 'w'}${n.toString(36)}x`
    const sentences = Array.from({length: 6000}, (_, s) => `${Array.from({length: 10}, (_, k) => word(s * 10 + k)).join(' ')}.`)
    const exact = sentences[17]!
    const near = `${sentences[42]!.slice(0, -1).split(' ').slice(0, 9).join(' ')} changed.`
    const text = [...sentences, exact, near].join(' ')
    const found = findDuplicateBlocks(contextOf(text)).map((artifact) => [artifact.text.trim(), artifact.message])
    expect(found).toEqual([
      [exact, 'This sentence repeats an earlier one.'],
      [near, 'This sentence nearly repeats an earlier one.'],
    ])
  })
})
