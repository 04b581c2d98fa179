import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {countTerEdits} from './translation-edit-rate'

/**
 * A straightforward TER as sacrebleu writes it (`lib_ter.py`): every
 * candidate shift's distance computed over the whole banded table, the
 * candidates scored in the order they are found, nothing reused. The work
 * budget counts the cells `countTerEdits` counts: a full table per round,
 * and for each candidate the rows after the words it leaves in place.
 */
function referenceTer(hypothesis: readonly number[], reference: readonly number[], maxCells = Number.POSITIVE_INFINITY): {edits: number; limited: boolean} {
  if (reference.length === 0) return {edits: hypothesis.length, limited: false}
  let cells = 0
  let words = [...hypothesis]
  let shifts = 0
  let checked = 0
  for (;;) {
    const {distance, path, rowCells} = bandDistance(words, reference)
    cells += rowCells.reduce((sum, value) => sum + value, 0)
    const {align, hypErrors, refErrors} = alignmentOf(path, words.length, reference.length)
    let best: {gain: number; length: number; start: number; target: number; words: number[]} | undefined
    let cut = false
    search: for (let startH = 0; startH < words.length; startH++) {
      for (let startR = 0; startR < reference.length; startR++) {
        if (Math.abs(startR - startH) > 50) continue
        let length = 0
        while (length < 10 && words[startH + length] !== undefined && words[startH + length] === reference[startR + length]) {
          length++
          const wrongHere = hypErrors.slice(startH, startH + length).some(Boolean)
          const unmatchedThere = refErrors.slice(startR, startR + length).some(Boolean)
          const within = startH <= align[startR]! && align[startR]! < startH + length
          if (wrongHere && unmatchedThere && !within) {
            let previousTarget = -1
            for (let offset = -1; offset < length; offset++) {
              let target: number
              if (startR + offset === -1) target = 0
              else if (startR + offset < reference.length) target = align[startR + offset]! + 1
              else break
              if (target === previousTarget) continue
              previousTarget = target
              const shifted = shiftWords(words, startH, length, target)
              const gain = distance - bandDistance(shifted, reference).distance
              checked++
              cells += rowCells.slice(Math.min(startH, target) + 1).reduce((sum, value) => sum + value, 0)
              const wins =
                best === undefined ||
                gain > best.gain ||
                (gain === best.gain && (length > best.length || (length === best.length && (startH < best.start || (startH === best.start && target < best.target)))))
              if (wins) best = {gain, length, start: startH, target, words: shifted}
            }
            if (checked >= 1000) break search
            if (cells > maxCells) {
              cut = true
              break search
            }
          }
          if (startH + length === words.length || startR + length === reference.length) break
        }
      }
    }
    if (cut || checked >= 1000 || best === undefined || best.gain <= 0) return {edits: shifts + distance, limited: cut}
    shifts++
    words = best.words
  }
}

/** sacrebleu's `_perform_shift`. */
function shiftWords(words: readonly number[], start: number, length: number, target: number): number[] {
  if (target < start) return [...words.slice(0, target), ...words.slice(start, start + length), ...words.slice(target, start), ...words.slice(start + length)]
  if (target > start + length) return [...words.slice(0, start), ...words.slice(start + length, target), ...words.slice(start, start + length), ...words.slice(target)]
  return [...words.slice(0, start), ...words.slice(start + length, length + target), ...words.slice(start, start + length), ...words.slice(length + target)]
}

/** The banded edit distance, the operations of its path (first to last) and the cells of each row. */
function bandDistance(words: readonly number[], reference: readonly number[]): {distance: number; path: string[]; rowCells: number[]} {
  const n = words.length
  const m = reference.length
  const ratio = n > 0 ? m / n : 1
  const beam = 25 < ratio / 2 ? Math.ceil(ratio / 2 + 25) : 25
  const cost: number[][] = [Array.from({length: m + 1}, (_, j) => j)]
  const op: string[][] = [Array.from({length: m + 1}, () => 'insert')]
  const rowCells = [m + 1]
  for (let i = 1; i <= n; i++) {
    const diagonal = Math.floor(i * ratio)
    const minJ = Math.max(0, diagonal - beam)
    const maxJ = i === n ? m + 1 : Math.min(m + 1, diagonal + beam)
    rowCells.push(Math.max(0, maxJ - minJ))
    const row = new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY)
    const rowOp = new Array<string>(m + 1).fill('none')
    for (let j = minJ; j < maxJ; j++) {
      if (j === 0) {
        row[0] = cost[i - 1]![0]! + 1
        rowOp[0] = 'delete'
        continue
      }
      const same = words[i - 1] === reference[j - 1]
      const choices: [number, string][] = [
        [cost[i - 1]![j - 1]! + (same ? 0 : 1), same ? 'match' : 'substitute'],
        [cost[i - 1]![j]! + 1, 'delete'],
        [row[j - 1]! + 1, 'insert'],
      ]
      for (const [value, name] of choices) {
        if (value < row[j]!) {
          row[j] = value
          rowOp[j] = name
        }
      }
    }
    cost.push(row)
    op.push(rowOp)
  }
  const path: string[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const step = op[i]![j]!
    path.unshift(step)
    if (step === 'match' || step === 'substitute') {
      i--
      j--
    } else if (step === 'insert') j--
    else i--
  }
  return {distance: cost[n]![m]!, path, rowCells}
}

