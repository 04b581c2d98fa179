import {isPythonWhitespace} from './python-text'

/**
 * Counting matching n-grams of two symbol sequences, the core of chrF and
 * BLEU. Symbols are int32 values (code points, or word ids); an n-gram of
 * order `n` gets a dense integer id by interning the pair (id of its first
 * `n - 1` symbols, its last symbol) in an open-addressing table, so no
 * n-gram string is ever built. Only the hypothesis' n-grams are interned:
 * the reference's are looked up, since one the hypothesis lacks adds to no
 * match (the counts of positions per side are arithmetic). chrF of a whole
 * article takes well under a millisecond this way.
 */

/**
 * For each order `1..maxOrder`, count the hypothesis n-grams, the reference
 * n-grams and the clipped matches (the sum over distinct n-grams of the
 * smaller of the two counts), as sacrebleu's `Counter` intersection does.
 *
 * @param hypothesis Symbols of the hypothesis.
 * @param reference Symbols of the reference.
 * @param maxOrder Highest n-gram order (≥ 1).
 * @returns A flat list `[hyp, ref, match]` for order 1, then order 2, and so on.
 */
export function countNgramMatches(hypothesis: Int32Array, reference: Int32Array, maxOrder: number): number[] {
  const hypLength = hypothesis.length
  const refLength = reference.length
  const total = hypLength + refLength
  const table = tableFor(total)
  // ids[p]: id of the n-gram of the current order starting at p, updated in
  // place; -1 once the n-gram at p is missing from one side, since no longer
  // n-gram starting there can match either (this skips most of the work on
  // unrelated text).
  const ids = table.ids

  const statistics: number[] = []
  for (let order = 1; order <= maxOrder; order++) {
    const hypCount = Math.max(0, hypLength - order + 1)
    const refCount = Math.max(0, refLength - order + 1)
    if (hypCount === 0 || refCount === 0) {
      statistics.push(hypCount, refCount, 0)
      continue
    }
    table.clear()
    // Reference occurrences of each id of the previous order (read): a hypothesis n-gram whose first n − 1 symbols the reference lacks cannot match.
    const previousRefCounts = table.previousRefCounts
    let {keysA, keysB, slots, mask, hypCounts, refCounts} = table
    // The table grows (twice as many slots) when it is half full; at most `total` ids ever, so a table sized for them never grows.
    let limit = table.idLimit()
    let size = 0
    // The hypothesis' n-grams are interned; position `p` of `ids` is hypothesis symbol `p`.
    for (let position = 0; position < hypCount; position++) {
      // Order 1 interns (symbol, -1); order n interns (id of order n - 1, last symbol).
      let a: number
      let b: number
      if (order === 1) {
        a = hypothesis[position]!
        b = -1
      } else {
        a = ids[position]!
        if (a < 0) continue
        if (previousRefCounts[a] === 0) {
          ids[position] = -1
          continue
        }
        b = hypothesis[position + order - 1]!
      }
      let slot = slotOf(a, b, mask)
      for (;;) {
        const id = slots[slot]!
        if (id < 0) {
          if (size === limit) {
            // Full: grow, then look for the slot again in the larger table.
            table.grow(size)
            ;({keysA, keysB, slots, mask, hypCounts, refCounts} = table)
            limit = table.idLimit()
            slot = slotOf(a, b, mask)
            continue
          }
          keysA[slot] = a
          keysB[slot] = b
          slots[slot] = size
          hypCounts[size] = 1
          refCounts[size] = 0
          ids[position] = size++
          break
        }
        if (keysA[slot] === a && keysB[slot] === b) {
          hypCounts[id]!++
          ids[position] = id
          break
        }
        slot = (slot + 1) & mask
      }
    }
    // The reference's n-grams are only looked up: one the hypothesis lacks matches nothing, and neither does any longer one starting at the same place (-1). Position `p` of `ids` is reference symbol `p - hypLength`.
    for (let position = hypLength; position < hypLength + refCount; position++) {
      let a: number
      let b: number
      if (order === 1) {
        a = reference[position - hypLength]!
        b = -1
      } else {
        a = ids[position]!
        if (a < 0) continue
        b = reference[position - hypLength + order - 1]!
      }
      let id = -1
      for (let slot = slotOf(a, b, mask); ; slot = (slot + 1) & mask) {
        const found = slots[slot]!
        if (found < 0) break
        if (keysA[slot] === a && keysB[slot] === b) {
          id = found
          refCounts[found]!++
          break
        }
      }
      ids[position] = id
    }
    let matches = 0
    for (let id = 0; id < size; id++) matches += Math.min(hypCounts[id]!, refCounts[id]!)
    statistics.push(hypCount, refCount, matches)
    table.nextOrder()
  }
  return statistics
}

/** The first slot of the n-gram `(a, b)` in a table of `mask + 1` slots. */
function slotOf(a: number, b: number, mask: number): number {
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
class NgramTable {
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
function tableFor(total: number): NgramTable {
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

/**
 * The code points of a text (or of a range of it) as int32 symbols,
 * optionally without Python whitespace (chrF removes it before extracting
 * character n-grams).
 *
 * @param text Any text (a lone surrogate is its own symbol).
 * @param dropWhitespace Leave out Python whitespace.
 * @param start Start of the range read (a surrogate pair is read whole only when both halves are in it). @default 0
 * @param end End of the range (exclusive). @default text.length
 * @param into Where to write them when it is long enough (at least `end - start`); the result is then a view of it.
 */
export function codePointSymbols(text: string, dropWhitespace: boolean, start = 0, end = text.length, into?: Int32Array): Int32Array {
  const out = into !== undefined && into.length >= end - start ? into : new Int32Array(end - start)
  let length = 0
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[length++] = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00)
        i++
        continue
      }
    }
    if (dropWhitespace && isPythonWhitespace(unit)) continue
    out[length++] = unit
  }
  return out.subarray(0, length)
}

/** Word symbols: each distinct string gets an id, shared by the two sides of a pair. */
export class SymbolTable {
  private readonly table = new Map<string, number>()

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
}
