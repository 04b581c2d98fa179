/** Moving a block of words, as sacrebleu's TER shift search does. */

/**
 * How many words a shift moves its block across: the words between the
 * block and its target, as {@link performShift} reads them. Moving a block
 * of `length` words across `across` words is undone by deleting and
 * re-inserting the shorter of the two, so it changes the edit distance to
 * any reference by at most `2 · min(length, across)`.
 */
export function wordsAcross(hypLength: number, start: number, length: number, target: number): number {
  if (target < start) return start - target
  if (target > start + length) return target - start - length
  return Math.max(0, Math.min(length + target, hypLength) - start - length)
}

/**
 * Move `words[start, start + length)` to before position `target`, as
 * sacrebleu does, writing the result into `shifted` (as long as `words`), so
 * the shift search allocates nothing per candidate.
 */
export function performShift(words: Int32Array, start: number, length: number, target: number, shifted: Int32Array): Int32Array {
  const n = words.length
  let offset = 0
  if (target < start) {
    offset = copyWords(words, 0, target, shifted, offset)
    offset = copyWords(words, start, start + length, shifted, offset)
    offset = copyWords(words, target, start, shifted, offset)
    offset = copyWords(words, start + length, n, shifted, offset)
  } else if (target > start + length) {
    offset = copyWords(words, 0, start, shifted, offset)
    offset = copyWords(words, start + length, target, shifted, offset)
    offset = copyWords(words, start, start + length, shifted, offset)
    offset = copyWords(words, target, n, shifted, offset)
  } else {
    offset = copyWords(words, 0, start, shifted, offset)
    offset = copyWords(words, start + length, length + target, shifted, offset)
    offset = copyWords(words, start, start + length, shifted, offset)
    offset = copyWords(words, length + target, n, shifted, offset)
  }
  shifted.fill(0, offset)
  return shifted
}

/** Append `words[from, to)`, both ends clamped to the words as `subarray` would, to `out` at `offset`; returns the new offset. */
function copyWords(words: Int32Array, from: number, to: number, out: Int32Array, offset: number): number {
  const n = words.length
  const first = Math.min(from, n)
  const last = Math.min(Math.max(from, to), n)
  for (let k = first; k < last; k++) out[offset++] = words[k]!
  return offset
}
