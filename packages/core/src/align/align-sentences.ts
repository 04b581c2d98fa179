import type {AlignedBead, BeadKind} from './bead'
import {alignInOrder} from './align-in-order'
import {findAnchors} from './find-anchors'
import {findCandidates} from './find-candidates'
import {findGapPairs} from './find-gap-pairs'
import {findMoves} from './find-moves'
import {analyzeForAlignment, type AlignmentAnalysis} from '../analyze/analyze-for-alignment'
import {buildFeatureSpace} from './sentence-features'
import {beadSimilarity} from './similarity'
import {assertKnownOptions} from '../validate-options'

export type {AlignedBead} from './bead'

/** Options of `alignSentences`. */
export interface AlignOptions {
  /** Largest number of sentences on one side of a merge or split. @default 3 */
  readonly maxBeadSize?: number
  /** Below this calibrated similarity two sentences are not paired in order. @default 0.3 */
  readonly minSimilarity?: number
  /** Least similarity of a pair found out of order (a moved sentence). @default 0.35 */
  readonly moveMinSimilarity?: number
  /** Look for sentences re-used out of order. @default true */
  readonly detectMoves?: boolean
  /** Pair the two sentences of a 1-1 gap between linked beads below `minSimilarity`, marked `weak` (see `findGapPairs`). @default true */
  readonly fillGaps?: boolean
  /** Half-width, in sentences, of the corridor searched around the anchor chain. @default 12 */
  readonly bandWidth?: number
  /** Work budget: most cells of the search table; past it the corridor narrows and `truncated` is set (as it is when the corridor still wants widening after 6 rounds). @default 4000000 */
  readonly maxCells?: number
  /** Least similarity of an anchor pair, and of a link that stands alone between two documents of several sentences (see `alignSentences`). @default 0.5 */
  readonly anchorMinSimilarity?: number
  /** Least lead of an anchor pair over the second-best candidates of both its sentences. @default 0.1 */
  readonly anchorMargin?: number
  /** Score taken off a merge or split, so that two sentences are grouped only when the group is clearly better. @default 0.3 */
  readonly mergePenalty?: number
}

/** The defaults of `AlignOptions`. */
export const defaultAlignOptions = {
  maxBeadSize: 3,
  minSimilarity: 0.3,
  moveMinSimilarity: 0.35,
  detectMoves: true,
  fillGaps: true,
  bandWidth: 12,
  maxCells: 4_000_000,
  anchorMinSimilarity: 0.5,
  anchorMargin: 0.1,
  mergePenalty: 0.3,
} as const satisfies Required<AlignOptions>

/**
 * Fewest sentences each document needs before a lone link must be as clear as
 * an anchor: with one or two a side, position alone makes a pair likely.
 */
const loneLinkMinSentences = 3

/** Documents whose search table has at most this many cells (about 50 sentences a side) are searched whole. */
const smallTableCells = 2500

/** The result of `alignSentences`. */
export interface Alignment {
  /** Beads in the variant's reading order, each omission right after the bead of its preceding source sentence. */
  readonly beads: readonly AlignedBead[]
  /** True when the work budget cut the search short (`maxCells`, or the widening rounds ran out). */
  readonly truncated: boolean
  /**
   * Dice coefficient of the sets of content words of the two documents, a
   * number from 0 to 1. It tells whether they are about the same thing at
   * all, even with no sentence in common (0 when both are empty).
   */
  readonly topicSimilarity: number
}

/**
 * Align the sentences of a source and a variant.
 *
 * 1. Features: content words weighted by inverse document frequency, and
 *    character bigrams, over text folded for quotes, dashes, case, US/U.S./
 *    United States and British spelling.
 * 2. Anchors: mutual best candidates by a clear margin, found through an
 *    index of distinctive words, reduced to their heaviest increasing chain.
 * 3. In-order path: exact dynamic programming in a corridor around the
 *    anchors, with 1-1, n-1 and 1-n beads and free omissions and insertions,
 *    so nothing below `minSimilarity` is forced into a pair.
 * 4. Moves: sentences left over are paired out of order, most similar first.
 * 5. A lone link: when only one bead links two documents of several
 *    sentences, it stands with no neighbour to confirm it, so it must reach
 *    `anchorMinSimilarity`. Just over `minSimilarity` it is what two texts on
 *    one topic share by chance: two headlines ending in the same publisher's
 *    tagline, one fact both reports state.
 * 6. Gaps: one unpaired sentence on each side between the same two linked
 *    beads is paired at a lower similarity and marked `weak`.
 *
 * Time and memory grow with (sentences × corridor width) for documents mostly
 * in order; see `docs/benchmarks.md`.
 *
 * @param sourceSentences Source sentences (only `text` is read).
 * @param variantSentences Variant sentences (only `text` is read).
 * @param options Alignment options.
 * @returns The beads and whether the work budget was hit.
 */
