import {slotOf, tableFor} from './ngram-table'

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
