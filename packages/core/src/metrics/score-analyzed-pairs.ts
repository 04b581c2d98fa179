import type {MetricSymbols} from '../analyze/sentence-analysis'
import type {BeadMetrics, DocumentMetrics} from '../types'
import {addTer, addTotals, corpusScores, emptyTotals, sentenceScores, symbolStatistics, textStatistics, totalTer, type Totals} from './pair-statistics'
import {budgetedTerStatistics, type AlignmentScores, type ScoredPair} from './score-pairs'
import {terFromStatistics, type TerStatistics} from './ter'

/** A bead's pair of texts with, when they could be joined from the sentences' analyses, their metric symbols. */
export interface AnalyzedPair extends ScoredPair {
  /** Symbols of `hypothesis`; without both symbols, the pair is tokenized from its texts. */
  readonly hypothesisSymbols?: MetricSymbols | undefined
  /** Symbols of `reference`. */
  readonly referenceSymbols?: MetricSymbols | undefined
}

/**
 * `scoreAlignment` for `compareTexts`: chrF, chrF++ and BLEU of every pair
 * and of the document from n-gram counts over the symbols each sentence got
 * once in `analyzeSentences`, summed once into the document statistics; TER
 * is counted on first read.
 *
 * `ter`, on each pair's metrics and on both document metrics, is an
 * enumerable getter that counts the TER statistics of the pairs it needs
 * (each pair at most once, shared by the three), then becomes a plain data
 * property with the value. Reading it, serializing the report or copying it
 * with a spread gives exactly the eager value, so the report's shape does not
 * change; a caller that never reads TER never pays for it (it costs more than
 * the other three metrics together).
 *
 * TER's shift search works within the same budget per pair as
 * `scoreAlignment`'s; `terUpperBound` on a pair's metrics is likewise a getter
 * that reads TER first: `true` when the budget cut the search short, and
 * otherwise the key is removed (so serializing gives no key, as
 * `scoreAlignment` gives none).
 *
 * @param pairs One pair per bead; `''` on the side of an insertion or omission.
 * @returns Per-pair and document scores, as `scoreAlignment` gives them.
 */
export function scoreAnalyzedPairs(pairs: readonly AnalyzedPair[]): AlignmentScores {
  const aligned = emptyTotals()
  const whole = emptyTotals()
  const linked: number[] = []
  const terStatistics: ((TerStatistics & {readonly limited: boolean}) | undefined)[] = new Array(pairs.length)
  const terOf = (index: number): TerStatistics & {readonly limited: boolean} => {
    let statistics = terStatistics[index]
    if (statistics === undefined) {
      const pair = pairs[index]!
      statistics = budgetedTerStatistics(pair.hypothesis, pair.reference, true)
      terStatistics[index] = statistics
    }
    return statistics
  }
  const scores = pairs.map((pair, index) => {
    const {hypothesisSymbols, referenceSymbols} = pair
    const statistics =
      hypothesisSymbols !== undefined && referenceSymbols !== undefined
        ? symbolStatistics(hypothesisSymbols, referenceSymbols)
        : textStatistics(pair.hypothesis, pair.reference)
    addTotals(whole, statistics)
    if (pair.hypothesis === '' || pair.reference === '') return undefined
    addTotals(aligned, statistics)
    linked.push(index)
    const metrics: BeadMetrics = withLazyUpperBound(
      withLazyTer(sentenceScores(statistics), () => {
        const ter = terOf(index)
        settleUpperBound(metrics, ter.limited)
        return terFromStatistics(ter)
      }),
      () => terOf(index).limited,
    )
    return metrics
  })
  const documentTer = (total: Totals, indices: Iterable<number>) => () => {
    for (const index of indices) addTer(total, terOf(index))
    return totalTer(total)
  }
  return {
    pairs: scores,
    aligned: withLazyTer(corpusScores(aligned), documentTer(aligned, linked)),
    whole: withLazyTer(corpusScores(whole), documentTer(whole, pairs.keys())),
  }
}

/**
 * Add `ter` to scores as an enumerable getter that computes it on first read
 * and then turns into a plain, read-only data property holding the value.
 */
function withLazyTer<T extends Omit<BeadMetrics, 'ter'> | Omit<DocumentMetrics, 'ter'>>(scores: T, compute: () => number): T & {readonly ter: number} {
  return Object.defineProperty(scores, 'ter', {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const value = compute()
      Object.defineProperty(this, 'ter', {value, enumerable: true, writable: false, configurable: false})
      return value
    },
  }) as T & {readonly ter: number}
}

/**
 * Add `terUpperBound` as an enumerable getter: on first read it counts TER
 * (through `limited`) and then becomes a plain `true`, or is deleted when the
 * shift search was exact.
 */
function withLazyUpperBound<T extends object>(scores: T, limited: () => boolean): T & {readonly terUpperBound?: true} {
  return Object.defineProperty(scores, 'terUpperBound', {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const cut = limited()
      settleUpperBound(this, cut)
      return cut ? true : undefined
    },
  }) as T & {readonly terUpperBound?: true}
}

/** Turn the `terUpperBound` getter into its value: a plain `true`, or no key at all. */
function settleUpperBound(scores: object, limited: boolean): void {
  const descriptor = Object.getOwnPropertyDescriptor(scores, 'terUpperBound')
  if (descriptor?.get === undefined) return
  if (limited) Object.defineProperty(scores, 'terUpperBound', {value: true, enumerable: true, writable: false, configurable: false})
  else delete (scores as {terUpperBound?: true}).terUpperBound
}
