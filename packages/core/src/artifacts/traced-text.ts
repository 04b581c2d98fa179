/**
 * A text derived from an original one, with the original range each of its
 * code units came from, so a repair made in several steps (encode to bytes,
 * patch bytes, decode, repeat) can still be reported as spans of the original.
 */
export interface TracedText {
  readonly text: string
  /** `from[i]`: start offset in the original of the characters that produced code unit `i`. */
  readonly from: Int32Array
  /** `to[i]`: end offset (exclusive) in the original of those characters. */
  readonly to: Int32Array
}

/** Bytes with the same kind of trace: `from[i]`/`to[i]` is the original range of byte `i`. */
export interface TracedBytes {
  readonly bytes: Uint8Array
  readonly from: Int32Array
  readonly to: Int32Array
}

/**
 * A slice `[start, end)` of an original text, traced to itself.
 *
 * @param text The original text.
 * @param start Where the slice starts in it.
 * @param end Where the slice ends.
 */
export function traceSlice(text: string, start: number, end: number): TracedText {
  const length = end - start
  const from = new Int32Array(length)
  const to = new Int32Array(length)
  for (let index = 0; index < length; index++) {
    from[index] = start + index
    to[index] = start + index + 1
  }
  return {text: text.slice(start, end), from, to}
}

/**
 * Replace the pieces `[start, end)` of a traced text with other traced texts
 * (pieces sorted, not overlapping).
 *
 * @param traced The text to patch.
 * @param pieces What replaces which range of its code units.
 * @returns The patched text, each unit still traced to the original.
 */
export function patchTraced(traced: TracedText, pieces: ReadonlyArray<{readonly start: number; readonly end: number; readonly value: TracedText}>): TracedText {
  let text = ''
  const from: number[] = []
  const to: number[] = []
  let at = 0
  const copy = (source: TracedText, start: number, end: number): void => {
    text += source.text.slice(start, end)
    for (let index = start; index < end; index++) {
      from.push(source.from[index]!)
      to.push(source.to[index]!)
    }
  }
  for (const piece of pieces) {
    copy(traced, at, piece.start)
    copy(piece.value, 0, piece.value.text.length)
    at = piece.end
  }
  copy(traced, at, traced.text.length)
  return {text, from: Int32Array.from(from), to: Int32Array.from(to)}
}

/** One changed stretch: the original range and what it became. */
export interface TracedChange {
  readonly start: number
  readonly end: number
  readonly value: string
}

/**
 * The stretches of the original that a traced text changed: every run of
 * code units that is not its own original character, with the union of their
 * original ranges. Units are unchanged when they come from exactly one
 * original code unit and equal it.
 *
 * @param original The original text the trace points into.
 * @param traced A text derived from it.
 * @returns The changes in order, not overlapping.
 */
export function tracedChanges(original: string, traced: TracedText): TracedChange[] {
  const changes: TracedChange[] = []
  let group: {outStart: number; start: number; end: number} | undefined
  const close = (outEnd: number): void => {
    if (group === undefined) return
    changes.push({start: group.start, end: group.end, value: traced.text.slice(group.outStart, outEnd)})
    group = undefined
  }
  for (let index = 0; index < traced.text.length; index++) {
    const start = traced.from[index]!
    const end = traced.to[index]!
    const same = end - start === 1 && original.charCodeAt(start) === traced.text.charCodeAt(index) && (group === undefined || start >= group.end)
    if (same) {
      close(index)
      continue
    }
    if (group === undefined) group = {outStart: index, start, end}
    else group = {outStart: group.outStart, start: Math.min(group.start, start), end: Math.max(group.end, end)}
  }
  close(traced.text.length)
  return changes
}
