import {describe, expect, it} from '@jest/globals'
import type {Severity, Signal} from '../../types'
import {countUnmatchedWords} from './count-unmatched-words'
import {driftFeatureNames, driftFeatures, driftFromFeatures, driftWeights, scoreDrift, type DriftEvidence} from './score-drift'

const signal = (severity: Severity): Signal => ({kind: 'number', severity, message: 'x'})
const signals = (...severities: Severity[]): Signal[] => severities.map(signal)
const span = (text: string) => ({start: 0, end: text.length, text})

/**
 * Drift of a rendering of a twelve-word source the way `compareTexts` scores
 * a bead, from chrF and word counts given by hand: `missingWords` of the
 * source's words are gone and `addedWords` new ones come in, each group in
 * one run.
 */
const drift = (chrf: number, similarity: number, missingWords = 0, addedWords = 0, found: Signal[] = []) =>
  scoreDrift(found, similarity, {
    chrf,
    lengthRatio: 1,
    missingWords,
    addedWords,
    sourceWords: 12,
    variantWords: 12 - missingWords + addedWords,
    sharedWords: 12 - missingWords,
    longestRun: Math.max(missingWords, addedWords),
  })

describe('scoreDrift', () => {
  it('scores two identical sides 0', () => {
    expect(scoreDrift([], 1, {chrf: 100, lengthRatio: 1, missingWords: 0, addedWords: 0})).toBe(0)
    expect(scoreDrift([], 1)).toBe(0)
  })

  it('stays in [0, 1) at the extremes', () => {
    const worst = scoreDrift(signals(...Array<Severity>(50).fill('error')), 0, {
      chrf: 0,
      lengthRatio: 0,
      missingWords: 1e6,
      addedWords: 1e6,
      sourceWords: 1e6,
      variantWords: 1e6,
      sharedWords: 0,
      longestRun: 1e6,
    })
    expect(worst).toBeGreaterThan(0.99)
    expect(worst).toBeLessThanOrEqual(1)
  })

  it('ranks the worse of two renderings higher: lower chrF, fewer shared content words', () => {
    // Same sentence, one rendering keeps every content word, the other swaps two for wrong ones.
    expect(drift(55, 0.5, 2, 2)).toBeGreaterThan(drift(70, 0.7, 0, 0))
    // chrF's or the similarity's fitted weight may be 0 (they say much the same); neither ever lowers drift, and together they count.
    expect(drift(40, 0.5)).toBeGreaterThanOrEqual(drift(60, 0.5))
    expect(drift(60, 0.3)).toBeGreaterThanOrEqual(drift(60, 0.6))
    expect(drift(40, 0.3)).toBeGreaterThan(drift(60, 0.6))
    expect(drift(60, 0.5, 3)).toBeGreaterThan(drift(60, 0.5, 1))
    expect(drift(60, 0.5, 0, 3)).toBeGreaterThan(drift(60, 0.5, 0, 1))
  })

  it.each(['info', 'warning', 'error'] as const)('never falls when one more %s signal is found', (severity) => {
    let previous = drift(60, 0.5)
    for (let n = 1; n <= 12; n++) {
      const score = drift(60, 0.5, 0, 0, signals(...Array<Severity>(n).fill(severity)))
      // Info signals may weigh nothing (their fitted weight is 0 while most are false alarms on faithful text).
      if (severity === 'info') expect(score).toBeGreaterThanOrEqual(previous)
      else expect(score).toBeGreaterThan(previous)
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

  it('grows with the share of words one side lacks, more so in a longer sentence', () => {
    const words = (sourceWords: number, sharedWords: number) => scoreDrift([], 0.5, {chrf: 60, lengthRatio: 1, sourceWords, variantWords: sourceWords, sharedWords})
    expect(words(10, 5)).toBeGreaterThan(words(10, 8))
    expect(words(10, 8)).toBeGreaterThan(words(10, 10))
    // The same share of a longer sentence: more meaning moved.
    expect(words(40, 20)).toBeGreaterThan(words(10, 5))
  })

  it('grows with the longest run of words one side lacks (a clause said on one side only)', () => {
    const run = (longestRun: number) => scoreDrift([], 0.5, {chrf: 60, lengthRatio: 1, longestRun})
    expect(run(5)).toBeGreaterThan(run(2))
    expect(run(2)).toBeGreaterThan(run(0))
  })

  it('lets 1 − similarity stand in for chrF when chrF is absent', () => {
    expect(scoreDrift([], 0.6)).toBeCloseTo(scoreDrift([], 0.6, {chrf: 60}), 12)
  })

  it('clamps a similarity a rounding error above 1', () => {
    expect(scoreDrift([], 1 + 1e-12)).toBe(0)
  })

  it.each([
    {chrf: -1},
    {chrf: 101},
    {lengthRatio: 1.5},
    {lengthRatio: -0.1},
    {missingWords: -1},
    {addedWords: Number.NaN},
    {sourceWords: -2},
    {variantWords: Number.POSITIVE_INFINITY},
    {sharedWords: '3'},
    {longestRun: -1},
  ])('throws on evidence %j', (evidence) => {
    expect(() => scoreDrift([], 0.5, evidence as DriftEvidence)).toThrow(
      /Expected `(chrf|lengthRatio|missingWords|addedWords|sourceWords|variantWords|sharedWords|longestRun)` to be a number/,
    )
  })

  it.each([1.5, -0.5, Number.NaN, '0.5'])('throws on similarity %p', (similarity) => {
    expect(() => scoreDrift([], similarity as number)).toThrow(/Expected `similarity` to be a number in \[0, 1\]/)
  })
})

describe('driftFeatures and driftFromFeatures', () => {
  it('gives every feature 0 for identical sides, and a weight ≥ 0 to each', () => {
    const features = driftFeatures([], 1, {chrf: 100, lengthRatio: 1, missingWords: 0, addedWords: 0, sourceWords: 7, variantWords: 7, sharedWords: 7, longestRun: 0})
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
    const features = driftFeatures(signals('warning'), 0.5, {chrf: 60, lengthRatio: 0.8, missingWords: 2, addedWords: 1, sourceWords: 9, variantWords: 8, sharedWords: 6, longestRun: 2})
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
    expect(countUnmatchedWords(span(source), span(variant))).toMatchObject({missing, added})
  })

  it('counts every word of each side, the words they share with repeats, and the longest run one side lacks', () => {
    // `the` twice on each side is shared twice; `northern` and `town` are one run the variant lacks.
    expect(countUnmatchedWords(span('The army left the northern town.'), span('The army left the city.'))).toEqual({
      missing: 2,
      added: 1,
      sourceWords: 6,
      variantWords: 5,
      sharedWords: 4,
      longestRun: 2,
    })
    // A clause said on the variant side only.
    const clause = countUnmatchedWords(span('Sales come from paper.'), span('Sales come from paper, assuming those businesses remain unsold.'))
    expect(clause.longestRun).toBe(5)
    expect(clause.sharedWords).toBe(4)
    expect(countUnmatchedWords(span(''), span(''))).toEqual({missing: 0, added: 0, sourceWords: 0, variantWords: 0, sharedWords: 0, longestRun: 0})
  })

  it('gives the unshared-word feature: the larger share one side lacks, times ln(1 + mean word count)', () => {
    const words = countUnmatchedWords(span('The army left the northern town.'), span('The army left the city.'))
    const features = driftFeatures([], 0.5, words)
    expect(features.unsharedWords).toBeCloseTo(Math.max(2 / 6, 1 / 5) * Math.log1p(5.5), 12)
    expect(features.unmatchedRun).toBeCloseTo(Math.log1p(2), 12)
  })
})
