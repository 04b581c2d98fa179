import type {BeadMetrics, DocumentMetrics} from '../types'
import {bleuFromCounts, resolveBleuOptions, defaultCorpusBleuOptions, defaultBleuOptions} from './bleu'
import {addBleuCounts, bleuCounts, emptyBleuCounts, type BleuCounts} from './bleu-counts'
import {chrfCharStatistics, chrfFromStatistics, chrfWordStatistics, resolveChrfOptions} from './chrf'
import {terFromStatistics, terStatisticsOfTokens, terTokens, resolveTerOptions} from './ter'
import {bleuTokens} from './tokenize-bleu'
import {assertTextPairs} from './validate'

const chrfOptions = resolveChrfOptions()
const chrfppOptions = resolveChrfOptions({wordOrder: 2})
const sentenceBleuOptions = resolveBleuOptions({}, defaultBleuOptions)
const corpusBleuOptions = resolveBleuOptions({}, defaultCorpusBleuOptions)
const terOptions = resolveTerOptions()

/** Everything needed to score one pair, each text tokenized once. */
interface PairStatistics {
  /** chrF++ statistics: 6 character orders, then 2 word orders (chrF is the first 18 numbers). */
  readonly chrfpp: number[]
  readonly bleu: BleuCounts
  readonly ter: {readonly edits: number; readonly referenceLength: number; readonly limited: boolean}
}

/**
 * Work budget of TER's shift search per pair, in edit-distance table cells
 * per word of the two sides (plus a floor for short pairs). sacrebleu's own
 * limits allow about 50,000 cells per word (1000 candidates, a band of ±25
 * words); one long pair with a thousand short lines can then take seconds.
 * Past this budget the pair's TER is an upper bound, flagged
 * `terUpperBound`. The floor keeps every pair of up to 100 words exact
 * whatever happens; over 19,262 pairs of real translations and paraphrases
 * (`docs/benchmarks.md`) none reaches the budget.
 */
export const maxTerCellsPerWord = 2000
/** The budget's floor: a short pair is always scored exactly. */
export const minTerCells = 5_000_000

/** The statistics of one pair; `budgeted` bounds TER's shift search (only `scoreAlignment` asks for it). */
function pairStatistics(hypothesis: string, reference: string, budgeted = false): PairStatistics {
  // chrF's character n-grams are computed once and shared with chrF++.
  const chrfpp = [...chrfCharStatistics(hypothesis, reference, chrfppOptions), ...chrfWordStatistics(hypothesis, reference, chrfppOptions)]
  const bleu = bleuCounts(bleuTokens(hypothesis), [bleuTokens(reference)], 4)
  const hypothesisTokens = terTokens(hypothesis, terOptions)
  const referenceTokens = terTokens(reference, terOptions)
  const budget = budgeted ? Math.max(minTerCells, maxTerCellsPerWord * (hypothesisTokens.length + referenceTokens.length)) : Number.POSITIVE_INFINITY
  const ter = terStatisticsOfTokens(hypothesisTokens, referenceTokens, budget)
  return {chrfpp, bleu, ter}
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
export function scoreBead(variantText: string, sourceText: string): BeadMetrics {
  assertTextPairs(variantText, sourceText)
  return beadFromStatistics(pairStatistics(variantText, sourceText))
}

function beadFromStatistics(statistics: PairStatistics): BeadMetrics {
  return {
    chrf: chrfFromStatistics(statistics.chrfpp.slice(0, 18), chrfOptions),
    chrfpp: chrfFromStatistics(statistics.chrfpp, chrfppOptions),
    bleu: bleuFromCounts(statistics.bleu, sentenceBleuOptions).score,
    ter: terFromStatistics(statistics.ter),
    ...(statistics.ter.limited ? {terUpperBound: true as const} : {}),
  }
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
export function scoreDocument(pairs: readonly ScoredPair[]): DocumentMetrics {
  if (!Array.isArray(pairs)) throw new TypeError(`Expected \`pairs\` to be an array, not \`${String(pairs)}\``)
  const total = emptyTotals()
  for (const pair of pairs) {
    assertTextPairs(pair?.hypothesis, pair?.reference)
    addTotals(total, pairStatistics(pair.hypothesis, pair.reference))
  }
  return documentFromTotals(total)
}

/** Scores of every pair of an alignment and of the whole document, from one pass of statistics. */
export interface AlignmentScores {
  /** Sentence-level metrics of each pair with text on both sides; `undefined` where a side is empty. */
  readonly pairs: readonly (BeadMetrics | undefined)[]
  /** Document metrics over the pairs with text on both sides. */
  readonly aligned: DocumentMetrics
  /** Document metrics over every pair, a side with no text scored as empty text. */
  readonly whole: DocumentMetrics
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
    addTotals(whole, statistics)
    if (pair.hypothesis === '' || pair.reference === '') return undefined
    addTotals(aligned, statistics)
    return beadFromStatistics(statistics)
  })
  return {pairs: scores, aligned: documentFromTotals(aligned), whole: documentFromTotals(whole)}
}

interface Totals {
  readonly chrfpp: number[]
  readonly bleu: BleuCounts
  edits: number
  referenceLength: number
}

function emptyTotals(): Totals {
  return {chrfpp: new Array<number>(24).fill(0), bleu: emptyBleuCounts(), edits: 0, referenceLength: 0}
}

function addTotals(total: Totals, statistics: PairStatistics): void {
  for (let i = 0; i < 24; i++) total.chrfpp[i]! += statistics.chrfpp[i]!
  addBleuCounts(total.bleu, statistics.bleu)
  total.edits += statistics.ter.edits
  total.referenceLength += statistics.ter.referenceLength
}

function documentFromTotals(total: Totals): DocumentMetrics {
  return {
    chrf: chrfFromStatistics(total.chrfpp.slice(0, 18), chrfOptions),
    chrfpp: chrfFromStatistics(total.chrfpp, chrfppOptions),
    bleu: bleuFromCounts(total.bleu, corpusBleuOptions).score,
    ter: terFromStatistics({edits: total.edits, referenceLength: total.referenceLength}),
  }
}
