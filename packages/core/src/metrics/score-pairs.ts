import type {BeadMetrics, DocumentMetrics} from '../types'
import {addTotals, corpusScores, emptyTotals, sentenceScores, textStatistics, totalTer, withTerScore, type PairStatistics as ChrfBleuStatistics, type Totals} from './pair-statistics'
import {defaultTerWords, terStatisticsOfTokens, type TerStatistics} from './ter'
import {countTerEdits} from './translation-edit-rate'
import {assertTextPairs} from './validate'

/** Everything needed to score one pair, each text tokenized once. */
interface PairStatistics extends ChrfBleuStatistics {
  readonly ter: TerStatistics & {readonly limited: boolean}
}

/**
 * Work budget of TER's shift search per pair, in edit-distance table cells
 * per word of the two sides (plus a floor for short pairs). sacrebleu's own
 * limits allow about 50,000 cells per word (1000 candidates, a band of ±25
 * words); one long pair with a thousand short lines can then take seconds.
 * Past this budget the pair's TER is an upper bound, flagged
 * `terUpperBound`. The floor leaves short pairs (about a hundred words at
 * sacrebleu's worst case per word) to the full search; over 19,262 pairs of
 * real translations and paraphrases (`docs/benchmarks.md`) none reaches the
 * budget.
 */
export const maxTerCellsPerWord = 2000
/** The budget's floor: a short pair is always scored exactly. */
export const minTerCells = 5_000_000

/**
 * TER statistics of one pair, the shift search within the work budget when
 * `budgeted` (only the alignment scorers of `compareTexts` ask for it).
 */
export function budgetedTerStatistics(hypothesis: string, reference: string, budgeted: boolean): TerStatistics & {readonly limited: boolean} {
  const hypothesisTokens = defaultTerWords(hypothesis)
  const referenceTokens = defaultTerWords(reference)
  const budget = budgeted ? terBudget(hypothesisTokens.length, referenceTokens.length) : Number.POSITIVE_INFINITY
  return terStatisticsOfTokens(hypothesisTokens, referenceTokens, budget)
}

/**
 * TER statistics of one pair from its words as ids (the same ids for the
 * same words), the shift search within the work budget.
 *
 * @param hypothesis Ids of the variant side's `defaultTerWords`.
 * @param reference Ids of the source side's `defaultTerWords`.
 */
export function budgetedTerStatisticsOfIds(hypothesis: Int32Array, reference: Int32Array): TerStatistics & {readonly limited: boolean} {
  return countTerEdits(hypothesis, reference, terBudget(hypothesis.length, reference.length))
}

/** The shift search's work budget of a pair of so many words. */
function terBudget(hypothesisLength: number, referenceLength: number): number {
  return Math.max(minTerCells, maxTerCellsPerWord * (hypothesisLength + referenceLength))
}

function pairStatistics(hypothesis: string, reference: string, budgeted = false): PairStatistics {
  const {chrfpp, bleu} = textStatistics(hypothesis, reference)
  return {chrfpp, bleu, ter: budgetedTerStatistics(hypothesis, reference, budgeted)}
}

/**
 * The four standard metrics of one bead, with sacrebleu's sentence-level
 * defaults: chrF, chrF++, sentence BLEU (13a, `exp` smoothing, effective
 * order) and TER (lowercased). The variant is the hypothesis, the source the
 * reference.
 *
 * @param variantText The variant side of the bead.
 * @param sourceText The source side of the bead.
 * @returns chrF, chrF++ and BLEU (0–100, higher is closer) and TER (0 and up, lower is closer).
 */
export function scoreBead(variantText: string, sourceText: string): BeadMetrics & {readonly ter: number} {
  assertTextPairs(variantText, sourceText)
  return beadFromStatistics(pairStatistics(variantText, sourceText))
}

function beadFromStatistics(statistics: PairStatistics): BeadMetrics & {readonly ter: number} {
  return withTerScore(sentenceScores(statistics), statistics.ter)
}

