import {describe, expect, it} from '@jest/globals'
import type {Severity, Signal} from '../../types'
import {scoreDrift} from './score-drift'

const signal = (severity: Severity): Signal => ({kind: 'number', severity, message: 'x'})

describe('scoreDrift', () => {
  it.each([
    [[], 1, 0],
    [[], 0, 0.5],
    [[], 0.6, 0.2],
    [['error'], 1, 0.4],
    [['warning'], 1, 0.2],
    [['info'], 1, 0.05],
    [['error', 'error'], 1, 0.64],
    [['error'], 0.6, 0.52],
    [['error', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'error', 'error'], 0, 0.9969767],
  ] as Array<[Severity[], number, number]>)('scores %j at similarity %d as %d', (severities, similarity, expected) => {
    expect(scoreDrift(severities.map(signal), similarity)).toBeCloseTo(expected, 6)
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
