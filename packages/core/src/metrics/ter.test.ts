import {describe, expect, it} from '@jest/globals'
import {corpusTer, sentenceTer} from './ter'

describe('sentenceTer', () => {
  it.each([
    ['identical text', 'The crowd tried to push.', 'The crowd tried to push.', {}, 0, 0],
    ['one case difference, case-insensitive', 'the Crowd', 'The crowd', {}, 0, 0],
    ['one case difference, case-sensitive', 'the Crowd', 'The crowd', {caseSensitive: true}, 2, 100],
    ['a moved block counts one shift', 'storm tried to the embassy', 'tried to storm the embassy', {}, 1, 20],
    ['punctuation attached to a word', 'Yes', 'Yes.', {}, 1, 100],
    ['punctuation split when normalized', 'Yes', 'Yes.', {normalized: true}, 1, 50],
    ['an empty hypothesis', '', 'a b c', {}, 3, 100],
    ['an empty reference', 'a b', '', {}, 2, 100],
    ['both empty', '', ' ', {}, 0, 0],
  ])('scores %s', (_name, hypothesis, reference, options, edits, score) => {
    const result = sentenceTer(hypothesis, reference, options)
    expect(result.statistics.edits).toBe(edits)
    expect(result.score).toBeCloseTo(score, 9)
  })

  it('has the default signature', () => {
    expect(sentenceTer('a', 'a').signature).toBe('nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0')
  })

  it('rejects a non-boolean option', () => {
    expect(() => sentenceTer('a', 'a', {normalized: 'yes' as unknown as boolean})).toThrow('Expected `normalized` to be a boolean')
  })
})

describe('corpusTer', () => {
  it('divides summed edits by summed reference lengths', () => {
    const result = corpusTer(['a b c d', 'x'], ['a b c d', 'y'])
    expect(result.statistics).toEqual({edits: 1, referenceLength: 5})
    expect(result.score).toBeCloseTo(20, 9)
  })
})

describe('sentenceTer on very long segments', () => {
  it('scores two 60,000-word segments without a table of their product', () => {
    // A full (n+1) × (m+1) table would need about 32 GB here; the banded one needs a few MB.
    const words = (salt: number) => Array.from({length: 60_000}, (_, i) => `w${(i * 7 + salt) % 500}`).join(' ')
    const result = sentenceTer(words(1), words(0))
    expect(Number.isFinite(result.score)).toBe(true)
    expect(result.statistics.referenceLength).toBe(60_000)
    expect(result.statistics.edits).toBeGreaterThan(0)
  })
})