export function alignSentences(
  sourceSentences: readonly {readonly text: string}[],
  variantSentences: readonly {readonly text: string}[],
  options: AlignOptions = {},
): Alignment {
  const settings = resolveAlignOptions(options)
  const analysis = analyzeForAlignment(
    sourceSentences.map((sentence) => sentence.text),
    variantSentences.map((sentence) => sentence.text),
  )
  return alignWithSettings(analysis.source, analysis.variant, settings)
}

/**
 * `alignSentences` on sentences analysed already (`analyzeSentences`), as
 * `compareTexts` calls it: the analysis is shared with the other stages.
 *
 * @param sourceAnalyses Analyses of the source sentences.
 * @param variantAnalyses Analyses of the variant sentences.
 * @param options Alignment options.
 * @returns The beads and whether the work budget was hit.
 */
export function alignAnalyzedSentences(
  sourceAnalyses: readonly AlignmentAnalysis[],
  variantAnalyses: readonly AlignmentAnalysis[],
  options: AlignOptions = {},
): Alignment {
  return alignWithSettings(sourceAnalyses, variantAnalyses, resolveAlignOptions(options))
}

function alignWithSettings(
  sourceAnalyses: readonly AlignmentAnalysis[],
  variantAnalyses: readonly AlignmentAnalysis[],
  settings: ReturnType<typeof resolveAlignOptions>,
): Alignment {
  const space = buildFeatureSpace(sourceAnalyses, variantAnalyses)
  const n = space.source.length
  const m = space.variant.length
  // A table small enough to search whole needs no anchors: the corridor then covers all of it.
  const small = (n + 1) * (m + 1) <= smallTableCells
  const anchors = small ? [] : findAnchors(findCandidates(space, 8), n, m, settings.anchorMinSimilarity, settings.anchorMargin)
  const {steps, truncated} = alignInOrder(space, anchors, small ? {...settings, bandWidth: Math.max(n, m) + 1} : settings)

  const beads: AlignedBead[] = []
  const sourceLeft: number[] = []
  const variantLeft: number[] = []
  for (const step of steps) {
    const source = range(step.sourceStart, step.sourceCount)
    const variant = range(step.variantStart, step.variantCount)
    if (source.length === 0) variantLeft.push(...variant)
    else if (variant.length === 0) sourceLeft.push(...source)
    else {
      const similarity = beadSimilarity(space, source, variant)
      if (similarity < settings.minSimilarity) {
        sourceLeft.push(...source)
        variantLeft.push(...variant)
      } else beads.push({kind: kindOf(source.length, variant.length), source, variant, moved: false, similarity})
    }
  }

  if (settings.detectMoves) {
    const moves = findMoves(space, sourceLeft, variantLeft, settings.moveMinSimilarity)
    const inOrder = orderChecker(beads, m)
    for (const move of moves) {
      beads.push({
        kind: 'match',
        source: [move.source],
        variant: [move.variant],
        moved: !inOrder(move.source, move.variant),
        similarity: beadSimilarity(space, [move.source], [move.variant]),
      })
    }
  }

  if (beads.length === 1 && Math.min(n, m) >= loneLinkMinSentences && beads[0]!.similarity < settings.anchorMinSimilarity) beads.length = 0

  const usedSource = new Set<number>()
  const usedVariant = new Set<number>()
  for (const bead of beads) {
    for (const index of bead.source) usedSource.add(index)
    for (const index of bead.variant) usedVariant.add(index)
  }
  // A single sentence against a single sentence is always compared: there is nothing else it could correspond to.
  if (n === 1 && m === 1 && beads.length === 0) {
    beads.push({kind: 'match', source: [0], variant: [0], moved: false, similarity: beadSimilarity(space, [0], [0])})
    usedSource.add(0)
    usedVariant.add(0)
  }
  if (settings.fillGaps) {
    for (const pair of findGapPairs(space, gapContext(beads, n, m))) {
      beads.push({
        kind: 'match',
        source: [pair.source],
        variant: [pair.variant],
        moved: false,
        similarity: beadSimilarity(space, [pair.source], [pair.variant]),
        weak: true,
      })
      usedSource.add(pair.source)
      usedVariant.add(pair.variant)
    }
  }
  for (let index = 0; index < n; index++) {
    if (!usedSource.has(index)) beads.push({kind: 'omission', source: [index], variant: [], moved: false, similarity: 0})
  }
  for (let index = 0; index < m; index++) {
    if (!usedVariant.has(index)) beads.push({kind: 'insertion', source: [], variant: [index], moved: false, similarity: 0})
  }
  return {beads: orderBeads(beads, n), truncated, topicSimilarity: space.topicSimilarity}
}

