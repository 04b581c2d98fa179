import {describe, expect, it} from '@jest/globals'
import {diffArrays} from 'diff'
import fc from 'fast-check'
import {deleteRun, diffTokenIds, insertRun, type TokenRuns} from './diff-token-ids'

/** The runs as `[op, count]` pairs, in jsdiff's words. */
function named(runs: TokenRuns | undefined): [string, number][] | undefined {
  if (runs === undefined) return undefined
  const named: [string, number][] = []
  for (let k = 0; k < runs.length; k++) {
    const kind = runs.kinds[k]
    named.push([kind === insertRun ? 'added' : kind === deleteRun ? 'removed' : 'equal', runs.counts[k]!])
  }
  return named
}

/** jsdiff's `diffArrays` on the same sequences, as `[op, count]` pairs. */
function jsdiffRuns(source: number[], variant: number[], maxEditLength: number): [string, number][] | undefined {
  const changes = diffArrays(source, variant, {maxEditLength})
  return changes?.map((change) => [change.added ? 'added' : change.removed ? 'removed' : 'equal', change.count ?? change.value.length])
}

describe('diffTokenIds', () => {
  it.each([
    ['equal sequences', [1, 2, 3], [1, 2, 3], [['equal', 3]]],
    ['a replaced token', [1, 2, 3], [1, 4, 3], [['equal', 1], ['removed', 1], ['added', 1], ['equal', 1]]],
    ['an empty source', [], [5, 6], [['added', 2]]],
    ['an empty variant', [5, 6], [], [['removed', 2]]],
    ['two empty sequences', [], [], []],
  ])('on %s gives jsdiff’s runs', (_name, source, variant, expected) => {
    const runs = named(diffTokenIds(Int32Array.from(source), Int32Array.from(variant), 200))
    expect(runs).toEqual(expected)
    expect(runs).toEqual(jsdiffRuns(source, variant, 200) ?? [])
  })

  it('gives up past the edit budget, as jsdiff does', () => {
    const source = [1, 2, 3, 4, 5, 6]
    const variant = [7, 8, 9, 10, 11, 12]
    expect(diffTokenIds(Int32Array.from(source), Int32Array.from(variant), 11)).toBeUndefined()
    expect(jsdiffRuns(source, variant, 11)).toBeUndefined()
    expect(named(diffTokenIds(Int32Array.from(source), Int32Array.from(variant), 12))).toEqual(jsdiffRuns(source, variant, 12))
  })

  it('gives the runs of jsdiff’s diffArrays on any two sequences and budget', () => {
    // A small alphabet makes many equal tokens, so ties between paths are frequent.
    const sequence = fc.array(fc.integer({min: 0, max: 4}), {maxLength: 40})
    fc.assert(
      fc.property(sequence, sequence, fc.integer({min: 0, max: 60}), (source, variant, budget) => {
        expect(named(diffTokenIds(Int32Array.from(source), Int32Array.from(variant), budget))).toEqual(jsdiffRuns(source, variant, budget))
      }),
      {numRuns: 3000},
    )
  })
})
