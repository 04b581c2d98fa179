import {assertKnownOptions, describeValue} from '../validate-options'
import {bleuFromCounts, defaultCorpusBleuOptions, resolveBleuOptions, type BleuOptions, type BleuResult} from './bleu'
import {formatBleuSignature} from './signature'

/** BLEU's sufficient statistics, as sacrebleu's `compute_bleu` takes them. */
export interface BleuSufficientStatistics {
  /** Clipped n-gram matches per order, 1 to the highest (sacrebleu's `correct`). */
  readonly counts: readonly number[]
  /** Hypothesis n-grams per order (sacrebleu's `total`), as many as `counts`. */
  readonly totals: readonly number[]
  /** Number of hypothesis tokens (sacrebleu's `sys_len`). */
  readonly hypothesisLength: number
  /** Number of reference tokens (sacrebleu's `ref_len`). */
  readonly referenceLength: number
}

/** Options of {@link bleuFromStatistics}: BLEU's, plus what the signature should say. */
export interface BleuFromStatisticsOptions extends BleuOptions {
  /** References per segment the statistics were counted against (`nrefs` in the signature; `var` when it varied). @default 1 */
  readonly referenceCount?: number | 'var'
}

const optionNames: readonly (keyof BleuFromStatisticsOptions)[] = [
  'smooth',
  'smoothValue',
  'effectiveOrder',
  'lowercase',
  'tokenize',
  'maxNgramOrder',
  'referenceCount',
]

function assertCountList(value: unknown, name: string): asserts value is readonly number[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'number' || !Number.isFinite(item) || item < 0)) {
    throw new TypeError(`Expected \`${name}\` to be a non-empty array of non-negative numbers, not \`${describeValue(value)}\``)
  }
}

function assertLength(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`Expected \`${name}\` to be a non-negative number, not \`${describeValue(value)}\``)
  }
}

/**
 * BLEU from sufficient statistics summed elsewhere (for example over
 * shards of a corpus, or from `corpusBleu`'s `statistics`), by
 * sacrebleu's formula: what `BLEU()._compute_score_from_stats` returns. The
 * defaults are corpus BLEU's (`exp` smoothing, no effective order); to match
 * sacrebleu's static `BLEU.compute_bleu(...)` called without a smoothing
 * method, pass `{smooth: 'none'}`.
 *
 * The order is the length of `counts`; `maxNgramOrder`, when given, must
 * equal it. `tokenize`, `lowercase` and `referenceCount` only change the
 * signature, since the statistics were counted already.
 *
 * @param statistics Matches and totals per order, and the two lengths.
 * @param options Smoothing, effective order, and the settings the signature states.
 * @returns Score (0–100), signature and statistics (with precisions and brevity penalty).
 */
export function bleuFromStatistics(statistics: BleuSufficientStatistics, options: BleuFromStatisticsOptions = {}): BleuResult {
  assertKnownOptions(options, optionNames)
  if (statistics === null || typeof statistics !== 'object') {
    throw new TypeError(`Expected \`statistics\` to be an object, not \`${describeValue(statistics)}\``)
  }
  const {counts, totals, hypothesisLength, referenceLength} = statistics
  assertCountList(counts, 'counts')
  assertCountList(totals, 'totals')
  if (totals.length !== counts.length) {
    throw new RangeError(`Expected \`totals\` to have as many orders as \`counts\` (${counts.length}), not \`${totals.length}\``)
  }
  assertLength(hypothesisLength, 'hypothesisLength')
  assertLength(referenceLength, 'referenceLength')
  const {referenceCount = 1, ...bleuOptions} = options
  if (referenceCount !== 'var' && (!Number.isInteger(referenceCount) || referenceCount < 1)) {
    throw new RangeError(`Expected \`referenceCount\` to be a positive integer or \`var\`, not \`${describeValue(referenceCount)}\``)
  }
  const resolved = resolveBleuOptions({maxNgramOrder: counts.length, ...bleuOptions}, defaultCorpusBleuOptions)
  if (resolved.maxNgramOrder !== counts.length) {
    throw new RangeError(`Expected \`maxNgramOrder\` to equal the number of orders in \`counts\` (${counts.length}), not \`${resolved.maxNgramOrder}\``)
  }
  const scored = bleuFromCounts({hypothesisLength, referenceLength, counts: [...counts], totals: [...totals]}, resolved)
  return {name: 'BLEU', ...scored, signature: formatBleuSignature({...resolved, referenceCount})}
}