/** One segment pair of a document: the variant text and the source text it is scored against. */
export interface ScoredPair {
  /** The variant side (`''` for a source sentence left unaligned). */
  readonly hypothesis: string
  /** The source side (`''` for a variant sentence left unaligned). */
  readonly reference: string
}

/**
 * Document-level chrF, chrF++, BLEU and TER over segment pairs, with
 * sacrebleu's corpus defaults (BLEU without effective order): the statistics
 * of all pairs are summed and each formula applied once, so long segments
 * weigh more than short ones and the result is not a mean of sentence scores.
 * TER is computed per pair, which keeps it fast (the reference
 * implementation takes seconds on one whole-document segment).
 *
 * @param pairs Aligned segment pairs; pass `''` on one side to score an unaligned sentence against empty text.
 * @returns Corpus chrF, chrF++ and BLEU (0–100) and TER (0 and up). All 0 for no pairs.
 */
export function scoreDocument(pairs: readonly ScoredPair[]): DocumentMetrics & {readonly ter: number} {
  if (!Array.isArray(pairs)) throw new TypeError(`Expected \`pairs\` to be an array, not \`${String(pairs)}\``)
  const total = emptyTotals()
  for (const pair of pairs) {
    assertTextPairs(pair?.hypothesis, pair?.reference)
    const statistics = pairStatistics(pair.hypothesis, pair.reference)
    addTotals(total, statistics, statistics.ter)
  }
  return documentFromTotals(total)
}

/** Scores of every pair of an alignment and of the whole document, from one pass of statistics. */
export interface AlignmentScores {
  /** Sentence-level metrics of each pair with text on both sides; `undefined` where a side is empty. */
  readonly pairs: readonly ((BeadMetrics & {readonly ter: number}) | undefined)[]
  /** Document metrics over the pairs with text on both sides. */
  readonly aligned: DocumentMetrics & {readonly ter: number}
  /** Document metrics over every pair, a side with no text scored as empty text. */
  readonly whole: DocumentMetrics & {readonly ter: number}
}

/**
 * Score an alignment in one pass: each pair is tokenized and counted once,
 * and the same statistics give the sentence scores of the linked pairs
 * (`scoreBead`), the document scores over them, and the document scores over
 * everything (`scoreDocument`), so nothing is counted twice.
 *
 * Unlike `scoreBead` and `scoreDocument`, TER's shift search works within a
 * budget per pair (`minTerCells`, `maxTerCellsPerWord`), so one very long
 * pair cannot take seconds; a pair past it gets `terUpperBound: true` and a
 * TER at least sacrebleu's. The document scores sum the same statistics.
 *
 * @param pairs One pair per bead; `''` on the side of an insertion or omission.
 * @returns Per-pair and document scores.
 */
export function scoreAlignment(pairs: readonly ScoredPair[]): AlignmentScores {
  if (!Array.isArray(pairs)) throw new TypeError(`Expected \`pairs\` to be an array, not \`${String(pairs)}\``)
  const aligned = emptyTotals()
  const whole = emptyTotals()
  const scores = pairs.map((pair) => {
    assertTextPairs(pair?.hypothesis, pair?.reference)
    const statistics = pairStatistics(pair.hypothesis, pair.reference, true)
    addTotals(whole, statistics, statistics.ter)
    if (pair.hypothesis === '' || pair.reference === '') return undefined
    addTotals(aligned, statistics, statistics.ter)
    return beadFromStatistics(statistics)
  })
  return {pairs: scores, aligned: documentFromTotals(aligned), whole: documentFromTotals(whole)}
}

function documentFromTotals(total: Totals): DocumentMetrics & {readonly ter: number} {
  const {chrf, chrfpp, bleu} = corpusScores(total)
  return {chrf, chrfpp, bleu, ter: totalTer(total)}
}
