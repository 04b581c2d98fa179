/**
 * Counting matching n-grams of two symbol sequences, the core of chrF and
 * BLEU. Symbols are small non-negative integers; an n-gram of order `n` gets
 * an integer id by interning the pair (id of its first `n - 1` symbols, its
 * last symbol), so no n-gram string is ever built. This keeps chrF of a
 * whole article well under a millisecond.
 */

/**
 * An open-addressing hash table from a pair of non-negative int32 values to
 * a dense id (0, 1, 2, … in order of first insertion).
 */
class PairInterner {
  private keysA: Int32Array
  private keysB: Int32Array
  private ids: Int32Array
  private mask: number
  size = 0

  constructor(expected: number) {
    let capacity = 16
    while (capacity < expected * 2) capacity *= 2
    this.keysA = new Int32Array(capacity)
    this.keysB = new Int32Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
  }

  /** The id of the pair `(a, b)`, allocated on first sight. */
  intern(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & this.mask
    for (;;) {
      const id = this.ids[slot]!
      if (id < 0) {
        this.keysA[slot] = a
        this.keysB[slot] = b
        this.ids[slot] = this.size
        return this.size++
      }
      if (this.keysA[slot] === a && this.keysB[slot] === b) return id
      slot = (slot + 1) & this.mask
    }
  }
}

/**
 * For each order `1..maxOrder`, count the hypothesis n-grams, the reference
 * n-grams and the clipped matches (sum over distinct n-grams of the smaller
 * of the two counts), as sacrebleu's `Counter` intersection does.
 *
 * @param hypothesis Symbol ids of the hypothesis, each in `[0, symbolCount)`.
 * @param reference Symbol ids of the reference, each in `[0, symbolCount)`.
 * @param symbolCount One more than the largest symbol id.
 * @param maxOrder Highest n-gram order (≥ 1).
 * @returns A flat list `[hyp, ref, match]` for order 1, then order 2, and so on.
 */
export function countNgramMatches(
  hypothesis: ArrayLike<number>,
  reference: ArrayLike<number>,
  symbolCount: number,
  maxOrder: number,
): number[] {
  const hypLength = hypothesis.length
  const refLength = reference.length
  const total = hypLength + refLength
  // One sequence holding both sides; n-grams never straddle `hypLength`.
  const symbols = new Int32Array(total)
  for (let i = 0; i < hypLength; i++) symbols[i] = hypothesis[i]!
  for (let i = 0; i < refLength; i++) symbols[hypLength + i] = reference[i]!

  const statistics: number[] = []
  let ids = symbols
  let idCount = symbolCount
  for (let order = 1; order <= maxOrder; order++) {
    const hypCount = Math.max(0, hypLength - order + 1)
    const refCount = Math.max(0, refLength - order + 1)
    if (order > 1) {
      if (hypCount === 0 && refCount === 0) {
        statistics.push(0, 0, 0)
        continue
      }
      // ids[i] (order - 1) becomes the id of the n-gram starting at i.
      const interner = new PairInterner(hypCount + refCount)
      const next = new Int32Array(total)
      for (let i = 0; i < hypCount; i++) next[i] = interner.intern(ids[i]!, symbols[i + order - 1]!)
      for (let i = hypLength; i < hypLength + refCount; i++) next[i] = interner.intern(ids[i]!, symbols[i + order - 1]!)
      ids = next
      idCount = interner.size
    }
    const counts = new Int32Array(idCount)
    for (let i = hypLength; i < hypLength + refCount; i++) counts[ids[i]!]!++
    let matches = 0
    // Each hypothesis n-gram matches while the reference still has a copy left.
    for (let i = 0; i < hypCount; i++) {
      const id = ids[i]!
      if (counts[id]! > 0) {
        counts[id]!--
        matches++
      }
    }
    statistics.push(hypCount, refCount, matches)
  }
  return statistics
}

/**
 * Map strings to dense symbol ids, sharing one vocabulary across calls.
 */
export class SymbolTable {
  private readonly table = new Map<string, number>()

  /** Number of distinct symbols seen so far. */
  get size(): number {
    return this.table.size
  }

  /** The ids of `items`, allocating new ids for unseen strings. */
  ids(items: readonly string[]): Int32Array {
    const result = new Int32Array(items.length)
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      let id = this.table.get(item)
      if (id === undefined) {
        id = this.table.size
        this.table.set(item, id)
      }
      result[i] = id
    }
    return result
  }

  /** The ids of the code points of `text`, allocating new ids for unseen ones. */
  codePointIds(text: string): Int32Array {
    const result: number[] = []
    for (const char of text) {
      let id = this.table.get(char)
      if (id === undefined) {
        id = this.table.size
        this.table.set(char, id)
      }
      result.push(id)
    }
    return Int32Array.from(result)
  }
}
