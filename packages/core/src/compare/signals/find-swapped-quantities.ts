import type {Signal} from '../../types'
import {type AnalyzedSide, wordsOf} from './analyze-side'
import {isContentWord, quoted, type SignalWord} from './signal-text'
import type {Quantity} from './find-quantities'

/** Keys of the nearest content words before and after a quantity (`killed 25 fighters` → kill, fighter). */
function neighbors(words: readonly SignalWord[], quantity: Quantity): Set<string> {
  const found = new Set<string>()
  // Binary search for the first word at or after the quantity's end.
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((words[middle] as SignalWord).start >= quantity.end) high = middle
    else low = middle + 1
  }
  const firstAfter = low
  for (let i = firstAfter; i < Math.min(words.length, firstAfter + 3); i++) {
    const word = words[i] as SignalWord
    if (isContentWord(word)) {
      found.add(word.key)
      break
    }
  }
  let before = firstAfter - 1
  while (before >= 0 && (words[before] as SignalWord).end > quantity.start) before--
  for (let i = before; i >= Math.max(0, before - 2); i--) {
    const word = words[i] as SignalWord
    if (isContentWord(word)) {
      found.add(word.key)
      break
    }
  }
  return found
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((key) => b.has(key))

/**
 * Two quantities kept on both sides but traded places: "killed 25 and
 * wounded 55" → "killed 55 and wounded 25". Each quantity's neighbouring
 * content words on one side are those of the other quantity on the other
 * side, and not its own. Only quantities at most eight apart are compared.
 */
export function findSwappedQuantities(source: AnalyzedSide, variant: AnalyzedSide, kept: ReadonlyArray<readonly [Quantity, Quantity]>): Signal[] {
  if (kept.length < 2) return []
  const signals: Signal[] = []
  const context = kept.map(([from, to]) => [neighbors(wordsOf(source), from), neighbors(wordsOf(variant), to)] as const)
  const reported = new Set<number>()
  // Swaps are local (within a sentence or two): look eight quantities ahead, which keeps this linear.
  for (let a = 0; a < kept.length; a++) {
    for (let b = a + 1; b < Math.min(kept.length, a + 9); b++) {
      const [sourceA, variantA] = context[a] as readonly [Set<string>, Set<string>]
      const [sourceB, variantB] = context[b] as readonly [Set<string>, Set<string>]
      if (reported.has(a) || reported.has(b) || meets(sourceA, variantA) || meets(sourceB, variantB)) continue
      if (!meets(sourceA, variantB) || !meets(sourceB, variantA)) continue
      const [fromA] = kept[a] as readonly [Quantity, Quantity]
      const [fromB, toB] = kept[b] as readonly [Quantity, Quantity]
      // Two equal amounts trading places (`two goals down … 3-2`) change nothing.
      if (fromA.value === fromB.value) continue
      reported.add(a).add(b)
      signals.push({
        kind: 'number',
        severity: 'error',
        message: `Quantities swapped: ${quoted(fromA.text)} and ${quoted(fromB.text)} trade places.`,
        source: {start: fromA.start, end: fromA.end, text: fromA.text},
        // The variant quantity now standing where the source one stood.
        variant: {start: toB.start, end: toB.end, text: toB.text},
      })
    }
  }
  return signals
}
