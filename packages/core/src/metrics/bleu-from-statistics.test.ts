import {describe, expect, it} from '@jest/globals'
import {corpusBleu} from './bleu'
import {bleuFromStatistics} from './bleu-from-statistics'

describe('bleuFromStatistics', () => {
  it('scores sacrebleu’s test_scoring statistics', () => {
    // Precisions 9/10, 7/8, 5/6, 3/4, equal lengths: (0.9 · 0.875 · 5/6 · 0.75)^(1/4).
    const result = bleuFromStatistics({counts: [9, 7, 5, 3], totals: [10, 8, 6, 4], hypothesisLength: 11, referenceLength: 11})
    expect(result.score).toBeCloseTo(83.75922397, 7)
    expect(result.statistics.brevityPenalty).toBe(1)
    expect(result.signature).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0')
  })

  it.each([
    [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1],
    [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0],
  ])('scores degenerate statistics %j / %j as 0 with floor 0', (counts, totals, hypothesisLength, referenceLength) => {
    expect(bleuFromStatistics({counts, totals, hypothesisLength, referenceLength}, {smooth: 'floor', smoothValue: 0}).score).toBe(0)
  })

  it('gives back what corpusBleu computed from its own statistics', () => {
    const corpus = corpusBleu(['the cat sat on it', 'a dog'], ['the cat sat on the mat', 'the dog'])
    expect(bleuFromStatistics(corpus.statistics).score).toBe(corpus.score)
  })

  it('takes the order from the number of counts', () => {
    // One order: 3 of 4 unigrams, no brevity penalty.
    const result = bleuFromStatistics({counts: [3], totals: [4], hypothesisLength: 4, referenceLength: 4})
    expect(result.score).toBeCloseTo(75, 12)
    expect(() => bleuFromStatistics({counts: [3], totals: [4], hypothesisLength: 4, referenceLength: 4}, {maxNgramOrder: 4})).toThrow(
      /maxNgramOrder/,
    )
  })

  it('states the references and tokenizer it is told in the signature', () => {
    const statistics = {counts: [1], totals: [1], hypothesisLength: 1, referenceLength: 1}
    expect(bleuFromStatistics(statistics, {referenceCount: 3, tokenize: 'intl'}).signature).toBe(
      'nrefs:3|case:mixed|eff:no|tok:intl|smooth:exp|version:2.6.0',
    )
  })

  it.each([
    [{counts: [1, 2], totals: [1], hypothesisLength: 1, referenceLength: 1}, /totals/],
    [{counts: [], totals: [], hypothesisLength: 1, referenceLength: 1}, /counts/],
    [{counts: [-1], totals: [1], hypothesisLength: 1, referenceLength: 1}, /counts/],
    [{counts: [1], totals: [1], hypothesisLength: Number.NaN, referenceLength: 1}, /hypothesisLength/],
  ])('rejects %j', (statistics, message) => {
    expect(() => bleuFromStatistics(statistics)).toThrow(message)
  })
})
