import type {MetricSymbols} from '../analyze/sentence-analysis'
import type {BeadMetrics, DocumentMetrics} from '../types'
import {bleuFromCounts, defaultBleuOptions, defaultCorpusBleuOptions, resolveBleuOptions} from './bleu'
import {addBleuCounts, bleuCounts, emptyBleuCounts, type BleuCounts} from './bleu-counts'
import {chrfCharStatistics, chrfFromStatistics, chrfWordStatistics, resolveChrfOptions, zeroUnmatchedOrders} from './chrf'
import {countNgramMatches} from './ngram-statistics'
import {terFromStatistics, type TerStatistics} from './ter'
import {bleu13aTokens} from './tokens-13a'

/**
 * The sufficient statistics of chrF, chrF++ and BLEU for one segment pair,
 * counted once and shared by the sentence scores of the pair and every
 * document score it is summed into. TER is counted apart, from the pair's
 * words (it needs them in order, not counted).
 */

const chrfOptions = /* @__PURE__ */ resolveChrfOptions()
const chrfppOptions = /* @__PURE__ */ resolveChrfOptions({wordOrder: 2})
const sentenceBleuOptions = /* @__PURE__ */ resolveBleuOptions({}, defaultBleuOptions)
const corpusBleuOptions = /* @__PURE__ */ resolveBleuOptions({}, defaultCorpusBleuOptions)

/** chrF++ statistics (6 character orders, then 2 word orders; chrF is the first 18 numbers) and BLEU counts of one pair. */
export interface PairStatistics {
  readonly chrfpp: number[]
  readonly bleu: BleuCounts
}

/**
 * Statistics of a pair of texts, each tokenized here.
 *
 * @param hypothesis The variant side.
 * @param reference The source side.
 */
export function textStatistics(hypothesis: string, reference: string): PairStatistics {
  // chrF's character n-grams are computed once and shared with chrF++.
  const chrfpp = [...chrfCharStatistics(hypothesis, reference, chrfppOptions), ...chrfWordStatistics(hypothesis, reference, chrfppOptions)]
  return {chrfpp, bleu: bleuCounts(bleu13aTokens(hypothesis), [bleu13aTokens(reference)], 4)}
}

/**
 * Statistics of a pair from symbols worked out once per sentence
 * (`analyzeSentences`), with the same ids on both sides: the same numbers as
 * {@link textStatistics} on the texts the symbols come from.
 *
 * @param hypothesis Symbols of the variant side.
 * @param reference Symbols of the source side.
 */
export function symbolStatistics(hypothesis: MetricSymbols, reference: MetricSymbols): PairStatistics {
  const chrfpp = [
    ...zeroUnmatchedOrders(countNgramMatches(hypothesis.characters, reference.characters, chrfppOptions.charOrder)),
    ...zeroUnmatchedOrders(countNgramMatches(hypothesis.chrfWords, reference.chrfWords, chrfppOptions.wordOrder)),
  ]
  const counted = countNgramMatches(hypothesis.bleuTokens, reference.bleuTokens, 4)
  const counts: number[] = []
  const totals: number[] = []
  for (let i = 0; i < 4; i++) {
    totals.push(counted[3 * i]!)
    counts.push(counted[3 * i + 2]!)
  }
  // One reference: its length is the closest one.
  return {chrfpp, bleu: {hypothesisLength: hypothesis.bleuTokens.length, referenceLength: reference.bleuTokens.length, counts, totals}}
}

/** chrF, chrF++ and sentence BLEU of one pair. */
export function sentenceScores(statistics: PairStatistics): Omit<BeadMetrics, 'ter'> {
  return {
    chrf: chrfFromStatistics(statistics.chrfpp.slice(0, 18), chrfOptions),
    chrfpp: chrfFromStatistics(statistics.chrfpp, chrfppOptions),
    bleu: bleuFromCounts(statistics.bleu, sentenceBleuOptions).score,
  }
}

/**
 * A bead's scores with its TER added, written as one object literal (a
 * spread with added fields gives every object its own hidden class in V8,
 * which piles up in the old generation over a large document).
 *
 * @param scores chrF, chrF++ and BLEU of the bead.
 * @param ter The bead's TER statistics; `limited` when its shift search met the work budget.
 * @returns The four scores, and `terUpperBound: true` when `ter.limited`.
 */
export function withTerScore(scores: Omit<BeadMetrics, 'ter'>, ter: TerStatistics & {readonly limited?: boolean}): BeadMetrics & {readonly ter: number} {
  const {chrf, chrfpp, bleu} = scores
  const value = terFromStatistics(ter)
  return ter.limited === true ? {chrf, chrfpp, bleu, ter: value, terUpperBound: true} : {chrf, chrfpp, bleu, ter: value}
}

/** Statistics summed over pairs. */
export interface Totals {
  readonly chrfpp: number[]
  readonly bleu: BleuCounts
  edits: number
  referenceLength: number
}

/** Zero totals to sum into. */
export function emptyTotals(): Totals {
  return {chrfpp: new Array<number>(24).fill(0), bleu: emptyBleuCounts(), edits: 0, referenceLength: 0}
}

/** Add the chrF and BLEU statistics of one pair, and its TER statistics when given. */
export function addTotals(total: Totals, statistics: PairStatistics, ter?: TerStatistics): void {
  for (let i = 0; i < 24; i++) total.chrfpp[i]! += statistics.chrfpp[i]!
  addBleuCounts(total.bleu, statistics.bleu)
  if (ter !== undefined) addTer(total, ter)
}

/** Add the TER statistics of one pair. */
export function addTer(total: Totals, ter: TerStatistics): void {
  total.edits += ter.edits
  total.referenceLength += ter.referenceLength
}

/** chrF, chrF++ and corpus BLEU of summed statistics. */
export function corpusScores(total: Totals): Omit<DocumentMetrics, 'ter'> {
  return {
    chrf: chrfFromStatistics(total.chrfpp.slice(0, 18), chrfOptions),
    chrfpp: chrfFromStatistics(total.chrfpp, chrfppOptions),
    bleu: bleuFromCounts(total.bleu, corpusBleuOptions).score,
  }
}

/** TER of summed statistics. */
export function totalTer(total: Totals): number {
  return terFromStatistics({edits: total.edits, referenceLength: total.referenceLength})
}
