import {describe, expect, it} from '@jest/globals'
import {alignSentences, compareTexts, detectLanguage, findSignals, segmentSentences} from '../src/index'

const text = 'One two three. Four five six.'
const span = {start: 0, end: text.length, text}

// A misspelt option must be an error, never silently ignored.
describe('unknown option names throw, naming them', () => {
  it.each([
    ['compareTexts', () => compareTexts(text, text, {metric: false} as never), /Unknown option `metric` in `options`/],
    ['compareTexts, nested', () => compareTexts(text, text, {align: {minSimilarty: 0.2}} as never), /Unknown option `minSimilarty` in `align`/],
    ['segmentSentences', () => segmentSentences(text, {maxLen: 10} as never), /Unknown option `maxLen` in `segment`/],
    ['alignSentences', () => alignSentences(segmentSentences(text), segmentSentences(text), {bandwidth: 3} as never), /Unknown option `bandwidth` in `align`/],
    ['detectLanguage', () => detectLanguage(text, {onlyLanguages: ['eng']} as never), /Unknown option `onlyLanguages` in `language`/],
    ['findSignals', () => findSignals(span, span, {kind: ['number']} as never), /Unknown option `kind` in `signals`/],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message)
  })

  it('still accepts every documented option', () => {
    const report = compareTexts(text, text, {segment: {maxLength: 500}, align: {minSimilarity: 0.3}, language: {maxLength: 256}, metrics: false, passages: false})
    expect(report.summary.relation).toBe('identical')
  })
})
