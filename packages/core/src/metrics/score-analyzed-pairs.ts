import type {SideSymbols} from '../analyze/document-symbols'
import type {BeadMetrics} from '../types'
import {addTotals, corpusScores, emptyTotals, sentenceScores, symbolStatistics, textStatistics, totalTer} from './pair-statistics'
import {budgetedTerStatistics, budgetedTerStatisticsOfIds, type AlignmentScores, type ScoredPair} from './score-pairs'
import {terFromStatistics} from './ter'

/** A bead's pair of texts with, when they could be joined from the sentences' analyses, their metric symbols. */
export interface AnalyzedPair extends ScoredPair {
  /** Symbols of `hypothesis`; without both symbols, the pair is tokenized from its texts. */
  readonly hypothesisSymbols?: SideSymbols | undefined
  /** Symbols of `reference`. */
  readonly referenceSymbols?: SideSymbols | undefined
}

/**
 * `scoreAlignment` for `compareTexts`: chrF, chrF++ and BLEU of every pair
 * and of the document from n-gram counts over the symbols each sentence got
 * once in `analyzeSentences`, summed once into the document statistics.
 *
 * TER is counted from each pair's words (the ids of each sentence's
 * `defaultTerWords`, joined as the other symbols are), with the shift search within the
 * same work budget per pair as `scoreAlignment`'s; a pair past it gets
 * `terUpperBound: true`. It is counted eagerly, so every report is plain
 * data and its keys never change on reading.
 *
 * @param pairs One pair per bead; `''` on the side of an insertion or omission.
 * @returns Per-pair and document scores, as `scoreAlignment` gives them.
 */
export function scoreAnalyzedPairs(pairs: readonly AnalyzedPair[]): AlignmentScores {
  const aligned = emptyTotals()
  const whole = emptyTotals()
  const scores = pairs.map((pair): BeadMetrics | undefined => {
    const {hypothesisSymbols, referenceSymbols} = pair
    const joined = hypothesisSymbols !== undefined && referenceSymbols !== undefined
    const statistics = joined ? symbolStatistics(hypothesisSymbols, referenceSymbols) : textStatistics(pair.hypothesis, pair.reference)
    const ter = joined
      ? budgetedTerStatisticsOfIds(hypothesisSymbols.terWords, referenceSymbols.terWords)
      : budgetedTerStatistics(pair.hypothesis, pair.reference, true)
    addTotals(whole, statistics, ter)
    if (pair.hypothesis === '' || pair.reference === '') return undefined
    addTotals(aligned, statistics, ter)
    return {...sentenceScores(statistics), ter: terFromStatistics(ter), ...(ter.limited ? {terUpperBound: true as const} : {})}
  })
  return {
    pairs: scores,
    aligned: {...corpusScores(aligned), ter: totalTer(aligned)},
    whole: {...corpusScores(whole), ter: totalTer(whole)},
  }
}
