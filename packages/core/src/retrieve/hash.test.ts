import {describe, expect, it} from '@jest/globals'
import {hashString, mix32} from './hash'

describe('32-bit hashing', () => {
  it.each([
    [0, 0],
    [1, 0x514e28b7],
    [0xffffffff, 0x81f16f39],
  ])('mix32(%i) is the MurmurHash3 finalizer value %i', (input, expected) => {
    expect(mix32(input)).toBe(expected)
  })

  it('hashes strings to unsigned 32-bit integers, the same way every time', () => {
    for (const text of ['', 'a', 'embassy', '\uD800', '🙂'.repeat(9)]) {
      const hash = hashString(text)
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true)
      expect(hashString(text)).toBe(hash)
    }
    expect(hashString('embassy')).not.toBe(hashString('embassies'))
  })
})
