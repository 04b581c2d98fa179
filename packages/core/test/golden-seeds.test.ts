import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {checkReport, compareTexts} from '../src/index'
import {readSeed} from './seeds'

// Golden fixtures: the alignment, verdict and counts of each seed pair, pinned
// so that any change to them is a visible decision. After an intended change,
// regenerate with DRIFTLENS_UPDATE_GOLDEN=1 and review the diff.
const update = process.env.DRIFTLENS_UPDATE_GOLDEN === '1'
const pairs = [
  ['001', '000'],
  ['001', '003'],
  ['001', '002'],
  ['001', '004'],
] as const

describe('golden seed comparisons', () => {
  it.each(pairs)('matches the fixture for %s↔%s', (sourceName, variantName) => {
    const source = readSeed(sourceName)
    const variant = readSeed(variantName)
    const report = compareTexts(source, variant)
    expect(checkReport(report, source, variant)).toEqual([])
    const actual = {
      relation: report.summary.relation,
      counts: report.summary.counts,
      sentences: {source: report.source.sentences.length, variant: report.variant.sentences.length},
      beads: report.alignment.map((bead) => `${bead.kind}${bead.moved ? ' (moved)' : ''} S[${bead.source.join(',')}] V[${bead.variant.join(',')}]`),
      signals: report.summary.signals,
      artifacts: report.summary.artifacts,
    }
    const folder = fileURLToPath(new URL(`fixtures/compare-${sourceName}-${variantName}/`, import.meta.url))
    const file = `${folder}expected.json`
    if (update) {
      mkdirSync(folder, {recursive: true})
      writeFileSync(file, JSON.stringify(actual, null, 1) + '\n')
    }
    expect(existsSync(file)).toBe(true)
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})
