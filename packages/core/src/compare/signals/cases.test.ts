import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {SignalKind} from '../../types'
import {findSignals} from './find-signals'

interface LabelledCase {
  readonly id: string
  readonly source: string
  readonly variant: string
  readonly expected: readonly SignalKind[]
  readonly note: string
  /** Why the detectors get this pair wrong today (a miss or a false alarm); such rows assert the error, so fixing it shows up as a failing row to update. */
  readonly knownMiss?: string
}

const fixture = fileURLToPath(new URL('../../../test/fixtures/signals/cases.json', import.meta.url))
const cases = JSON.parse(readFileSync(fixture, 'utf8')) as LabelledCase[]

describe('findSignals on the labelled sentence pairs', () => {
  it('has at least 60 pairs, about half of them paraphrases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    const paraphrases = cases.filter((c) => c.expected.length === 0).length
    expect(paraphrases / cases.length).toBeGreaterThan(0.4)
  })

  const kindsOf = (item: LabelledCase): SignalKind[] =>
    [...new Set(findSignals({start: 0, end: item.source.length, text: item.source}, {start: 0, end: item.variant.length, text: item.variant}).map((s) => s.kind))].sort()

  it.each(cases.filter((c) => c.knownMiss === undefined).map((c) => [c.id, c] as const))('%s', (_id, item) => {
    expect(kindsOf(item)).toEqual([...item.expected].sort())
  })

  it.each(cases.filter((c) => c.knownMiss !== undefined).map((c) => [c.id, c.knownMiss, c] as const))('%s is a known miss: %s', (_id, _reason, item) => {
    expect(kindsOf(item)).not.toEqual([...item.expected].sort())
  })
})
