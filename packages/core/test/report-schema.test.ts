import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import Ajv from 'ajv'
import {compareTexts} from '../src/index'
import {readSeed} from './seeds'

const schema = JSON.parse(readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8')) as object
// Every golden seed comparison (fixtures/compare-<source>-<variant>/, which pin a summary of the
// report), as the full report.
const fixtures = new URL('./fixtures/', import.meta.url)
const seedReports = readdirSync(fixtures)
  .map((name) => /^compare-(\d{3})-(\d{3})$/.exec(name))
  .filter((match) => match !== null)
  .map((match) => [match[0], compareTexts(readSeed(match[1] as '001'), readSeed(match[2] as '000'))] as const)
const goldenReports = seedReports

const validate = new Ajv({allErrors: true, strict: true}).compile(schema)

describe('report.schema.json', () => {
  it('finds the golden reports', () => {
    expect(goldenReports.length).toBeGreaterThanOrEqual(4)
  })

  it.each(goldenReports)('accepts the golden report %s', (_, report) => {
    expect(validate(report) ? [] : validate.errors).toEqual([])
  })

  it.each([
    ['a report of two empty texts', compareTexts('', '')],
    ['a report without metrics and signals', compareTexts('One sentence here. And another.', 'One sentence there.', {metrics: false, signals: false})],
    ['a report without TER', compareTexts('One sentence here. And another one.', 'One sentence there. And one more.', {metrics: {ter: false}})],
    // Sentence BLEU of a bead equal to its source is 100.00000000000004, as in sacrebleu.
    ['a report with a bead equal to its source', compareTexts('One sentence here. And another.', 'One sentence there. And another.')],
  ])('accepts %s', (_, report) => {
    expect(validate(report) ? [] : validate.errors).toEqual([])
  })

  it.each([
    ['a missing summary', (report: Record<string, unknown>) => ({...report, summary: undefined})],
    ['an unknown relation', (report: Record<string, unknown>) => ({...report, summary: {...(report.summary as object), relation: 'rewrite'}})],
    ['a negative offset', (report: Record<string, unknown>) => ({...report, source: {...(report.source as object), sentences: [{start: -1, end: 2, text: 'ab', index: 0, paragraph: 0}]}})],
    ['a similarity above 1', (report: Record<string, unknown>) => ({...report, summary: {...(report.summary as object), similarity: 1.5}})],
  ])('rejects %s', (_, damage) => {
    const report = JSON.parse(JSON.stringify(goldenReports[0]![1])) as Record<string, unknown>
    expect(validate(JSON.parse(JSON.stringify(damage(report))))).toBe(false)
  })
})
