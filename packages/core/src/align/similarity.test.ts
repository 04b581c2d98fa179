import {describe, expect, it} from '@jest/globals'
import {analyzeForAlignment} from '../analyze/analyze-for-alignment'
import {diceSimilarity} from './dice'
import {bigramsOf, buildFeatureSpace} from './sentence-features'
import {beadSimilarity, bigramDice, calibrate, groupSimilarity} from './similarity'

const sentences = [
  'Hundreds of Iraqi protesters have tried to storm the US embassy in Baghdad.',
  'Hundreds of Iraqi protesters have attempted to assault the US embassy in Baghdad.',
  'Security guards were seen retreating to the inside of the embassy.',
  'Security guards were seen retreating inside the embassy.',
  'Vows of revenge',
  'Łódź and Nguyễn met in 2019 — “twice”.',
  'a',
  '',
]

const compact = (text: string) => text.replace(/\s+/g, '')
// string-similarity has two special cases of its own (equal strings score 1, strings under two
// characters 0); the sorted arrays need none, so the rows compare everything else.
const pairsToCompare = sentences
  .flatMap((source) => sentences.map((variant) => [source, variant] as const))
  .filter(([source, variant]) => compact(source) !== compact(variant) && compact(source).length >= 2 && compact(variant).length >= 2)

describe('bigramDice', () => {
  it.each(pairsToCompare)('gives what diceSimilarity (string-similarity) gives for %j and %j', (source, variant) => {
    expect(bigramDice(bigramsOf(source), bigramsOf(variant))).toBeCloseTo(diceSimilarity(source, variant), 12)
  })

  it('gives 1 for equal bigram multisets and 0 for empty ones', () => {
    expect(bigramDice(bigramsOf('the embassy'), bigramsOf('theembassy'))).toBe(1)
    expect(bigramDice(bigramsOf(''), bigramsOf('a'))).toBe(0)
  })
})

describe('calibrate', () => {
  it.each([
    [0, 0],
    [0.25, 0],
    [0.625, 0.5],
    [1, 1],
    [1.2, 1],
  ])('maps raw %d to %d', (raw, expected) => {
    expect(calibrate(raw)).toBeCloseTo(expected, 12)
  })
})

describe('groupSimilarity and beadSimilarity', () => {
  const analysis = analyzeForAlignment([sentences[0]!, sentences[2]!], [sentences[1]!, sentences[3]!])
  const space = buildFeatureSpace(analysis.source, analysis.variant)

  it('scores a round-trip pair well above an unrelated pair of the same topic', () => {
    expect(groupSimilarity(space, [0], [0])).toBeGreaterThan(0.5)
    expect(groupSimilarity(space, [0], [1])).toBeLessThan(0.2)
  })

  it('agrees with the search similarity on a 1-1 bead', () => {
    expect(beadSimilarity(space, [1], [1])).toBeCloseTo(groupSimilarity(space, [1], [1]), 12)
  })

  it('gives 0 for an empty side', () => {
    expect(beadSimilarity(space, [], [0])).toBe(0)
    expect(groupSimilarity(space, [0], [])).toBe(0)
  })
})
