import {describe, expect, it} from '@jest/globals'
import {scoreAlignment} from './score-pairs'
import {countTerEdits} from './translation-edit-rate'

/** A hypothesis of `words` ids with every pair of neighbours swapped: many shifts pay off. */
function swappedPairs(words: number): {hypothesis: Int32Array; reference: Int32Array} {
  const reference = Int32Array.from({length: words}, (_, index) => index)
  const hypothesis = reference.map((_, index) => (index % 2 === 0 ? index + 1 : index - 1))
  return {hypothesis, reference}
}

describe('countTerEdits within a work budget', () => {
  it('gives the exact count, unflagged, without a budget', () => {
    const {hypothesis, reference} = swappedPairs(40)
    const exact = countTerEdits(hypothesis, reference)
    expect(exact.limited).toBe(false)
    expect(exact.edits).toBeGreaterThan(0)
    expect(countTerEdits(hypothesis, reference, 1e9)).toEqual(exact)
  })

  it('stops the shift search on a small budget, flags it, and never counts fewer edits', () => {
    const {hypothesis, reference} = swappedPairs(40)
    const exact = countTerEdits(hypothesis, reference)
    const cut = countTerEdits(hypothesis, reference, 5_000)
    expect(cut.limited).toBe(true)
    expect(cut.edits).toBeGreaterThanOrEqual(exact.edits)
    expect(cut.referenceLength).toBe(40)
  })

  it('treats an empty reference without search', () => {
    expect(countTerEdits(Int32Array.from([1, 2]), new Int32Array(0), 0)).toEqual({edits: 2, referenceLength: 0, limited: false})
  })
})

describe('scoreAlignment on a bead too long for the full shift search', () => {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const lines = (step: number, offset: number) => Array.from({length: 1500}, (_, index) => letters[(index * step + offset) % 26]).join('\n')

  it('flags the bead whose TER is an upper bound and leaves short beads exact', () => {
    const scores = scoreAlignment([
      {hypothesis: lines(7, 3), reference: lines(1, 0)},
      {hypothesis: 'The crowd attempted to storm the embassy.', reference: 'The crowd tried to storm the embassy.'},
    ])
    expect(scores.pairs[0]!.terUpperBound).toBe(true)
    expect(scores.pairs[0]!.ter).toBeGreaterThan(0)
    expect(scores.pairs[1]).not.toHaveProperty('terUpperBound')
    expect(scores.pairs[1]!.ter).toBeCloseTo(100 / 7, 10)
  })
})
