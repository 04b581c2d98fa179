import {describe, expect, it} from '@jest/globals'
import {corpusBleu, sentenceBleu, type BleuOptions} from './bleu'

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.005)

describe('sentenceBleu', () => {
  it.each<[string, string, string, BleuOptions, number]>([
    ['identical text', 'The crowd tried to push inside.', 'The crowd tried to push inside.', {}, 100],
    ['one inserted "not"', 'They did not storm the embassy.', 'They did storm the embassy.', {}, 48.89],
    ['no 2-gram match, exp smoothing', 'The guards didn\'t retreat.', 'The guards did retreat.', {}, 30.21],
    ['no 2-gram match, no smoothing', 'The guards didn\'t retreat.', 'The guards did retreat.', {smooth: 'none'}, 0],
    ['no 2-gram match, floor', 'The guards didn\'t retreat.', 'The guards did retreat.', {smooth: 'floor'}, 16.07],
    ['no 2-gram match, add-k', 'The guards didn\'t retreat.', 'The guards did retreat.', {smooth: 'add-k'}, 44.72],
    ['one word, effective order', 'a', 'a', {}, 100],
    ['one word, without effective order', 'a', 'a', {effectiveOrder: false}, 0],
    ['an empty hypothesis', '', 'The crowd', {}, 0],
    ['an empty reference', 'The crowd', '', {}, 0],
  ])('scores %s', (_name, hypothesis, reference, options, expected) => {
    close(sentenceBleu(hypothesis, reference, options).score, expected)
  })

  it('gives the verbose statistics', () => {
    const {statistics, signature} = sentenceBleu('the cat sat', 'the cat sat down')
    expect(statistics).toMatchObject({hypothesisLength: 3, referenceLength: 4, counts: [3, 2, 1, 0], totals: [3, 2, 1, 0]})
    close(statistics.brevityPenalty, Math.exp(1 - 4 / 3))
    expect(signature).toBe('nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0')
  })

  it.each([
    [{smooth: 'laplace'}, /smooth/],
    [{smooth: 'floor', smoothValue: -1}, /smoothValue/],
    [{effectiveOrder: 1}, /Expected `effectiveOrder` to be a boolean/],
  ])('rejects %j', (options, message) => {
    expect(() => sentenceBleu('a', 'a', options as BleuOptions)).toThrow(message)
  })
})

describe('corpusBleu', () => {
  it('uses corpus defaults (no effective order) in its signature', () => {
    expect(corpusBleu(['a b'], ['a b']).signature).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0')
  })

  it('scores an empty corpus as 0', () => {
    expect(corpusBleu([], []).score).toBe(0)
  })
})
