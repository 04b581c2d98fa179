import {describe, expect, it} from '@jest/globals'
import {grownToSize} from './word-id-bytes'

describe('grownToSize', () => {
  it('makes a zeroed table when there is none', () => {
    expect(Array.from(grownToSize(undefined, 3))).toEqual([0, 0, 0])
  })
  it('returns the same table when it is large enough', () => {
    const bytes = Uint8Array.of(1, 2, 3)
    expect(grownToSize(bytes, 2)).toBe(bytes)
    expect(grownToSize(bytes, 3)).toBe(bytes)
  })
  it('keeps what was worked out and zeroes the new entries', () => {
    const grown = grownToSize(Uint8Array.of(4, 5), 4)
    expect(Array.from(grown)).toEqual([4, 5, 0, 0])
  })
  it('makes room for twice the old length when asked to spare', () => {
    expect(grownToSize(new Uint8Array(8), 9, true).length).toBe(16)
    expect(grownToSize(new Uint8Array(8), 20, true).length).toBe(20)
    expect(grownToSize(new Uint8Array(8), 9).length).toBe(9)
  })
})
