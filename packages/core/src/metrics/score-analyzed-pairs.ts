import type {SideSymbols} from '../analyze/document-symbols'
import type {BeadMetrics, DocumentMetrics} from '../types'
import type {MetricsOptions} from './metrics-options'
import {addTotals, corpusScores, emptyTotals, sentenceScores, symbolStatistics, textStatistics, totalTer, withTerScore, type Totals} from './pair-statistics'
import {budgetedTerStatistics, budgetedTerStatisticsOfIds, type ScoredPair} from './score-pairs'

/** A bead's pair of texts with, when they could be joined from the sentences' analyses, their metric symbols. */
export interface AnalyzedPair extends ScoredPair {
  /** Symbols of `hypothesis`; without both symbols, the pair is tokenized from its texts. */
  readonly hypothesisSymbols?: SideSymbols | undefined
  /** Symbols of `reference`. */
  readonly referenceSymbols?: SideSymbols | undefined
  /** True when `hypothesis` or `reference` is `''`, when the pair can tell without making the texts. */
  readonly hasEmptySide?: boolean
}

/** Scores of every pair and of the document, as `scoreAlignment` gives them, with TER only when it was asked for. */
export interface AnalyzedScores {
  /** Sentence-level metrics of each pair with text on both sides; `undefined` where a side is empty. */
  readonly pairs: readonly (BeadMetrics | undefined)[]
  /** Document metrics over the pairs with text on both sides. */
  readonly aligned: DocumentMetrics
  /** Document metrics over every pair, a side with no text scored as empty text. */
  readonly whole: DocumentMetrics
}

/**
 * `scoreAlignment` for `compareTexts`: chrF, chrF++ and BLEU of every pair
 * and of the document from n-gram counts over the symbols each sentence got
 * once in `analyzeSentences`, summed once into the document statistics.
 *
 * TER, when asked for, is counted from each pair's words (the ids of each
 * sentence's `defaultTerWords`, joined as the other symbols are), with the
 * shift search within the same work budget per pair as `scoreAlignment`'s;
 * a pair past it gets `terUpperBound: true`. It is counted eagerly (whether
 * a bead gets `terUpperBound` is known only once it is counted), so every
 * report is plain data; a caller that does not need it leaves it out with
 * `{ter: false}`, and `ter` is then absent from every score.
 *
 * @param pairs One pair per bead; `''` on the side of an insertion or omission.
 * @param options Which metrics to count. @default {ter: true}
 * @returns Per-pair and document scores, as `scoreAlignment` gives them.
 */
export function scoreAnalyzedPairs(pairs: readonly AnalyzedPair[], options: Required<MetricsOptions> = {ter: true}): AnalyzedScores {
  const withTer = options.ter
  const aligned = emptyTotals()
  const whole = emptyTotals()
  const scores = pairs.map((pair): BeadMetrics | undefined => {
    const {hypothesisSymbols, referenceSymbols} = pair
    const joined = hypothesisSymbols !== undefined && referenceSymbols !== undefined
    const statistics = joined ? symbolStatistics(hypothesisSymbols, referenceSymbols) : textStatistics(pair.hypothesis, pair.reference)
    const ter = !withTer
      ? undefined
      : joined
        ? budgetedTerStatisticsOfIds(hypothesisSymbols.terWords, referenceSymbols.terWords)
        : budgetedTerStatistics(pair.hypothesis, pair.reference, true)
    addTotals(whole, statistics, ter)
    if (pair.hasEmptySide ?? (pair.hypothesis === '' || pair.reference === '')) return undefined
    addTotals(aligned, statistics, ter)
    const sentence = sentenceScores(statistics)
    if (ter === undefined) return sentence
    return withTerScore(sentence, ter)
  })
  return {pairs: scores, aligned: documentScores(aligned, withTer), whole: documentScores(whole, withTer)}
}

function documentScores(total: Totals, withTer: boolean): DocumentMetrics {
  if (!withTer) return corpusScores(total)
  const {chrf, chrfpp, bleu} = corpusScores(total)
  return {chrf, chrfpp, bleu, ter: totalTer(total)}
}
