import {describe, expect, it} from '@jest/globals'
import {readSeed} from '../../test/seeds'
import {compareTexts} from '../compare-texts'
import {checkReport} from '../report/check-report'

describe('passages in the report', () => {
  const source = readSeed('001')
  const variant = readSeed('003')

  it('lists the passages 003 takes from 001, with spans the report checker accepts', () => {
    const report = compareTexts(source, variant)
    expect(checkReport(report, source, variant)).toEqual([])
    const texts = (report.passages ?? []).map((passage) => variant.slice(passage.variant.start, passage.variant.end))
    expect(texts.some((text) => text.includes('which is a separate force from the Lebanese Hezbollah'))).toBe(true)
  })

  it('leaves them out with {passages: false}, and checks their options', () => {
    expect(compareTexts(source, variant, {passages: false}).passages).toBeUndefined()
    expect(compareTexts(source, variant, {passages: {minWords: 40}}).passages).toEqual([])
    expect(() => compareTexts('a', 'b', {passages: {minWords: -1}})).toThrow(/`minWords`/)
  })

  it('flags a passage span outside the text', () => {
    const report = compareTexts(source, variant)
    const broken = {...report, passages: [{source: {start: 0, end: source.length + 5}, variant: {start: 0, end: 4}, words: 8, verbatim: false}]}
    expect(checkReport(broken, source, variant)).toEqual([expect.stringContaining('passages[0].source')])
  })
})
