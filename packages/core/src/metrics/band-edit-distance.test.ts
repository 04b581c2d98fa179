import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {BandEditDistance} from './band-edit-distance'

/** The plain word edit distance, every cell computed. */
function plainDistance(hypothesis: readonly number[], reference: readonly number[]): number {
  let row = Array.from({length: reference.length + 1}, (_, j) => j)
  for (let i = 1; i <= hypothesis.length; i++) {
    const next = [i]
    for (let j = 1; j <= reference.length; j++) next.push(Math.min(row[j - 1]! + (hypothesis[i - 1] === reference[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1))
    row = next
  }
  return row[reference.length]!
}

const words = (maxLength: number) => fc.array(fc.integer({min: 0, max: 3}), {minLength: 1, maxLength})

describe('BandEditDistance', () => {
  it('is the plain distance when below the floor of paths outside the band, and never below it', () => {
    const editDistance = new BandEditDistance()
    fc.assert(
      fc.property(words(120), words(120), (hypothesis, reference) => {
        editDistance.use(Int32Array.from(reference))
        const {distance} = editDistance.full(Int32Array.from(hypothesis))
        const plain = plainDistance(hypothesis, reference)
        expect(distance).toBeGreaterThanOrEqual(plain)
        if (distance < editDistance.layout.outOfBandFloor) expect(distance).toBe(plain)
      }),
      {numRuns: 300},
    )
  })

  it('leaves paths out: a block of 30 words moved across 60 costs more in the band than outside it', () => {
    const reference = Int32Array.from({length: 90}, (_, index) => index)
    const hypothesis = Int32Array.from({length: 90}, (_, index) => (index + 30) % 90)
    const editDistance = new BandEditDistance()
    editDistance.use(reference)
    const {distance} = editDistance.full(hypothesis)
    expect(plainDistance([...hypothesis], [...reference])).toBe(60)
    expect(distance).toBeGreaterThan(60)
    expect(editDistance.layout.outOfBandFloor).toBeLessThanOrEqual(60)
  })
})
