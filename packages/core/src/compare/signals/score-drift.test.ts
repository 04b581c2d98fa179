import {describe, expect, it} from '@jest/globals'
import type {Severity, Signal} from '../../types'
import {countUnmatchedWords} from './count-unmatched-words'
import {driftFeatureNames, driftFeatures, driftFromFeatures, driftWeights, scoreDrift} from './score-drift'

const signal = (severity: Severity): Signal => ({kind: 'number', severity, message: 'x'})
const signals = (...severities: Severity[]): Signal[] => severities.map(signal)
const span = (text: string) => ({start: 0, end: text.length, text})

/** Drift of a rendering of `source` the way `compareTexts` scores a bead, from chrF and word counts given by hand. */
const drift = (chrf: number, similarity: number, missingWords = 0, addedWords = 0, found: Signal[] = []) =>
  scoreDrift(found, similarity, {chrf, lengthRatio: 1, missingWords, addedWords})

describe('scoreDrift', () => {
  it('scores two identical sides 0', () => {
    expect(scoreDrift([], 1, {chrf: 100, lengthRatio: 1, missingWords: 0, addedWords: 0})).toBe(0)
    expect(scoreDrift([], 1)).toBe(0)
  })

  it('stays in [0, 1) at the extremes', () => {
    const worst = scoreDrift(signals(...Array<Severity>(50).fill('error')), 0, {chrf: 0, lengthRatio: 0, missingWords: 1e6, addedWords: 1e6})
    expect(worst).toBeGreaterThan(0.99)
    expect(worst).toBeLessThanOrEqual(1)
  })

  it('ranks the worse of two renderings higher: lower chrF, fewer shared content words', () => {
    // Same sentence, one rendering keeps every content word, the other swaps two for wrong ones.
    expect(drift(55, 0.5, 2, 2)).toBeGreaterThan(drift(70, 0.7, 0, 0))
    expect(drift(40, 0.5)).toBeGreaterThan(drift(60, 0.5))
    expect(drift(60, 0.3)).toBeGreaterThan(drift(60, 0.6))
    expect(drift(60, 0.5, 3)).toBeGreaterThan(drift(60, 0.5, 1))
    expect(drift(60, 0.5, 0, 3)).toBeGreaterThan(drift(60, 0.5, 0, 1))
  })

  it.each(['info', 'warning', 'error'] as const)('never falls when one more %s signal is found', (severity) => {
    let previous = drift(60, 0.5)
    for (let n = 1; n <= 12; n++) {
      const score = drift(60, 0.5, 0, 0, signals(...Array<Severity>(n).fill(severity)))
      expect(score).toBeGreaterThan(previous)
      expect(score).toBeLessThan(1)
      previous = score
    }
  })

  it('weighs an error more than a warning on the same bead', () => {
    expect(drift(60, 0.5, 0, 0, signals('error'))).toBeGreaterThan(drift(60, 0.5, 0, 0, signals('warning')))
  })

  it('grows as the length ratio falls', () => {
    expect(scoreDrift([], 0.5, {chrf: 60, lengthRatio: 0.4})).toBeGreaterThan(scoreDrift([], 0.5, {chrf: 60, lengthRatio: 0.9}))
  })

  it('lets 1 − similarity stand in for chrF when chrF is absent', () => {
    expect(scoreDrift([], 0.6)).toBeCloseTo(scoreDrift([], 0.6, {chrf: 60}), 12)
  })

  it('clamps a similarity a rounding error above 1', () => {
    expect(scoreDrift([], 1 + 1e-12)).toBe(0)
  })

  it.each([{chrf: -1}, {chrf: 101}, {lengthRatio: 1.5}, {lengthRatio: -0.1}, {missingWords: -1}, {addedWords: Number.NaN}])(
    'throws on evidence %j',
    (evidence) => {
      expect(() => scoreDrift([], 0.5, evidence)).toThrow(/Expected `(chrf|lengthRatio|missingWords|addedWords)` to be a number/)
    },
  )

  it.each([1.5, -0.5, Number.NaN, '0.5'])('throws on similarity %p', (similarity) => {
    expect(() => scoreDrift([], similarity as number)).toThrow(/Expected `similarity` to be a number in \[0, 1\]/)
  })
})

describe('driftFeatures and driftFromFeatures', () => {
  it('gives every feature 0 for identical sides, and a weight ≥ 0 to each', () => {
    const features = driftFeatures([], 1, {chrf: 100, lengthRatio: 1, missingWords: 0, addedWords: 0})
    for (const name of driftFeatureNames) {
      expect(features[name]).toBe(0)
      expect(driftWeights[name]).toBeGreaterThanOrEqual(0)
    }
  })

  it('counts signals by severity on a log scale', () => {
    const features = driftFeatures(signals('error', 'error', 'warning'), 1)
    expect(features.errors).toBeCloseTo(Math.log(3), 12)
    expect(features.warnings).toBeCloseTo(Math.log(2), 12)
    expect(features.infos).toBe(0)
  })

  it('is the rescaled logistic of the weighted features', () => {
    const features = driftFeatures(signals('warning'), 0.5, {chrf: 60, lengthRatio: 0.8, missingWords: 2, addedWords: 1})
    const sigmoid = (t: number) => 1 / (1 + Math.exp(-t))
    let z = driftWeights.intercept
    for (const name of driftFeatureNames) z += driftWeights[name] * features[name]
    const floor = sigmoid(driftWeights.intercept)
    expect(driftFromFeatures(features)).toBeCloseTo((sigmoid(z) - floor) / (1 - floor), 12)
  })
})

describe('countUnmatchedWords', () => {
  it.each([
    ['The minister resigned on Friday.', 'The minister resigned on Friday.', 0, 0],
    ['Police attacked the camp.', 'Police raided the camp.', 0, 0],
    ['The ministers resigned.', 'The minister resigned.', 0, 0],
    ['The minister resigned.', 'The minister was fired.', 1, 1],
    ['The army left the northern town.', 'The army left the town.', 1, 0],
    ['Prices rose.', 'Prices rose sharply in March.', 0, 2],
    ['', '', 0, 0],
  ])('%j against %j: %d missing, %d added', (source, variant, missing, added) => {
    expect(countUnmatchedWords(span(source), span(variant))).toEqual({missing, added})
  })
})
