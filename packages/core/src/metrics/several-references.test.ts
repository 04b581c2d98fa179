import {describe, expect, it} from '@jest/globals'
import {corpusBleu, sentenceBleu} from './bleu'
import {chrfStatistics, corpusChrf, sentenceChrf} from './chrf'
import {corpusTer, sentenceTer} from './ter'

// Expected values are worked out by hand from sacrebleu's rules (written next
// to each case), or are the figures of sacrebleu's own tests.

describe('BLEU against several references', () => {
  it('clips each n-gram to its largest count in any one reference', () => {
    // hyp a b c d; refs "a b x" and "y c d": 1-grams 4/4, 2-grams ab, cd of 3,
    // 3-grams 0/2, 4-grams 0/1; exp smoothing gives 100/4 and 100/4; closest
    // reference length 3, so no brevity penalty: (100 · 200/3 · 25 · 25)^(1/4).
    const result = sentenceBleu('a b c d', ['a b x', 'y c d'], {tokenize: 'none'})
    expect(result.statistics).toMatchObject({counts: [4, 2, 0, 0], totals: [4, 3, 2, 1], hypothesisLength: 4, referenceLength: 3})
    expect(result.score).toBeCloseTo((12_500_000 / 3) ** 0.25, 10)
    expect(result.signature).toBe('nrefs:2|case:mixed|eff:yes|tok:none|smooth:exp|version:2.6.0')
  })

  it('takes the shorter of two equally close reference lengths', () => {
    // Lengths 3 and 5 are both 1 away from 4: 3 is used, so no brevity penalty.
    const result = sentenceBleu('a b c d', ['a b c', 'a b c d e'], {tokenize: 'none'})
    expect(result.statistics.referenceLength).toBe(3)
    expect(result.statistics.brevityPenalty).toBe(1)
    expect(result.score).toBeCloseTo(100, 10)
  })

  it('gives the same as one reference when given one in an array', () => {
    expect(sentenceBleu('the cat sat', ['the cat sat down'])).toEqual(sentenceBleu('the cat sat', 'the cat sat down'))
  })

  // sacrebleu's test_bleu.py: test_corpus_bleu and test_max_ngram_order.
  const hypotheses = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.']
  const references = [
    ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
    ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
  ]
  it.each([
    [{}, 48.530827],
    [{tokenize: 'none' as const}, 49.1919566],
    [{tokenize: 'intl' as const}, 43.91623493],
    [{maxNgramOrder: 1}, 77.65],
    [{maxNgramOrder: 2}, 60.5],
    [{maxNgramOrder: 3}, 53.93],
  ])('scores sacrebleu’s two-stream example with %j as sacrebleu', (options, expected) => {
    const result = corpusBleu(hypotheses, references, options)
    const decimals = String(expected).split('.')[1]!.length
    expect(result.score).toBeCloseTo(expected, decimals - 1)
    expect(result.signature).toMatch(/^nrefs:2\|/)
  })

  it('keeps as many orders as maxNgramOrder in its statistics', () => {
    const {statistics} = corpusBleu(hypotheses, references, {maxNgramOrder: 6})
    expect(statistics.counts).toHaveLength(6)
    expect(statistics.precisions).toHaveLength(6)
  })
})

describe('chrF against several references', () => {
  it('keeps the statistics of the best-scoring reference', () => {
    const result = sentenceChrf('abc', ['xyz', 'abc'])
    expect(result.score).toBe(100)
    expect(result.statistics).toEqual(chrfStatistics('abc', 'abc'))
    expect(result.signature).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0')
  })

  it('sums the best statistics of each segment over a corpus', () => {
    const corpus = corpusChrf(['abc', 'hello world'], [['xyz', 'hello word'], ['abc', 'help']])
    const first = chrfStatistics('abc', ['xyz', 'abc'])
    const second = chrfStatistics('hello world', ['hello word', 'help'])
    expect(corpus.statistics).toEqual(first.map((value, i) => value + second[i]!))
  })
})

describe('TER against several references', () => {
  it('counts the fewest edits over the mean reference length', () => {
    // "a b c" → "a b c d": 1 insertion; → "x y": 2 substitutions, 1 deletion.
    // Best 1 edit; mean reference length (4 + 2) / 2 = 3.
    const result = sentenceTer('a b c', ['a b c d', 'x y'])
    expect(result.statistics).toEqual({edits: 1, referenceLength: 3})
    expect(result.score).toBeCloseTo(100 / 3, 12)
    expect(result.signature).toBe('nrefs:2|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0')
  })

  it('sums the fractional mean lengths over a corpus', () => {
    // Second segment: "p q" matches "p q" (0 edits); mean length (2 + 1) / 2.
    const result = corpusTer(['a b c', 'p q'], [['a b c d', 'p q'], ['x y', 'p']])
    expect(result.statistics).toEqual({edits: 1, referenceLength: 4.5})
    expect(result.score).toBeCloseTo(100 / 4.5, 12)
  })
})

describe('reference shapes', () => {
  it.each([
    ['an empty reference list', () => sentenceBleu('a', [])],
    ['a number among the references', () => sentenceChrf('a', ['a', 1 as unknown as string])],
    ['a mix of strings and streams', () => corpusTer(['a'], ['a', ['a']] as unknown as string[])],
    ['a stream of the wrong length', () => corpusBleu(['a', 'b'], [['a', 'b'], ['a']])],
    ['a missing reference argument', () => corpusChrf(['a'], undefined as unknown as string[])],
  ])('rejects %s', (_name, call) => {
    expect(call).toThrow(/references/)
  })

  it('names the stream that is too short', () => {
    expect(() => corpusBleu(['a', 'b'], [['a', 'b'], ['a']])).toThrow('Expected `references[1]` to have as many segments as `hypotheses` (2), not `1`')
  })

  it('reads a flat array as one stream and a nested array as several', () => {
    expect(corpusBleu(['a b'], ['a b']).signature).toMatch(/^nrefs:1\|/)
    expect(corpusBleu(['a b'], [['a b']]).signature).toMatch(/^nrefs:1\|/)
    expect(corpusBleu(['a b'], [['a b'], ['a c']]).signature).toMatch(/^nrefs:2\|/)
  })

  it('skips `null` references and says `var` when segments have different numbers', () => {
    // Segment 0 has two references, segment 1 one: as sacrebleu with None padding.
    const result = corpusBleu(['a b c d', 'e f g h'], [['a b c d', 'e f g h'], ['a x', null]], {tokenize: 'none'})
    expect(result.signature).toBe('nrefs:var|case:mixed|eff:no|tok:none|smooth:exp|version:2.6.0')
    expect(result.score).toBeCloseTo(100, 10)
    expect(corpusTer(['a b'], [['a b'], [null]]).signature).toMatch(/^nrefs:1\|/)
    expect(sentenceChrf('abc', ['abc', null]).signature).toMatch(/^nrefs:1\|/)
  })

  it('rejects a segment whose references are all `null`', () => {
    expect(() => corpusChrf(['a', 'b'], [['a', null], ['a', null]])).toThrow('Expected segment 1 to have at least one reference')
    expect(() => sentenceTer('a', [null])).toThrow(/at least one string/)
  })
})
