import type {FeatureSpace} from './sentence-features'
import {bigramRatio, measurePair, wordRatio} from './similarity'

/** A 1-1 pair taken from a gap between two linked beads, below the usual similarity. */
export interface GapPair {
  readonly source: number
  readonly variant: number
}

/** What the gap search needs to know about the beads found so far. */
export interface GapContext {
  /** Number of source and variant sentences. */
  readonly sourceCount: number
  readonly variantCount: number
  /** For each source sentence, the id of the in-order linked bead holding it, or -1. */
  readonly sourceBead: Int32Array
  /** For each variant sentence, the id of the in-order linked bead holding it, or -1. */
  readonly variantBead: Int32Array
  /** Whether each source and variant sentence is already in any bead (moved ones included). */
  readonly sourceUsed: Uint8Array
  readonly variantUsed: Uint8Array
}

/** Most times longer one side of a gap pair may be than the other, in characters of folded text. */
export const maxGapLengthRatio = 2.5
/**
 * Least raw evidence of a gap pair: the word Dice coefficient or the
 * character-bigram Dice coefficient must reach it. Sentences of one story
 * written independently share about this much by chance; a rendering in other
 * words still shares a name, a number or a stem ("false information" /
 * "fake information") and the bigrams around them.
 */
export const minGapEvidence = 0.2

/** Most sentences a side of a gap may hold: longer gaps are left to the similarity search. */
export const maxGapSize = 6

/**
 * Least share of each side's sentences already linked in order before gaps
 * are filled: the documents must be renderings of each other, not two texts
 * that happen to share a headline or a boilerplate line.
 */
export const minLinkedShare = 0.3

/** Id standing for the start of both documents, and for their end. */
const documentStart = -2
const documentEnd = -3

/**
 * Pair the sentences of gaps: runs of unpaired source and variant sentences
 * (at most `maxGapSize` a side) that sit between the same two linked in-order
 * beads (or between such a bead and the start or end of both documents),
 * paired 1-1 in order by a small dynamic programme (`pairInGap`).
 * Two renderings of one text in order leave such gaps where a sentence was
 * reworded past the aligner's threshold ("She was circulating fake
 * information." / "She was spreading false information."); the position on
 * both sides is then the strongest evidence, and the words only need to
 * confirm it.
 *
 * Links between unrelated documents must not rise, so a gap pair needs all of:
 * documents largely linked already (`minLinkedShare` of each side's sentences);
 * linked neighbours on both sides (the two documents' edges count only when
 * the other neighbour is a linked bead); lengths within `maxGapLengthRatio`
 * of each other; and a word or bigram Dice coefficient of at least
 * `minGapEvidence`. (A single-sentence pair is paired by `alignSentences`
 * itself, not as a weak pair.)
 *
 * @param space Features of both documents.
 * @param context The beads found so far.
 * @returns The gap pairs, by source index.
 */
export function findGapPairs(space: FeatureSpace, context: GapContext): GapPair[] {
  const {sourceCount: n, variantCount: m} = context
  if (!mostlyLinked(context.sourceBead) || !mostlyLinked(context.variantBead)) return []
  const variantGaps = new Map<string, {start: number; length: number}>()
  for (const gap of gapRuns(m, context.variantUsed, context.variantBead)) variantGaps.set(gap.key, gap)
  const pairs: GapPair[] = []
  if (variantGaps.size === 0) return pairs
  for (const gap of gapRuns(n, context.sourceUsed, context.sourceBead)) {
    const variantGap = variantGaps.get(gap.key)
    if (variantGap !== undefined) pairs.push(...pairInGap(space, gap, variantGap))
  }
  return pairs
}

/**
 * The best in-order set of 1-1 pairs between a source run and a variant run
 * of one gap, by dynamic programming: each admissible pair (lengths within
 * `maxGapLengthRatio`, word or bigram Dice at least `minGapEvidence`) gains
 * its raw similarity, so as many pairs as the evidence allows are taken, in
 * order, the closest when the runs differ in length.
 */
function pairInGap(space: FeatureSpace, source: {start: number; length: number}, variant: {start: number; length: number}): GapPair[] {
  const rows = source.length + 1
  const columns = variant.length + 1
  const score = new Float64Array(rows * columns)
  const back = new Int8Array(rows * columns)
  const gain = (s: number, v: number): number => {
    const a = space.source[source.start + s]!
    const b = space.variant[variant.start + v]!
    const shorter = Math.min(a.compact.length, b.compact.length)
    const longer = Math.max(a.compact.length, b.compact.length)
    if (shorter === 0 || longer > maxGapLengthRatio * shorter) return 0
    measurePair(space, source.start + s, variant.start + v, false)
    const words = wordRatio(space, a, b)
    const bigrams = bigramRatio(space, a, b)
    if (words < minGapEvidence && bigrams < minGapEvidence) return 0
    return (words + bigrams) / 2
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (i === 0 && j === 0) continue
      let best = -1
      let move = 0
      if (i > 0 && score[(i - 1) * columns + j]! > best) [best, move] = [score[(i - 1) * columns + j]!, 1]
      if (j > 0 && score[i * columns + j - 1]! > best) [best, move] = [score[i * columns + j - 1]!, 2]
      if (i > 0 && j > 0) {
        const paired = gain(i - 1, j - 1)
        if (paired > 0 && score[(i - 1) * columns + j - 1]! + paired > best) [best, move] = [score[(i - 1) * columns + j - 1]! + paired, 3]
      }
      score[i * columns + j] = best
      back[i * columns + j] = move
    }
  }
  const pairs: GapPair[] = []
  for (let i = rows - 1, j = columns - 1; i > 0 || j > 0; ) {
    const move = back[i * columns + j]!
    if (move === 3) pairs.push({source: source.start + i - 1, variant: variant.start + j - 1})
    if (move !== 2) i--
    if (move !== 1) j--
  }
  return pairs.reverse()
}

/** Whether at least `minLinkedShare` of one side's sentences are in linked in-order beads. */
function mostlyLinked(beadOf: Int32Array): boolean {
  let linked = 0
  for (const id of beadOf) if (id >= 0) linked++
  return linked >= minLinkedShare * beadOf.length
}

/**
 * The runs of at most `maxGapSize` unpaired sentences of one side whose
 * neighbours are linked in-order beads or a document edge (not both edges),
 * keyed by those neighbours (`before:after`).
 */
function gapRuns(count: number, used: Uint8Array, beadOf: Int32Array): Array<{key: string; start: number; length: number}> {
  const runs: Array<{key: string; start: number; length: number}> = []
  let index = 0
  while (index < count) {
    if (used[index]) {
      index++
      continue
    }
    const start = index
    while (index < count && !used[index]) index++
    const length = index - start
    const before = start === 0 ? documentStart : beadOf[start - 1]!
    const after = index === count ? documentEnd : beadOf[index]!
    if (length > maxGapSize || before === -1 || after === -1 || (before === documentStart && after === documentEnd)) continue
    runs.push({key: `${before}:${after}`, start, length})
  }
  return runs
}
