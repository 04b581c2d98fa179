/**
 * Counting matching n-grams of two symbol sequences, the core of chrF and
 * BLEU. Symbols are int32 values (code points, or word ids). No n-gram is
 * ever built as a string or hashed: an n-gram of order `n` is the pair (id
 * of its first `n − 1` symbols, its last symbol), and the n-grams of order
 * `n` are kept in chains, one per (n − 1)-gram, listing its continuations
 * met so far with the id each got. A (n − 1)-gram has few distinct
 * continuations in a sentence pair, so finding an n-gram is a short walk
 * of integer comparisons. Order 1 chains the symbols by their low bits.
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
  const work = workFor(hypLength + refLength)
  // ids[p]: id of the n-gram of the current order starting at p (the
  // hypothesis' positions first), updated in place; -1 once the n-gram at p
  // is missing from one side, since no longer n-gram starting there can
  // match either (this skips most of the work on unrelated text).
  const ids = work.ids
  const statistics: number[] = []
  let previousSize = 0
  for (let order = 1; order <= maxOrder; order++) {
    const hypCount = Math.max(0, hypLength - order + 1)
    const refCount = Math.max(0, refLength - order + 1)
    if (hypCount === 0 || refCount === 0) {
      // Every longer order has none either.
      statistics.push(hypCount, refCount, 0)
      continue
    }
    // The chains: order 1 by the symbol's low bits, order n by the id of the n-gram's first n − 1 symbols.
    const bucketMask = order === 1 ? work.symbolBuckets(hypLength + refLength) - 1 : 0
    work.headsFor(order === 1 ? bucketMask + 1 : previousSize)
    let size = 0
    for (let side = 0; side < 2; side++) {
      const symbols = side === 0 ? hypothesis : reference
      const offset = side === 0 ? 0 : hypLength
      const count = side === 0 ? hypCount : refCount
      // In stretches that cannot make more ids than the arrays hold (each position makes at most one).
      for (let from = 0; from < count; ) {
        if (size === work.keys.length) work.grow(size)
        const to = Math.min(count, from + work.keys.length - size)
        const mine = side === 0 ? work.hypCounts : work.refCounts
        const other = side === 0 ? work.refCounts : work.hypCounts
        size =
          order === 1
            ? internSymbols(symbols, from, to, ids, offset, bucketMask, work.heads, work.keys, work.next, mine, other, size)
            : internContinuations(symbols, from, to, order, ids, offset, work.previousHypCounts, work.previousRefCounts, work.heads, work.keys, work.next, mine, other, size)
        from = to
      }
    }
    const {hypCounts, refCounts} = work
    let matches = 0
    for (let id = 0; id < size; id++) matches += Math.min(hypCounts[id]!, refCounts[id]!)
    statistics.push(hypCount, refCount, matches)
    work.nextOrder()
    previousSize = size
  }
  return statistics
}

/**
 * Give ids to the symbols at `from` to `to − 1` of one side (order 1), counting them on that side.
 *
 * @param ids The id at each position; the side's positions start at `offset`.
 * @param mine The counts of this side; `other` those of the other side.
 * @param size Ids given so far.
 * @returns Ids given after these.
 */
function internSymbols(
  symbols: Int32Array,
  from: number,
  to: number,
  ids: Int32Array,
  offset: number,
  bucketMask: number,
  heads: Int32Array,
  keys: Int32Array,
  next: Int32Array,
  mine: Int32Array,
  other: Int32Array,
  size: number,
): number {
  for (let p = from; p < to; p++) {
    const key = symbols[p]!
    const bucket = key & bucketMask
    let id = heads[bucket]!
    while (id >= 0 && keys[id] !== key) id = next[id]!
    if (id < 0) {
      id = size++
      keys[id] = key
      next[id] = heads[bucket]!
      heads[bucket] = id
      mine[id] = 1
      other[id] = 0
    } else {
      mine[id]!++
    }
    ids[offset + p] = id
  }
  return size
}

/**
 * Give ids to the n-grams of order `order` starting at `from` to `to − 1`
 * of one side, from the ids of their first `order − 1` symbols, counting
 * them on that side; a position whose shorter n-gram one side lacks is
 * dropped (-1).
 */