/** sacrebleu's `trace_to_alignment`: the hypothesis position of each reference position, and which words are errors. */
function alignmentOf(path: readonly string[], n: number, m: number): {align: number[]; hypErrors: number[]; refErrors: number[]} {
  const align = new Array<number>(m).fill(0)
  const hypErrors = new Array<number>(n).fill(0)
  const refErrors = new Array<number>(m).fill(0)
  let h = -1
  let r = -1
  for (const step of path) {
    if (step === 'match' || step === 'substitute') {
      h++
      r++
      align[r] = h
      if (step === 'substitute') {
        hypErrors[h] = 1
        refErrors[r] = 1
      }
    } else if (step === 'delete') {
      h++
      hypErrors[h] = 1
    } else {
      r++
      align[r] = h
      refErrors[r] = 1
    }
  }
  return {align, hypErrors, refErrors}
}

/** Words over a small alphabet, so that shifts abound. */
const words = (alphabet: number, maxLength: number) => fc.array(fc.integer({min: 0, max: alphabet - 1}), {maxLength})

describe('countTerEdits against a straightforward sacrebleu TER', () => {
  it('counts the same edits on short sequences over small alphabets', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 2, max: 6}).chain((alphabet) => fc.tuple(words(alphabet, 14), words(alphabet, 14))),
        ([hypothesis, reference]) => {
          const expected = referenceTer(hypothesis, reference)
          expect(countTerEdits(Int32Array.from(hypothesis), Int32Array.from(reference))).toEqual({edits: expected.edits, referenceLength: reference.length, limited: false})
        },
      ),
      {numRuns: 1500},
    )
  })

  it.each([
    [3, 40],
    [8, 70],
  ])('counts the same edits, and is cut short where the reference is, over %i words up to %i long', (alphabet, maxLength) => {
    fc.assert(
      fc.property(words(alphabet, maxLength), words(alphabet, maxLength), fc.constantFrom(Number.POSITIVE_INFINITY, 2_000, 20_000, 200_000), (hypothesis, reference, maxCells) => {
        const expected = referenceTer(hypothesis, reference, maxCells)
        const counted = countTerEdits(Int32Array.from(hypothesis), Int32Array.from(reference), maxCells)
        expect(counted).toEqual({edits: expected.edits, referenceLength: reference.length, limited: expected.limited})
      }),
      {numRuns: 150},
    )
  })

  it('counts the same edits when the band leaves paths out (sides of very different lengths)', () => {
    fc.assert(
      fc.property(words(4, 12), words(4, 90), fc.boolean(), (short, long, swap) => {
        const [hypothesis, reference] = swap ? [long, short] : [short, long]
        const expected = referenceTer(hypothesis, reference)
        expect(countTerEdits(Int32Array.from(hypothesis), Int32Array.from(reference)).edits).toBe(expected.edits)
      }),
      {numRuns: 100},
    )
  })

  it('gives the same count for any numbering of the words', () => {
    fc.assert(
      fc.property(words(5, 30), words(5, 30), fc.integer({min: 1, max: 1_000_000}), (hypothesis, reference, spread) => {
        const renumber = (values: number[]) => Int32Array.from(values, (value) => value * spread + 7)
        expect(countTerEdits(renumber(hypothesis), renumber(reference))).toEqual(countTerEdits(Int32Array.from(hypothesis), Int32Array.from(reference)))
      }),
      {numRuns: 200},
    )
  })
})
