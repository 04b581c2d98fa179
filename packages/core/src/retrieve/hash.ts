/**
 * 32-bit hashing in integer arithmetic (`Math.imul`, `>>>`), exact in every
 * JavaScript engine. MinHash implementations that compute `(a·x + b) mod p`
 * in doubles lose bits once the product passes 2^53; these never leave 32 bits.
 */

/** The finalizer of MurmurHash3 (Appleby 2011): a bijection on 32-bit integers that spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Hash a string: FNV-1a over its UTF-16 code units, then `mix32`.
 *
 * @param text Any string.
 * @returns An unsigned 32-bit integer.
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index)
    h = Math.imul(h, 0x01000193)
  }
  return mix32(h)
}
