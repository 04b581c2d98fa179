/**
 * Myers' O(ND) difference algorithm (Myers 1986, "An O(ND) Difference
 * Algorithm and Its Variations") over two sequences of integer token ids,
 * written to give exactly the runs `diffArrays` of `diff` (jsdiff 9) gives
 * on the same sequences: the same choice between an insertion and a
 * deletion at every step, the same pruning of diagonals that reached an
 * edge of the edit graph, and the same edit budget. A test compares the two
 * on random sequences.
 *
 * jsdiff keeps one object per path and per run of the edit script and
 * compares tokens through a method call; this keeps paths and runs in typed
 * arrays and compares integers, which on the beads of a document costs a
 * fraction of the time and allocates almost nothing per bead.
 */

/** The kind of a run of the edit script: tokens kept, added or removed. */
export type RunKind = typeof equalRun | typeof insertRun | typeof deleteRun
/** A run of tokens on both sides. */
export const equalRun = 0
/** A run of tokens of the variant only. */
export const insertRun = 1
/** A run of tokens of the source only. */
export const deleteRun = 2

/** The edit script of a diff: `kinds[k]` and `counts[k]` for runs `0..length - 1`, in order. */
export interface TokenRuns {
  /** `equalRun`, `insertRun` or `deleteRun` per run. */
  readonly kinds: Uint8Array
  readonly counts: Int32Array
  readonly length: number
}

/**
 * Runs of the edit script turning `source` into `variant`: tokens kept
 * (equal), added (insert) and removed (delete), in order; an insertion and
 * a deletion at the same place come in the order jsdiff gives them.
 *
 * @param source Token ids of the old sequence.
 * @param variant Token ids of the new sequence (same ids for equal tokens).
 * @param maxEditLength Most edits (insertions plus deletions) to look for.
 * @returns The runs, or `undefined` when the sequences differ by more than `maxEditLength` edits.
 */
export function diffTokenIds(source: Int32Array, variant: Int32Array, maxEditLength: number): TokenRuns | undefined {
  const oldLength = source.length
  const newLength = variant.length
  const maxEdits = Math.min(oldLength + newLength, maxEditLength)
  const runs = sharedRuns
  runs.clear()
  // The furthest path on each diagonal k (index k + offset): where it is in
  // the old sequence (-2: no path) and the last run of its edit script.
  const offset = maxEdits + 1
  const pathOld = new Int32Array(2 * maxEdits + 3).fill(noPath)
  const pathRun = new Int32Array(2 * maxEdits + 3)

  // Follow equal tokens along diagonal k from old position `oldPos`; the run they make is added to `lastRun`.
  let oldPos = -1
  let lastRun = -1
  const followCommon = (diagonal: number): number => {
    let newPos = oldPos - diagonal
    let common = 0
    while (newPos + 1 < newLength && oldPos + 1 < oldLength && source[oldPos + 1] === variant[newPos + 1]) {
      newPos++
      oldPos++
      common++
    }
    if (common > 0) lastRun = runs.add(equalRun, common, lastRun)
    return newPos
  }

  let newPos = followCommon(0)
  if (oldPos + 1 >= oldLength && newPos + 1 >= newLength) return runs.script(lastRun)
  pathOld[offset] = oldPos
  pathRun[offset] = lastRun

  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let edits = 1; edits <= maxEdits; edits++) {
    for (let diagonal = Math.max(minDiagonal, -edits); diagonal <= Math.min(maxDiagonal, edits); diagonal += 2) {
      const below = diagonal - 1 + offset
      const above = diagonal + 1 + offset
      const removeOld = pathOld[below]!
      const removeRun = pathRun[below]!
      const addOld = pathOld[above]!
      // Nothing else reads the path below again.
      if (removeOld !== noPath) pathOld[below] = noPath
      let canAdd = false
      if (addOld !== noPath) {
        const addNew = addOld - diagonal
        canAdd = addNew >= 0 && addNew < newLength
      }
      const canRemove = removeOld !== noPath && removeOld + 1 < oldLength
      if (!canAdd && !canRemove) {
        pathOld[diagonal + offset] = noPath
        continue
      }
      // Branch from the path that went furthest in the old sequence, an insertion on a tie.
      if (!canRemove || (canAdd && removeOld < addOld)) {
        oldPos = addOld
        lastRun = runs.extend(insertRun, pathRun[above]!)
      } else {
        oldPos = removeOld + 1
        lastRun = runs.extend(deleteRun, removeRun)
      }
      newPos = followCommon(diagonal)
      if (oldPos + 1 >= oldLength && newPos + 1 >= newLength) return runs.script(lastRun)
      pathOld[diagonal + offset] = oldPos
      pathRun[diagonal + offset] = lastRun
      // A path at an edge of the edit graph ends every diagonal beyond it.
      if (oldPos + 1 >= oldLength) maxDiagonal = Math.min(maxDiagonal, diagonal - 1)
      if (newPos + 1 >= newLength) minDiagonal = Math.max(minDiagonal, diagonal + 1)
    }
  }
  return undefined
}

/** Marks a diagonal without a path. */
const noPath = -2

/**
 * The runs of every path's edit script, shared between paths: run `r` is
 * `kind[r]` repeated `count[r]` times after the runs ending at `previous[r]`
 * (-1: none). A run is never changed once added; a path that repeats its
 * last kind gets a new run with one more token.
 */
class RunPool {
  private kind = new Uint8Array(64)
  private count = new Int32Array(64)
  private previous = new Int32Array(64)
  private size = 0

  /** Forget every run (the arrays are kept for the next diff). */
  clear(): void {
    this.size = 0
  }

  /** A new run of `count` tokens after the runs ending at `previous`. */
  add(kind: RunKind, count: number, previous: number): number {
    if (this.size === this.kind.length) this.grow()
    const run = this.size++
    this.kind[run] = kind
    this.count[run] = count
    this.previous[run] = previous
    return run
  }

  /** The script ending at `last` with one more token of `kind`. */
  extend(kind: RunKind, last: number): number {
    if (last >= 0 && this.kind[last] === kind) return this.add(kind, this.count[last]! + 1, this.previous[last]!)
    return this.add(kind, 1, last)
  }

  /** The script ending at `last`, first run first. */
  script(last: number): TokenRuns {
    let length = 0
    for (let run = last; run >= 0; run = this.previous[run]!) length++
    const kinds = new Uint8Array(length)
    const counts = new Int32Array(length)
    let at = length
    for (let run = last; run >= 0; run = this.previous[run]!) {
      at--
      kinds[at] = this.kind[run]!
      counts[at] = this.count[run]!
    }
    return {kinds, counts, length}
  }

  private grow(): void {
    const capacity = 2 * this.kind.length
    const kind = new Uint8Array(capacity)
    const count = new Int32Array(capacity)
    const previous = new Int32Array(capacity)
    kind.set(this.kind)
    count.set(this.count)
    previous.set(this.previous)
    this.kind = kind
    this.count = count
    this.previous = previous
  }
}

/**
 * The runs of every diff, kept from call to call so that diffing the beads
 * of a document does not grow a new pool each time: every run is written
 * before it is read within one call, and only the finished script leaves
 * it, copied.
 */
const sharedRuns = /* @__PURE__ */ new RunPool()
