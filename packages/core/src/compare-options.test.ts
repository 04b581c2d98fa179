import {describe, expect, it} from '@jest/globals'
import {defaultCompareOptions, resolveCompareOptions} from './compare-options'
import {defaultFindSignalsOptions} from './compare/signals/find-signals'
import {defaultFindReusedPassagesOptions} from './passages/find-reused-passages'
import {compareTexts} from './compare-texts'
import {readSeed} from '../test/seeds'
import {checkReport} from './report/check-report'
import type {BeadMetrics, DocumentMetrics, DriftReport} from './types'

const source = 'The minister said on Tuesday that 25 people were killed in the north.'
const variant = 'The minister said on Monday that 52 people died in the north.'

describe('resolveCompareOptions', () => {
  it('fills every default in, the signal and passage options resolved', () => {
    const resolved = resolveCompareOptions({})
    expect(resolved.signals).toEqual(defaultFindSignalsOptions)
    expect(resolved.passages).toEqual(defaultFindReusedPassagesOptions)
    expect(resolved.language).toEqual({maxLength: 256, ignore: ['sco']})
    expect(resolved.metrics).toEqual({ter: true})
  })

  it('keeps a stage switched off, and merges the language options over the defaults', () => {
    const resolved = resolveCompareOptions({signals: false, passages: false, artifacts: false, language: {maxLength: 512}})
    expect(resolved.signals).toBe(false)
    expect(resolved.passages).toBe(false)
    expect(resolved.artifacts).toBe(false)
    expect(resolved.language).toEqual({maxLength: 512, ignore: ['sco']})
  })

  it('throws on an invalid stage option whatever the texts hold', () => {
    expect(() => resolveCompareOptions({signals: {kinds: ['colour' as never]}})).toThrow(/kinds/)
    expect(() => resolveCompareOptions({passages: {minWords: 0}})).toThrow(/minWords/)
    expect(() => resolveCompareOptions({passages: null as never})).toThrow(/passages|options/)
    expect(() => resolveCompareOptions({onProgress: 3 as never})).toThrow(/onProgress/)
    expect(() => resolveCompareOptions({metrics: 'ter' as never})).toThrow(/Expected `metrics` to be a boolean or an object, not `ter`/)
    expect(() => resolveCompareOptions({metrics: {bleu: false} as never})).toThrow(/Unknown option `bleu` in `metrics`/)
    expect(() => resolveCompareOptions({metrics: {ter: 'off'} as never})).toThrow(/Expected `metrics.ter` to be a boolean, not `off`/)
  })

  it('resolves metrics to false, or to the metrics asked for', () => {
    expect(resolveCompareOptions({metrics: false}).metrics).toBe(false)
    expect(resolveCompareOptions({metrics: true}).metrics).toEqual({ter: true})
    expect(resolveCompareOptions({metrics: {ter: false}}).metrics).toEqual({ter: false})
  })
})

/** A report with `ter` and `terUpperBound` taken out of every score: what `{ter: false}` should give. */
function withoutTer(report: DriftReport): DriftReport {
  const drop = <T extends BeadMetrics | DocumentMetrics>(metrics: T): T => {
    const {ter, terUpperBound, ...rest} = metrics as BeadMetrics
    return rest as T
  }
  const {metrics} = report.summary
  return {
    ...report,
    alignment: report.alignment.map((bead) => (bead.metrics ? {...bead, metrics: drop(bead.metrics)} : bead)),
    summary: {...report.summary, ...(metrics ? {metrics: {aligned: drop(metrics.aligned), whole: drop(metrics.whole)}} : {})},
  }
}

describe('compareTexts with metrics: {ter: false}', () => {
  it.each([
    ['two short texts', source, variant],
    ['the seed pair 001 and 000', readSeed('001'), readSeed('000')],
    ['the seed pair 001 and 003', readSeed('001'), readSeed('003')],
  ])('gives the report with TER, less TER, on %s', (_, sourceText, variantText) => {
    const withTer = compareTexts(sourceText, variantText)
    const report = compareTexts(sourceText, variantText, {metrics: {ter: false}})
    expect(report.summary.metrics).toBeDefined()
    expect(report.alignment.some((bead) => bead.metrics !== undefined)).toBe(true)
    expect(report.alignment.filter((bead) => bead.metrics !== undefined && 'ter' in bead.metrics)).toEqual([])
    expect('ter' in report.summary.metrics!.aligned || 'ter' in report.summary.metrics!.whole).toBe(false)
    expect(report).toEqual(withoutTer(withTer))
    expect(checkReport(report, sourceText, variantText)).toEqual([])
  })

  it('gives the default report with metrics: {} and {ter: true}', () => {
    const report = compareTexts(source, variant)
    expect(report.summary.metrics!.whole.ter).toBeGreaterThan(0)
    expect(compareTexts(source, variant, {metrics: {}})).toEqual(report)
    expect(compareTexts(source, variant, {metrics: {ter: true}})).toEqual(report)
  })
})

describe('defaultCompareOptions', () => {
  it('gives the same report as no options', () => {
    expect(compareTexts(source, variant, defaultCompareOptions)).toEqual(compareTexts(source, variant))
  })
})
