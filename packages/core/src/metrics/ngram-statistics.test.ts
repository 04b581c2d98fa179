import {describe, expect, it} from '@jest/globals'
import {countNgramMatches} from './ngram-statistics'

/** `[hyp, ref, match]` per order, counted with string keys: the definition `countNgramMatches` must meet. */
function countWithStrings(hypothesis: Int32Array, reference: Int32Array, maxOrder: number): number[] {
  const counts = (symbols: Int32Array, order: number) => {
    const found = new Map<string, number>()
    for (let start = 0; start + order <= symbols.length; start++) {
      const key = symbols.subarray(start, start + order).join(',')
      found.set(key, (found.get(key) ?? 0) + 1)
    }
    return found
  }
  const statistics: number[] = []
  for (let order = 1; order <= maxOrder; order++) {
    const hyp = counts(hypothesis, order)
    const ref = counts(reference, order)
    let matches = 0
    for (const [key, count] of hyp) matches += Math.min(count, ref.get(key) ?? 0)
    statistics.push(Math.max(0, hypothesis.length - order + 1), Math.max(0, reference.length - order + 1), matches)
  }
  return statistics
}

/** A sequence of `length` symbols from an alphabet of `alphabet`, from a fixed seed. */
function symbols(length: number, alphabet: number, seed: number): Int32Array {
  const out = new Int32Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out[i] = (state >>> 8) % alphabet
  }
  return out
}

describe('countNgramMatches', () => {
  it.each([
    ['a small pair', 40, 50, 5],
    ['a pair just over the kept table', 9_000, 8_000, 40],
    ['a large pair whose table grows many times', 60_000, 70_000, 3_000],
    ['a large pair of few distinct symbols', 50_000, 40_000, 4],
  ])('counts %s as string keys do', (_, hypLength, refLength, alphabet) => {
    const hypothesis = symbols(hypLength, alphabet, 1)
    const reference = symbols(refLength, alphabet, 2)
    expect(countNgramMatches(hypothesis, reference, 6)).toEqual(countWithStrings(hypothesis, reference, 6))
  })

  it('gives the same counts for a small pair after a large one', () => {
    const small = [symbols(30, 4, 3), symbols(25, 4, 4)] as const
    const before = countNgramMatches(small[0], small[1], 4)
    countNgramMatches(symbols(40_000, 100, 5), symbols(40_000, 100, 6), 4)
    expect(countNgramMatches(small[0], small[1], 4)).toEqual(before)
    expect(before).toEqual(countWithStrings(small[0], small[1], 4))
  })

  it('counts 2,000 random small pairs as string keys do, the reference looked up in the hypothesis\' n-grams', () => {
    for (let seed = 1; seed <= 2_000; seed++) {
      const hypothesis = symbols(seed % 23, 2 + (seed % 5), seed)
      const reference = symbols((seed * 7) % 29, 2 + (seed % 4), seed + 5_000)
      expect(countNgramMatches(hypothesis, reference, 6)).toEqual(countWithStrings(hypothesis, reference, 6))
    }
  })
})
