import {describe, expect, it} from '@jest/globals'
import type {Severity, Signal} from '../../types'
import {scoreDrift} from './score-drift'

const signal = (severity: Severity): Signal => ({kind: 'number', severity, message: 'x'})

describe('scoreDrift', () => {
  it.each([
    [[], 1, 0],
    [[], 0, 5 / 6],
    [[], 0.6, 1 / 3],
    [['error'], 1, 0.12],
    [['warning'], 1, 0.05],
    [['info'], 1, 0.02],
    [['error', 'error'], 1, 0.2256],
    [['error'], 0.6, 1 - (2 / 3) * 0.88],
    [['error', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'error'], 0, 1 - (1 / 6) * 0.88 ** 10],
  ] as Array<[Severity[], number, number]>)('scores %j at similarity %d as %d without character evidence', (severities, similarity, expected) => {
    expect(scoreDrift(severities.map(signal), similarity)).toBeCloseTo(expected, 6)
  })

  it.each([
    [1, 100, 1, 0],
    [0, 0, 0, 1],
    [1, 50, 1, 0.25],
    [0.6, 100, 0.5, (1 / 3) * 0.4 + (1 / 6) * 0.5],
  ])('at similarity %d, chrF %d and length ratio %d scores %d', (similarity, chrf, lengthRatio, expected) => {
    expect(scoreDrift([], similarity, {chrf, lengthRatio})).toBeCloseTo(expected, 6)
  })

  it('ranks a rendering with lower chrF higher at equal similarity', () => {
    expect(scoreDrift([], 0.5, {chrf: 40, lengthRatio: 0.9})).toBeGreaterThan(scoreDrift([], 0.5, {chrf: 60, lengthRatio: 0.9}))
  })

  it.each([[{chrf: 120}], [{chrf: -1}], [{lengthRatio: 1.5}], [{chrf: Number.NaN}]])('rejects the evidence %j', (evidence) => {
    expect(() => scoreDrift([], 0.5, evidence)).toThrow(/Expected `(chrf|lengthRatio)` to be a number/)
  })

  it('rises with each signal and stays in [0, 1]', () => {
    let previous = scoreDrift([], 0.5)
    for (let n = 1; n < 30; n++) {
      const score = scoreDrift(Array.from({length: n}, () => signal('warning')), 0.5)
      expect(score).toBeGreaterThan(previous)
      expect(score).toBeLessThanOrEqual(1)
      previous = score
    }
  })

  it('clamps a similarity a rounding error above 1', () => {
    expect(scoreDrift([], 1 + 1e-12)).toBe(0)
  })

  it.each([[Number.NaN], [1.5], [-0.2], ['0.5']])('rejects the similarity %j', (similarity) => {
    expect(() => scoreDrift([], similarity as number)).toThrow(/Expected `similarity` to be a number in \[0, 1\]/)
  })
})