function resolveAlignOptions(options: AlignOptions): Required<AlignOptions> {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`Expected \`align\` options to be an object, not \`${String(options)}\``)
  }
  assertKnownOptions(options, Object.keys(defaultAlignOptions), 'align')
  const resolved = {...defaultAlignOptions, ...options}
  const integer = (name: keyof AlignOptions, least: number) => {
    const value = resolved[name]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < least) {
      throw new RangeError(`Expected \`${name}\` to be an integer ≥ ${least}, not \`${String(value)}\``)
    }
  }
  const unit = (name: keyof AlignOptions) => {
    const value = resolved[name]
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new RangeError(`Expected \`${name}\` to be a number in [0, 1], not \`${String(value)}\``)
    }
  }
  integer('maxBeadSize', 1)
  integer('bandWidth', 1)
  integer('maxCells', 1)
  unit('minSimilarity')
  unit('moveMinSimilarity')
  unit('anchorMinSimilarity')
  unit('anchorMargin')
  unit('mergePenalty')
  for (const name of ['detectMoves', 'fillGaps'] as const) {
    if (typeof resolved[name] !== 'boolean') throw new TypeError(`Expected \`${name}\` to be a boolean, not \`${String(resolved[name])}\``)
  }
  return resolved
}

/** Which in-order linked bead holds each sentence, and which sentences any bead holds, for `findGapPairs`. */
function gapContext(beads: readonly AlignedBead[], sourceCount: number, variantCount: number) {
  const sourceBead = new Int32Array(sourceCount).fill(-1)
  const variantBead = new Int32Array(variantCount).fill(-1)
  const sourceUsed = new Uint8Array(sourceCount)
  const variantUsed = new Uint8Array(variantCount)
  beads.forEach((bead, id) => {
    for (const s of bead.source) {
      sourceUsed[s] = 1
      if (!bead.moved) sourceBead[s] = id
    }
    for (const v of bead.variant) {
      variantUsed[v] = 1
      if (!bead.moved) variantBead[v] = id
    }
  })
  return {sourceCount, variantCount, sourceBead, variantBead, sourceUsed, variantUsed}
}

function range(start: number, count: number): number[] {
  return Array.from({length: count}, (_, offset) => start + offset)
}

function kindOf(sourceCount: number, variantCount: number): BeadKind {
  if (sourceCount === 0) return 'insertion'
  if (variantCount === 0) return 'omission'
  if (sourceCount === 1 && variantCount === 1) return 'match'
  return variantCount === 1 ? 'merge' : 'split'
}

/** Whether a pair (source, variant) fits between the in-order beads around it. */
function orderChecker(beads: readonly AlignedBead[], variantCount: number): (source: number, variant: number) => boolean {
  const sourceAt = new Int32Array(variantCount).fill(-1)
  for (const bead of beads) for (const v of bead.variant) sourceAt[v] = bead.source[0]!
  const maxBefore = new Int32Array(variantCount + 1).fill(-1)
  for (let v = 0; v < variantCount; v++) maxBefore[v + 1] = Math.max(maxBefore[v]!, sourceAt[v]!)
  const minAfter = new Int32Array(variantCount + 1).fill(2 ** 30)
  for (let v = variantCount - 1; v >= 0; v--) minAfter[v] = Math.min(minAfter[v + 1]!, sourceAt[v]! === -1 ? 2 ** 30 : sourceAt[v]!)
  return (source, variant) => maxBefore[variant]! < source && source < minAfter[variant + 1]!
}

/**
 * Reading order of the variant: beads with variant sentences by their first
 * one; an omission right after the bead holding the source sentence before it
 * (or first, when there is none), consecutive omissions in source order.
 */
function orderBeads(beads: readonly AlignedBead[], sourceCount: number): AlignedBead[] {
  const variantKeyOfSource = new Float64Array(sourceCount).fill(-1)
  for (const bead of beads) {
    if (bead.variant.length === 0 || bead.moved) continue
    for (const s of bead.source) variantKeyOfSource[s] = bead.variant[bead.variant.length - 1]!
  }
  // The variant position of the nearest source sentence before each one that has a counterpart.
  const anchorBefore = new Float64Array(sourceCount + 1).fill(-1)
  for (let s = 0; s < sourceCount; s++) anchorBefore[s + 1] = variantKeyOfSource[s]! >= 0 ? variantKeyOfSource[s]! : anchorBefore[s]!
  const keyed = beads.map((bead) => {
    if (bead.variant.length > 0) return {bead, key: bead.variant[0]!, tie: 0}
    return {bead, key: anchorBefore[bead.source[0]!]!, tie: 1 + bead.source[0]! / (sourceCount + 1)}
  })
  keyed.sort((a, b) => a.key - b.key || a.tie - b.tie)
  return keyed.map(({bead}) => bead)
}
