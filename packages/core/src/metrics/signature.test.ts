import {describe, expect, it} from '@jest/globals'
import {formatBleuSignature, formatChrfSignature, formatFixed, formatTerSignature} from './signature'

describe('formatFixed', () => {
  it.each([
    [37.659946525824225, 2, '37.66'],
    [0.125, 2, '0.12'],
    [0.375, 2, '0.38'],
    [2.5, 0, '2'],
    [3.5, 0, '4'],
    [99.995, 2, '100.00'],
    [100.00000000000004, 2, '100.00'],
    [0, 1, '0.0'],
    [-0.001, 2, '-0.00'],
    [48.275862068965516, 1, '48.3'],
    [0.36787944117144233, 3, '0.368'],
  ])('formats %d with %d decimals as Python does: %j', (value, digits, expected) => {
    expect(formatFixed(value, digits)).toBe(expected)
  })
})

describe('signatures', () => {
  it('formats chrF++ settings', () => {
    expect(formatChrfSignature({charOrder: 6, wordOrder: 2, lowercase: true, whitespace: true, epsSmoothing: false})).toBe(
      'nrefs:1|case:lc|eff:yes|nc:6|nw:2|space:yes|version:2.6.0',
    )
  })

  it('shows the value of floor and add-k smoothing only', () => {
    expect(formatBleuSignature({lowercase: false, effectiveOrder: false, smooth: 'add-k', smoothValue: 0.5})).toBe(
      'nrefs:1|case:mixed|eff:no|tok:13a|smooth:add-k[0.50]|version:2.6.0',
    )
    expect(formatBleuSignature({lowercase: true, effectiveOrder: true, smooth: 'none', smoothValue: undefined}, true)).toBe(
      '#:1|c:lc|e:yes|tok:13a|s:none|v:2.6.0',
    )
  })

  it('formats TER settings', () => {
    expect(formatTerSignature({caseSensitive: true, normalized: true}, true)).toBe('#:1|c:mixed|t:tercom|nr:yes|pn:yes|as:no|v:2.6.0')
  })
})
