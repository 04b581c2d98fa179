import {describe, expect, it} from '@jest/globals'
import {franc} from 'franc'
import {diceSimilarity} from './dice'

describe('diceSimilarity', () => {
  it.each([
    ['night', 'nacht', 0.25],
    ['context', 'contact', 0.5],
    ['healed', 'sealed', 0.8],
    ['', '', 1],
    ['a', 'b', 0],
    ['the embassy', 'theembassy', 1],
    ['Embassy', 'embassy', 5 / 6],
  ])('scores %j against %j as %d', (source, variant, expected) => {
    expect(diceSimilarity(source, variant)).toBeCloseTo(expected, 12)
  })

  it('runs beside franc under native ESM', () => {
    expect(franc('Hundreds of Iraqi protesters have tried to storm the US embassy in Baghdad following US airstrikes this week.')).toBe('eng')
  })
})
