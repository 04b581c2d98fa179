import type {BeadMetrics, DocumentMetrics} from '../types'
import {addBleuCounts, bleuCounts, bleuFromCounts, bleuTokens, emptyBleuCounts, resolveBleuOptions, defaultCorpusBleuOptions, defaultBleuOptions} from './bleu'
import {chrfCharStatistics, chrfFromStatistics, chrfWordStatistics, resolveChrfOptions} from './chrf'
import {terFromStatistics, terStatisticsOfTokens, terTokens, resolveTerOptions} from './ter'
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
  readonly bleu: ReturnType<typeof bleuCounts>
  readonly ter: {readonly edits: number; readonly referenceLength: number}
}

function pairStatistics(hypothesis: string, reference: string): PairStatistics {
  // chrF's character n-grams are computed once and shared with chrF++.
  const chrfpp = [...chrfCharStatistics(hypothesis, reference, chrfppOptions), ...chrfWordStatistics(hypothesis, reference, chrfppOptions)]
  const bleu = bleuCounts(bleuTokens(hypothesis), bleuTokens(reference))
  const ter = terStatisticsOfTokens(terTokens(hypothesis, terOptions), terTokens(reference, terOptions))
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
  const statistics = pairStatistics(variantText, sourceText)
  return {
    chrf: chrfFromStatistics(statistics.chrfpp.slice(0, 18), chrfOptions),
    chrfpp: chrfFromStatistics(statistics.chrfpp, chrfppOptions),
    bleu: bleuFromCounts(statistics.bleu, sentenceBleuOptions).score,
    ter: terFromStatistics(statistics.ter),
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
  const chrfpp = new Array<number>(24).fill(0)
  const bleu = emptyBleuCounts()
  let edits = 0
  let referenceLength = 0
  for (const pair of pairs) {
    assertTextPairs(pair?.hypothesis, pair?.reference)
    const statistics = pairStatistics(pair.hypothesis, pair.reference)
    for (let i = 0; i < 24; i++) chrfpp[i]! += statistics.chrfpp[i]!
    addBleuCounts(bleu, statistics.bleu)
    edits += statistics.ter.edits
    referenceLength += statistics.ter.referenceLength
  }
  return {
    chrf: chrfFromStatistics(chrfpp.slice(0, 18), chrfOptions),
    chrfpp: chrfFromStatistics(chrfpp, chrfppOptions),
    bleu: bleuFromCounts(bleu, corpusBleuOptions).score,
    ter: terFromStatistics({edits, referenceLength}),
  }
}
