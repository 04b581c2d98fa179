import {isPythonWhitespace} from './python-text'

/**
 * Counting matching n-grams of two symbol sequences, the core of chrF and
 * BLEU. Symbols are int32 values (code points, or word ids); an n-gram of
 * order `n` gets a dense integer id by interning the pair (id of its first
 * `n - 1` symbols, its last symbol) in an open-addressing table, so no
 * n-gram string is ever built. chrF of a whole article takes well under a
 * millisecond this way.
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
  // One sequence holding both sides; n-grams never straddle `hypLength`.
  const symbols = new Int32Array(total)
  symbols.set(hypothesis, 0)
  symbols.set(reference, hypLength)

  let capacity = 16
  while (capacity < total * 2) capacity *= 2
  const mask = capacity - 1
  const scratch = scratchFor(total, capacity)
  const keysA = scratch.keysA
  const keysB = scratch.keysB
  const slots = scratch.slots
  // ids[p]: id of the n-gram of the current order starting at p, updated in
  // place; -1 once the n-gram at p is missing from one side, since no longer
  // n-gram starting there can match either (this skips most of the work on
  // unrelated text).
  const ids = scratch.ids
  // Occurrences of each id on each side, for this order and the previous one.
  let hypCounts = scratch.counts[0]!
  let refCounts = scratch.counts[1]!
  let previousHypCounts = scratch.counts[2]!
  let previousRefCounts = scratch.counts[3]!

  const statistics: number[] = []
  for (let order = 1; order <= maxOrder; order++) {
    const hypCount = Math.max(0, hypLength - order + 1)
    const refCount = Math.max(0, refLength - order + 1)
    if (hypCount === 0 || refCount === 0) {
      statistics.push(hypCount, refCount, 0)
      continue
    }
    slots.fill(-1)
    let size = 0
    // Hypothesis positions, then reference positions.
    for (let side = 0; side < 2; side++) {
      const from = side === 0 ? 0 : hypLength
      const to = side === 0 ? hypCount : hypLength + refCount
      const sideCounts = side === 0 ? hypCounts : refCounts
      for (let position = from; position < to; position++) {
        // Order 1 interns (symbol, -1); order n interns (id of order n - 1, last symbol).
        let a: number
        let b: number
        if (order === 1) {
          a = symbols[position]!
          b = -1
        } else {
          a = ids[position]!
          if (a < 0) continue
          if (previousHypCounts[a] === 0 || previousRefCounts[a] === 0) {
            ids[position] = -1
            continue
          }
          b = symbols[position + order - 1]!
        }
        let hash = (Math.imul(a, 0x9e3779b1) + b) | 0
        hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
        let slot = (hash ^ (hash >>> 13)) & mask
        for (;;) {
          const id = slots[slot]!
          if (id < 0) {
            keysA[slot] = a
            keysB[slot] = b
            slots[slot] = size
            hypCounts[size] = 0
            refCounts[size] = 0
            sideCounts[size] = 1
            ids[position] = size++
            break
          }
          if (keysA[slot] === a && keysB[slot] === b) {
            sideCounts[id]!++
            ids[position] = id
            break
          }
          slot = (slot + 1) & mask
        }
      }
    }
    let matches = 0
    for (let id = 0; id < size; id++) matches += Math.min(hypCounts[id]!, refCounts[id]!)
    statistics.push(hypCount, refCount, matches)
    ;[previousHypCounts, hypCounts] = [hypCounts, previousHypCounts]
    ;[previousRefCounts, refCounts] = [refCounts, previousRefCounts]
  }
  return statistics
}

/** Working arrays of `countNgramMatches`. */
interface Scratch {
  readonly keysA: Int32Array
  readonly keysB: Int32Array
  readonly slots: Int32Array
  readonly ids: Int32Array
  readonly counts: readonly Int32Array[]
}

/** Largest pair (in symbols) whose working arrays are kept for the next call; larger pairs get their own. */
const keptScratchSymbols = 1 << 14
let kept: {readonly total: number; readonly capacity: number; readonly scratch: Scratch} | undefined

/**
 * Working arrays for a pair of `total` symbols and a table of `capacity`
 * slots. Every value is written before it is read within one call, so the
 * arrays of small pairs are reused from call to call: scoring thousands of
 * sentence pairs then allocates almost nothing. Nothing is carried from one
 * call's result to the next.
 */
function scratchFor(total: number, capacity: number): Scratch {
  if (total > keptScratchSymbols) return newScratch(total, capacity)
  if (kept === undefined || kept.total < total || kept.capacity < capacity) {
    const keptTotal = Math.max(total, 1024)
    let keptCapacity = 2048
    while (keptCapacity < capacity) keptCapacity *= 2
    kept = {total: keptTotal, capacity: keptCapacity, scratch: newScratch(keptTotal, keptCapacity)}
  }
  const {scratch} = kept
  // The hash table must have exactly `capacity` slots (the mask), so take the front of the kept ones.
  return capacity === kept.capacity
    ? scratch
    : {...scratch, keysA: scratch.keysA.subarray(0, capacity), keysB: scratch.keysB.subarray(0, capacity), slots: scratch.slots.subarray(0, capacity)}
}

function newScratch(total: number, capacity: number): Scratch {
  return {
    keysA: new Int32Array(capacity),
    keysB: new Int32Array(capacity),
    slots: new Int32Array(capacity),
    ids: new Int32Array(total),
    counts: [new Int32Array(total), new Int32Array(total), new Int32Array(total), new Int32Array(total)],
  }
}

/**
 * The code points of a text as int32 symbols, optionally without Python
 * whitespace (chrF removes it before extracting character n-grams).
 *
 * @param text Any text (a lone surrogate is its own symbol).
 * @param dropWhitespace Leave out Python whitespace.
 */
export function codePointSymbols(text: string, dropWhitespace: boolean): Int32Array {
  const out = new Int32Array(text.length)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
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
