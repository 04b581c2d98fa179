import {describe, expect, it} from '@jest/globals'
import type {AlignedBead} from '../align/align-sentences'
import type {BeadMetrics} from '../types'
import {compareBead} from './compare-bead'

const aligned: AlignedBead = {kind: 'match', source: [0], variant: [0], moved: false, similarity: 0.8}
const parts = [{op: 'equal' as const, source: {start: 0, end: 1, text: 'a'}, variant: {start: 0, end: 1, text: 'a'}}]
const metrics = {chrf: 50, chrfPlusPlus: 48, bleu: 30, ter: 20} as unknown as BeadMetrics

describe('compareBead', () => {
  it.each([
    [false, false, false],
    [false, false, true],
    [true, false, false],
    [false, true, true],
    [true, true, true],
  ])('writes weak %p, coarse %p, metrics %p in the report’s key order', (weak, coarse, withMetrics) => {
    const bead = compareBead(weak ? {...aligned, weak: true} : aligned, {parts, coarse}, {signals: [], drift: 0.25, ...(withMetrics ? {metrics} : {})})
    const keys = ['kind', 'source', 'variant', 'moved', 'similarity', ...(weak ? ['weak'] : []), 'diff', ...(coarse ? ['coarseDiff'] : []), 'signals', 'drift', ...(withMetrics ? ['metrics'] : [])]
    expect(Object.keys(bead)).toEqual(keys)
    expect(bead).toMatchObject({kind: 'match', similarity: 0.8, diff: parts, drift: 0.25})
    if (weak) expect(bead.weak).toBe(true)
    if (coarse) expect(bead.coarseDiff).toBe(true)
    if (withMetrics) expect(bead.metrics).toBe(metrics)
  })
})
