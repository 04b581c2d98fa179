import {describe, expect, it} from '@jest/globals'
import {analyzeForAlignment} from '../analyze/analyze-for-alignment'
import {diceSimilarity} from './dice'
import {buildFeatureSpace} from './sentence-features'
import {beadSimilarity, bigramDice, calibrate, groupSimilarity, wordDice} from './similarity'

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

const letters = (text: string) => text.replace(/\s+/g, '')

describe('bigramDice', () => {
  // Every sentence against every other, both documents holding all of them.
  const analysis = analyzeForAlignment(sentences, sentences)
  const space = buildFeatureSpace(analysis.source, analysis.variant)
  // string-similarity has two special cases of its own (equal strings score 1, strings under two
  // characters 0); the bigram counts need none, so the rows compare everything else.
  const pairsToCompare = sentences
    .flatMap((_, source) => sentences.map((_, variant) => [source, variant] as const))
    .filter(([source, variant]) => {
      const [a, b] = [letters(space.source[source]!.compact), letters(space.variant[variant]!.compact)]
      return a !== b && a.length >= 2 && b.length >= 2
    })

  it.each(pairsToCompare)('gives what diceSimilarity (string-similarity) gives for the compact texts of sentences %d and %d', (source, variant) => {
    const [a, b] = [space.source[source]!, space.variant[variant]!]
    expect(bigramDice(space, a, b)).toBeCloseTo(diceSimilarity(a.compact, b.compact), 12)
    expect(bigramDice(space, b, a)).toBe(bigramDice(space, a, b))
  })

  it('gives 1 for equal bigram multisets and 0 for empty ones', () => {
    const words = analyzeForAlignment(['the embassy', ''], ['theembassy', 'a'])
    const wordSpace = buildFeatureSpace(words.source, words.variant)
    expect(bigramDice(wordSpace, wordSpace.source[0]!, wordSpace.variant[0]!)).toBe(1)
    expect(bigramDice(wordSpace, wordSpace.source[1]!, wordSpace.variant[1]!)).toBe(0)
  })

  it('counts repeated bigrams as a multiset', () => {
    const repeats = analyzeForAlignment(['aaaa'], ['aa'])
    const repeatSpace = buildFeatureSpace(repeats.source, repeats.variant)
    // 3 and 1 bigrams `aa`, one shared: 2 × 1 / 4.
    expect(bigramDice(repeatSpace, repeatSpace.source[0]!, repeatSpace.variant[0]!)).toBe(0.5)
    expect(diceSimilarity('aaaa', 'aa')).toBe(0.5)
  })
})

describe('wordDice', () => {
  it('is symmetric to the last bit', () => {
    const analysis = analyzeForAlignment(sentences, sentences)
    const space = buildFeatureSpace(analysis.source, analysis.variant)
    for (let a = 0; a < sentences.length; a++) {
      for (let b = 0; b < sentences.length; b++) {
        expect(wordDice(space, space.source[a]!, space.variant[b]!)).toBe(wordDice(space, space.variant[b]!, space.source[a]!))
      }
    }
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