function internContinuations(
  symbols: Int32Array,
  from: number,
  to: number,
  order: number,
  ids: Int32Array,
  offset: number,
  previousHypCounts: Int32Array,
  previousRefCounts: Int32Array,
  heads: Int32Array,
  keys: Int32Array,
  next: Int32Array,
  mine: Int32Array,
  other: Int32Array,
  size: number,
): number {
  const last = order - 1
  for (let p = from; p < to; p++) {
    const prefix = ids[offset + p]!
    if (prefix < 0) continue
    if (previousHypCounts[prefix] === 0 || previousRefCounts[prefix] === 0) {
      ids[offset + p] = -1
      continue
    }
    const key = symbols[p + last]!
    let id = heads[prefix]!
    while (id >= 0 && keys[id] !== key) id = next[id]!
    if (id < 0) {
      id = size++
      keys[id] = key
      next[id] = heads[prefix]!
      heads[prefix] = id
      mine[id] = 1
      other[id] = 0
    } else {
      mine[id]!++
    }
    ids[offset + p] = id
  }
  return size
}

/** Entries of a large pair's first arrays; they double as the distinct n-grams need. */
const firstLargeCapacity = 1 << 16
/** Most chains of order 1: symbols beyond share them (a chain then holds several symbols). */
const maxSymbolBuckets = 1 << 20

/**
 * The working arrays of `countNgramMatches`: the id of the n-gram at every
 * position (`ids`), the head of each chain (`heads`), and per id its last
 * symbol (`keys`), the next id of its chain (`next`, -1 at the end) and its
 * counts on each side for the current order and the previous one. The
 * arrays per id hold the distinct n-grams of one order, not the positions,
 * and double when full: chrF of two whole 10 MB texts as one segment keeps
 * them at the size of its distinct n-grams.
 */
class NgramWork {
  readonly ids: Int32Array
  heads = new Int32Array(0)
  keys: Int32Array
  next: Int32Array
  hypCounts: Int32Array
  refCounts: Int32Array
  previousHypCounts: Int32Array
  previousRefCounts: Int32Array

  /**
   * @param total Positions (symbols of both sides).
   * @param capacity Ids the arrays per id hold at first.
   */
  constructor(total: number, capacity: number) {
    this.ids = new Int32Array(total)
    this.keys = new Int32Array(capacity)
    this.next = new Int32Array(capacity)
    this.hypCounts = new Int32Array(capacity)
    this.refCounts = new Int32Array(capacity)
    this.previousHypCounts = new Int32Array(capacity)
    this.previousRefCounts = new Int32Array(capacity)
  }

  /** Chains of order 1 for a pair of `total` symbols: a power of two, about one per symbol. */
  symbolBuckets(total: number): number {
    let buckets = 16
    while (buckets < total && buckets < maxSymbolBuckets) buckets *= 2
    return buckets
  }

  /** `count` empty chain heads. */
  headsFor(count: number): Int32Array {
    if (this.heads.length < count) this.heads = new Int32Array(Math.max(count, 2 * this.heads.length))
    this.heads.fill(-1, 0, count)
    return this.heads
  }

  /** Twice the room per id, the first `size` ids kept. */
  grow(size: number): void {
    const capacity = 2 * this.keys.length
    this.keys = grown(this.keys, size, capacity)
    this.next = grown(this.next, size, capacity)
    this.hypCounts = grown(this.hypCounts, size, capacity)
    this.refCounts = grown(this.refCounts, size, capacity)
  }

  /** The counts of this order become the previous order's. */
  nextOrder(): void {
    const hypCounts = this.hypCounts
    const refCounts = this.refCounts
    this.hypCounts = this.previousHypCounts
    this.refCounts = this.previousRefCounts
    this.previousHypCounts = hypCounts
    this.previousRefCounts = refCounts
    // The arrays taken up again are written from id 0 before they are read; they need the room of the others.
    if (this.hypCounts.length < this.keys.length) {
      this.hypCounts = new Int32Array(this.keys.length)
      this.refCounts = new Int32Array(this.keys.length)
    }
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
/** The arrays kept for small pairs. */
let kept: NgramWork | undefined

/**
 * The working arrays for a pair of `total` symbols. Every value is written
 * before it is read within one call (chain heads are emptied per order, and
 * an id's entries are set when it is made), so the arrays of small pairs are
 * reused from call to call: scoring thousands of sentence pairs then
 * allocates almost nothing. Nothing is carried from one call's result to
 * the next.
 */
function workFor(total: number): NgramWork {
  if (total > keptScratchSymbols) return new NgramWork(total, Math.min(total, firstLargeCapacity))
  if (kept === undefined) kept = new NgramWork(keptScratchSymbols, keptScratchSymbols)
  return kept
}
