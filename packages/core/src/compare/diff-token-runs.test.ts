import {describe, expect, it} from '@jest/globals'
import {diffArrays} from 'diff'
import fc from 'fast-check'
import {diffTokens} from './diff-token-runs'
import {TokenBuffer} from './diff-tokens'

/** A side of one-letter tokens apart by spaces (`b a c`), token `k` at `[2k, 2k + 1)`, id = letter. */
function side(ids: readonly number[]) {
  const text = ids.map((id) => String.fromCharCode(97 + id)).join(' ')
  const tokens = new TokenBuffer()
  ids.forEach((id, k) => tokens.push(2 * k, 2 * k + 1, id))
  return {span: {start: 0, end: text.length, text}, tokens}
}

/** The runs of jsdiff's diff of the whole arrays, as `op count` strings, or `undefined` past the budget. */
function plainRuns(source: readonly number[], variant: readonly number[], maxEditLength: number) {
  const changes = diffArrays([...source], [...variant], {maxEditLength})
  return changes?.map((change) => `${change.added ? 'insert' : change.removed ? 'delete' : 'equal'} ${change.count}`)
}

function runsOf(source: readonly number[], variant: readonly number[], maxEditLength: number) {
  const a = side(source)
  const b = side(variant)
  const {parts, coarse} = diffTokens(a.span, a.tokens, b.span, b.tokens, maxEditLength)
  // Each token is one letter and a space apart: a run of n tokens spans 2n - 1 characters.
  const runs = parts.map((part) => `${part.op} ${((part.source ?? part.variant)!.end - (part.source ?? part.variant)!.start + 1) / 2}`)
  return {runs, coarse, parts}
}

describe('diffTokens', () => {
  it.each([
    [[0, 1, 0], [0]],
    [[2, 2, 0, 3], [3, 2, 0, 3, 0, 3]],
    [[0, 1, 2], [0, 1, 2]],
    [[], [1, 2]],
    [[0, 1], [0, 1, 2, 0, 1]],
  ])('gives jsdiff’s runs for %j against %j', (source, variant) => {
    const {runs, coarse} = runsOf(source, variant, 200)
    expect(coarse).toBe(false)
    expect(runs).toEqual(plainRuns(source, variant, 200))
  })

  it('gives jsdiff’s runs, placed where jsdiff places them, on any token arrays', () => {
    const tokens = (letters: number) => fc.array(fc.nat(letters - 1), {maxLength: 12})
    fc.assert(
      fc.property(fc.integer({min: 1, max: 4}).chain((letters) => fc.tuple(tokens(letters), tokens(letters))), fc.integer({min: 0, max: 30}), ([source, variant], maxEditLength) => {
        const {runs, coarse} = runsOf(source, variant, maxEditLength)
        const plain = plainRuns(source, variant, maxEditLength)
        expect(coarse).toBe(plain === undefined)
        if (plain !== undefined) expect(runs).toEqual(plain)
      }),
      {numRuns: 2000},
    )
  })

  it('locates each part in both sides', () => {
    const {parts} = runsOf([0, 1, 2, 3], [0, 4, 2, 3], 200)
    expect(parts).toEqual([
      {op: 'equal', source: {start: 0, end: 1, text: 'a'}, variant: {start: 0, end: 1, text: 'a'}},
      {op: 'delete', source: {start: 2, end: 3, text: 'b'}},
      {op: 'insert', variant: {start: 2, end: 3, text: 'e'}},
      {op: 'equal', source: {start: 4, end: 7, text: 'c d'}, variant: {start: 4, end: 7, text: 'c d'}},
    ])
  })

  it('is coarse past the budget: common first and last tokens equal, the rest replaced', () => {
    const {runs, coarse} = runsOf([0, 1, 2, 1, 0], [0, 2, 1, 2, 0], 1)
    expect(coarse).toBe(true)
    expect(runs).toEqual(['equal 1', 'delete 3', 'insert 3', 'equal 1'])
  })
})
