import {describe, expect, it} from '@jest/globals'
import {chrfFromStatistics, chrfName, chrfWords, corpusChrf, sentenceChrf, type ChrfOptions} from './chrf'

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.005)

describe('sentenceChrf', () => {
  it.each([
    ['identical text', 'The crowd tried to push inside.', 'The crowd tried to push inside.', 100, 100],
    ['one inserted "not"', 'They did not storm the embassy.', 'They did storm the embassy.', 84.55, 85.13],
    ['only word boundaries differ', 'no one can say any thing', 'noone can say anything', 100, 84.64],
    ['a single shared character', 'a', 'a', 100, 100],
    ['an empty hypothesis', '', 'The crowd', 0, 0],
    ['an empty reference', 'The crowd', '', 0, 0],
    ['both empty', '', '', 0, 0],
    ['no shared character', 'xyz qwv', 'abc def', 0, 0],
  ])('scores %s: chrF %d, chrF++ %d', (_name, hypothesis, reference, chrf, chrfpp) => {
    close(sentenceChrf(hypothesis, reference).score, chrf)
    close(sentenceChrf(hypothesis, reference, {wordOrder: 2}).score, chrfpp)
  })

  it('returns the statistics and signature', () => {
    const result = sentenceChrf('ab', 'ab')
    expect(result.statistics).toEqual([2, 2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(result.signature).toBe('nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0')
  })

  it('lowercases and keeps whitespace when asked', () => {
    expect(sentenceChrf('AB', 'ab', {lowercase: true}).score).toBe(100)
    expect(sentenceChrf('a b', 'ab', {whitespace: true}).score).toBeLessThan(100)
    expect(sentenceChrf('a b', 'ab').score).toBe(100)
  })

  it.each([
    [{charOrder: 0}, /charOrder/],
    [{wordOrder: -1}, /wordOrder/],
    [{beta: 0}, /beta/],
    [{lowercase: 'yes'}, /Expected `lowercase` to be a boolean/],
  ])('rejects %j', (options, message) => {
    expect(() => sentenceChrf('a', 'a', options as ChrfOptions)).toThrow(message)
  })

  it('rejects a non-string text', () => {
    expect(() => sentenceChrf(undefined as unknown as string, 'a')).toThrow('Expected `hypothesis` to be a string')
  })
})

describe('chrfWords', () => {
  it.each([
    ['(hi) "yes" .. ,a', ['(hi', ')', '"yes', '"', '.', '.', ',', 'a']],
    ['“quoted”', ['“quoted”']],
    ['a . 😀', ['a', '.', '😀']],
  ])('splits %j into %j', (text, expected) => {
    expect(chrfWords(text)).toEqual(expected)
  })
})

describe('corpusChrf', () => {
  it('sums statistics instead of averaging sentence scores', () => {
    const hypotheses = ['a', 'The crowd tried to push inside the embassy grounds.']
    const references = ['b', 'The crowd tried to enter the embassy grounds.']
    const corpus = corpusChrf(hypotheses, references).score
    const mean = (sentenceChrf(hypotheses[0]!, references[0]!).score + sentenceChrf(hypotheses[1]!, references[1]!).score) / 2
    expect(corpus).toBeGreaterThan(mean + 10)
  })

  it('rejects lists of different lengths', () => {
    expect(() => corpusChrf(['a'], [])).toThrow('Expected `references` to have as many segments')
  })
})

describe('chrfFromStatistics and chrfName', () => {
  it('scores no statistics as 0', () => {
    expect(chrfFromStatistics([])).toBe(0)
    expect(chrfFromStatistics([], {epsSmoothing: true})).toBe(0)
  })

  it.each([
    [{}, 'chrF2'],
    [{wordOrder: 2}, 'chrF2++'],
    [{beta: 1}, 'chrF1'],
  ])('names %j %j', (options, name) => {
    expect(chrfName(options)).toBe(name)
  })
})

describe('word-only chrF (charOrder 0)', () => {
  it('scores word n-grams alone', () => {
    // Unigrams: 1 of 2 on each side; bigrams: 0 of 1. Effective order 2:
    // P = R = 0.25, so F2 = 0.25.
    const result = sentenceChrf('the cat', 'the dog', {charOrder: 0, wordOrder: 2})
    expect(result.statistics).toEqual([2, 2, 1, 1, 1, 0])
    close(result.score, 25)
    expect(result.name).toBe('chrF2++')
    expect(result.signature).toBe('nrefs:1|case:mixed|eff:yes|nc:0|nw:2|space:no|version:2.6.0')
  })
})
