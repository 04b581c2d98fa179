/** The first slot of the n-gram `(a, b)` in a table of `mask + 1` slots. */
export function slotOf(a: number, b: number, mask: number): number {
  let hash = (Math.imul(a, 0x9e3779b1) + b) | 0
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  return (hash ^ (hash >>> 13)) & mask
}

/** Slots of the first table of a large pair; it doubles as the distinct n-grams need. */
const firstLargeCapacity = 1 << 16

/**
 * The working arrays of `countNgramMatches`: an open-addressing table from
 * an n-gram `(keysA, keysB)` to its id (`slots`, -1 where empty), the
 * counts of each id on each side for the current order and the previous
 * one, and the id of the n-gram at every position of the two sides, the
 * hypothesis' first (`ids`).
 *
 * The table has at least twice as many slots as ids. For a small pair it is
 * sized for every position to hold a distinct n-gram, and kept from call to
 * call; a large pair's starts small and doubles when half full, so its size
 * follows the distinct n-grams rather than the positions: chrF of two whole
 * 10 MB texts as one segment (20 million code points, a few million
 * distinct n-grams of each order) would otherwise take some 800 MB of
 * table. Ids are given in the order n-grams are first met, whatever the
 * table's size, so the counts are the same either way.
 */
export class NgramTable {
  keysA: Int32Array
  keysB: Int32Array
  slots: Int32Array
  mask: number
  hypCounts: Int32Array
  refCounts: Int32Array
  previousHypCounts: Int32Array
  previousRefCounts: Int32Array
  readonly ids: Int32Array

  /**
   * @param total Positions (symbols of both sides).
   * @param capacity Slots of the table (a power of two).
   */
  constructor(total: number, capacity: number) {
    this.keysA = new Int32Array(capacity)
    this.keysB = new Int32Array(capacity)
    this.slots = new Int32Array(capacity)
    this.mask = capacity - 1
    this.ids = new Int32Array(total)
    const counts = Math.min(total, capacity >>> 1)
    this.hypCounts = new Int32Array(counts)
    this.refCounts = new Int32Array(counts)
    this.previousHypCounts = new Int32Array(counts)
    this.previousRefCounts = new Int32Array(counts)
  }

  /** How many ids the table takes before it must grow: half its slots, and no more than the count arrays hold. */
  idLimit(): number {
    return Math.min((this.mask + 1) >>> 1, this.hypCounts.length)
  }

  /** Empty the slots in use for the next order. */
  clear(): void {
    this.slots.fill(-1, 0, this.mask + 1)
  }

  /** Twice the slots, the `size` ids so far kept in the same ids, and count arrays to match. */
  grow(size: number): void {
    const capacity = (this.mask + 1) * 2
    const mask = capacity - 1
    const keysA = new Int32Array(capacity)
    const keysB = new Int32Array(capacity)
    const slots = new Int32Array(capacity).fill(-1)
    for (let old = 0; old <= this.mask; old++) {
      const id = this.slots[old]!
      if (id < 0) continue
      const a = this.keysA[old]!
      const b = this.keysB[old]!
      let slot = slotOf(a, b, mask)
      while (slots[slot]! >= 0) slot = (slot + 1) & mask
      keysA[slot] = a
      keysB[slot] = b
      slots[slot] = id
    }
    this.keysA = keysA
    this.keysB = keysB
    this.slots = slots
    this.mask = mask
    const counts = Math.min(this.ids.length, capacity >>> 1)
    if (counts > this.hypCounts.length) {
      this.hypCounts = grown(this.hypCounts, size, counts)
      this.refCounts = grown(this.refCounts, size, counts)
    }
  }

  /** The counts of this order become the previous order's. */
  nextOrder(): void {
    const hypCounts = this.hypCounts
    const refCounts = this.refCounts
    this.hypCounts = this.previousHypCounts
    this.refCounts = this.previousRefCounts
    this.previousHypCounts = hypCounts
    this.previousRefCounts = refCounts
    // The arrays taken up again are filled from id 0; they only need the length of the larger pair.
    if (this.hypCounts.length < hypCounts.length) {
      this.hypCounts = new Int32Array(hypCounts.length)
      this.refCounts = new Int32Array(hypCounts.length)
    }
  }

  /**
   * Use only the first `capacity` slots (a power of two, at least twice
   * `total`, no more than the table has): a small pair on the kept table
   * then empties and probes only the slots it needs, through the mask, with
   * no view made per call.
   *
   * @param capacity The slots to use.
   */
  useSlots(capacity: number): void {
    this.mask = capacity - 1
  }
}

/** A copy of the first `used` values of `values` in an array of `length`. */
function grown(values: Int32Array, used: number, length: number): Int32Array {
  const copy = new Int32Array(length)
  copy.set(values.subarray(0, used))
  return copy
}

/** Largest pair (in symbols) whose working arrays are kept for the next call; larger pairs get their own. */
const keptScratchSymbols = 1 << 14
/** The table kept for small pairs. */
let kept: NgramTable | undefined

/**
 * The working arrays for a pair of `total` symbols. Every value is written
 * before it is read within one call (the table is emptied per order, and a
 * count is set when its id is made), so the arrays of small pairs are
 * reused from call to call: scoring thousands of sentence pairs then
 * allocates almost nothing. Nothing is carried from one call's result to
 * the next.
 */
export function tableFor(total: number): NgramTable {
  if (total > keptScratchSymbols) return new NgramTable(total, firstLargeCapacity)
  let capacity = 16
  while (capacity < total * 2) capacity *= 2
  if (kept === undefined || kept.ids.length < total || kept.slots.length < capacity) {
    let keptCapacity = 2048
    while (keptCapacity < capacity) keptCapacity *= 2
    kept = new NgramTable(Math.max(total, 1024), keptCapacity)
  }
  kept.useSlots(capacity)
  return kept
}
