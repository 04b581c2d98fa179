import {assertBoolean, assertKnownOptions, assertOneOf, describeValue} from '../validate-options'
import {addBleuCounts, bleuCounts, emptyBleuCounts, type BleuCounts} from './bleu-counts'
import {assertHypothesis, corpusReferences, sentenceReferenceList} from './references'
import type {CorpusReferences, ReferenceCount, SentenceReferences} from './references'
import {formatBleuSignature} from './signature'
import {assertBleuTokenizer, bleuTokens, type BleuTokenizer} from './tokenize-bleu'

/** BLEU's smoothing methods (Chen & Cherry 2014), as sacrebleu names them. */
export type BleuSmoothing = 'exp' | 'floor' | 'add-k' | 'none'

/** Options of the BLEU functions. */
export interface BleuOptions {
  /** How zero n-gram matches are smoothed. @default 'exp' */
  readonly smooth?: BleuSmoothing
  /** The value of `floor` (default 0.1) or `add-k` (default 1); ignored by the others. */
  readonly smoothValue?: number
  /**
   * Average only over the orders the hypothesis is long enough to have, so a
   * short segment is not scored 0. sacrebleu's sentence BLEU default.
   * @default true for sentence BLEU, false for corpus BLEU
   */
  readonly effectiveOrder?: boolean
  /** Lowercase both texts first. @default false */
  readonly lowercase?: boolean
  /** The tokenizer, by sacrebleu's name (see `tokenizeBleu`). @default '13a' */
  readonly tokenize?: BleuTokenizer
  /** Highest n-gram order (sacrebleu's `max_ngram_order`). @default 4 */
  readonly maxNgramOrder?: number
}

/** Defaults of {@link BleuOptions} for {@link sentenceBleu} (sacrebleu's sentence BLEU). */
export const defaultBleuOptions = {
  smooth: 'exp',
  effectiveOrder: true,
  lowercase: false,
  tokenize: '13a',
  maxNgramOrder: 4,
} as const satisfies BleuOptions

/** Defaults of {@link BleuOptions} for {@link corpusBleu} and {@link bleuFromStatistics} (sacrebleu's `BLEU()`). */
export const defaultCorpusBleuOptions = {
  smooth: 'exp',
  effectiveOrder: false,
  lowercase: false,
  tokenize: '13a',
  maxNgramOrder: 4,
} as const satisfies BleuOptions

const bleuOptionNames: readonly (keyof BleuOptions)[] = ['smooth', 'smoothValue', 'effectiveOrder', 'lowercase', 'tokenize', 'maxNgramOrder']
const smoothings: readonly BleuSmoothing[] = ['exp', 'floor', 'add-k', 'none']

/** The default value of each smoothing method that takes one. */
const defaultSmoothValues: Readonly<Record<BleuSmoothing, number | undefined>> = {exp: undefined, floor: 0.1, 'add-k': 1, none: undefined}

/** BLEU options with every field decided. */
export interface ResolvedBleuOptions {
  readonly smooth: BleuSmoothing
  readonly smoothValue: number | undefined
  readonly effectiveOrder: boolean
  readonly lowercase: boolean
  readonly tokenize: BleuTokenizer
  readonly maxNgramOrder: number
}

/** sacrebleu's sufficient statistics of BLEU, and what the score was built from. */
export interface BleuStatistics {
  /** Number of hypothesis tokens. */
  readonly hypothesisLength: number
  /** Number of reference tokens (summed closest reference lengths). */
  readonly referenceLength: number
  /** Clipped n-gram matches of orders 1…`maxNgramOrder` (after add-k smoothing, when used). */
  readonly counts: readonly number[]
  /** Hypothesis n-grams of orders 1…`maxNgramOrder` (after add-k smoothing, when used). */
  readonly totals: readonly number[]
  /** Smoothed n-gram precisions, in percent (0 for orders not scored). */
  readonly precisions: readonly number[]
  /** Brevity penalty in [0, 1]. */
  readonly brevityPenalty: number
}

/** A BLEU score with what it was computed from. */
export interface BleuResult {
  /** sacrebleu's name of the metric: `BLEU`. */
  readonly name: 'BLEU'
  /** BLEU on sacrebleu's 0–100 scale (a perfect match gives 100.00000000000004); 0 when nothing matches. */
  readonly score: number
  /** sacrebleu's signature of the settings. */
  readonly signature: string
  readonly statistics: BleuStatistics
}

/** Resolve and validate BLEU options over the given defaults. */
export function resolveBleuOptions(options: BleuOptions = {}, defaults: BleuOptions = defaultBleuOptions): ResolvedBleuOptions {
  assertKnownOptions(options, bleuOptionNames)
  const merged = {...defaults, ...options}
  const smooth = merged.smooth ?? 'exp'
  assertOneOf(smooth, smoothings, 'smooth')
  const smoothValue = defaultSmoothValues[smooth] === undefined ? undefined : (merged.smoothValue ?? defaultSmoothValues[smooth])
  if (smoothValue !== undefined && (typeof smoothValue !== 'number' || !Number.isFinite(smoothValue) || smoothValue < 0)) {
    throw new RangeError(`Expected \`smoothValue\` to be a non-negative number, not \`${describeValue(smoothValue)}\``)
  }
  const effectiveOrder = merged.effectiveOrder ?? false
  const lowercase = merged.lowercase ?? false
  const tokenize = merged.tokenize ?? '13a'
  const maxNgramOrder = merged.maxNgramOrder ?? 4
  assertBoolean(effectiveOrder, 'effectiveOrder')
  assertBoolean(lowercase, 'lowercase')
  assertBleuTokenizer(tokenize)
  if (!Number.isInteger(maxNgramOrder) || maxNgramOrder < 1) {
    throw new RangeError(`Expected \`maxNgramOrder\` to be a positive integer, not \`${describeValue(maxNgramOrder)}\``)
  }
  return {smooth, smoothValue, effectiveOrder, lowercase, tokenize, maxNgramOrder}
}

/** The natural log, with sacrebleu's stand-in for log(0). */
function logOrFloor(value: number): number {
  return value === 0 ? -9999999999 : Math.log(value)
}

/**
 * The BLEU score of (possibly summed) counts, by sacrebleu's `compute_bleu`:
 * brevity penalty times the geometric mean of the smoothed n-gram precisions.
 * Nothing matched at any order gives 0 before smoothing; scoring stops at the
 * first order the hypothesis has no n-gram of (add-k is added before that
 * check); with `effectiveOrder` the mean is over the orders scored.
 *
 * @param counts Lengths, clipped matches and totals (one entry per order).
 * @param options Smoothing and effective order.
 * @returns Score and the statistics behind it.
 */
export function bleuFromCounts(counts: BleuCounts, options: ResolvedBleuOptions): {score: number; statistics: BleuStatistics} {
  const {hypothesisLength, referenceLength} = counts
  const maxOrder = counts.counts.length
  const correct = [...counts.counts]
  const total = [...counts.totals]
  const brevityPenalty =
    hypothesisLength < referenceLength ? (hypothesisLength > 0 ? Math.exp(1 - referenceLength / hypothesisLength) : 0) : 1
  const precisions = new Array<number>(maxOrder).fill(0)
  const statistics = (): BleuStatistics => ({hypothesisLength, referenceLength, counts: correct, totals: total, precisions, brevityPenalty})
  if (!correct.some((value) => value !== 0)) return {score: 0, statistics: statistics()}

  let smoothFactor = 1
  let order = maxOrder
  for (let n = 1; n <= maxOrder; n++) {
    if (options.smooth === 'add-k' && n > 1) {
      correct[n - 1]! += options.smoothValue!
      total[n - 1]! += options.smoothValue!
    }
    if (total[n - 1] === 0) break
    if (options.effectiveOrder) order = n
    if (correct[n - 1] === 0) {
      if (options.smooth === 'exp') {
        smoothFactor *= 2
        precisions[n - 1] = 100 / (smoothFactor * total[n - 1]!)
      } else if (options.smooth === 'floor') {
        precisions[n - 1] = (100 * options.smoothValue!) / total[n - 1]!
      }
    } else {
      precisions[n - 1] = (100 * correct[n - 1]!) / total[n - 1]!
    }
  }
  let logSum = 0
  for (let n = 0; n < order; n++) logSum += logOrFloor(precisions[n]!)
  return {score: brevityPenalty * Math.exp(logSum / order), statistics: statistics()}
}

/**
 * Sentence BLEU (Papineni et al. 2002), identical to sacrebleu's
 * `BLEU(effective_order=True).sentence_score`: 13a tokens, clipped n-gram
 * precisions of orders 1–4, brevity penalty, `exp` smoothing by default.
 * With several references each n-gram is clipped to its largest count in
 * any one reference and the brevity penalty uses the reference length
 * closest to the hypothesis (the shorter on a tie).
 *
 * @param hypothesis The text scored (the variant).
 * @param references The text it is scored against (the source), or several.
 * @param options Smoothing, effective order, tokenizer, case, n-gram order.
 * @returns Score (0–100, higher is closer), signature and statistics.
 */
export function sentenceBleu(hypothesis: string, references: SentenceReferences, options: BleuOptions = {}): BleuResult {
  assertHypothesis(hypothesis)
  const referenceList = sentenceReferenceList(references)
  const resolved = resolveBleuOptions(options, defaultBleuOptions)
  return scoreCounts(segmentCounts(hypothesis, referenceList, resolved), resolved, referenceList.length)
}

/**
 * Corpus BLEU, identical to sacrebleu's `BLEU().corpus_score`: counts are
 * summed over all segments and the formula applied once. Effective order is
 * off by default, as in sacrebleu.
 *
 * @param hypotheses One text per segment (variants).
 * @param references One reference stream (a text per segment), or several
 *   streams: `references[k][i]` is the k-th reference of segment i.
 * @param options BLEU settings.
 * @returns Score (0–100), signature and the summed statistics.
 */
export function corpusBleu(hypotheses: readonly string[], references: CorpusReferences, options: BleuOptions = {}): BleuResult {
  const {segments, referenceCount} = corpusReferences(hypotheses, references)
  const resolved = resolveBleuOptions(options, defaultCorpusBleuOptions)
  const sum = emptyBleuCounts(resolved.maxNgramOrder)
  for (let i = 0; i < hypotheses.length; i++) addBleuCounts(sum, segmentCounts(hypotheses[i]!, segments[i]!, resolved))
  return scoreCounts(sum, resolved, referenceCount)
}

function segmentCounts(hypothesis: string, references: readonly string[], options: ResolvedBleuOptions): BleuCounts {
  const tokens = (text: string) => bleuTokens(text, options.tokenize, options.lowercase)
  return bleuCounts(tokens(hypothesis), references.map(tokens), options.maxNgramOrder)
}

function scoreCounts(counts: BleuCounts, options: ResolvedBleuOptions, referenceCount: ReferenceCount): BleuResult {
  return {name: 'BLEU', ...bleuFromCounts(counts, options), signature: formatBleuSignature({...options, referenceCount})}
}

/** The signature string of BLEU with these options (sentence defaults unless `defaults` says otherwise). */
export function bleuSignature(options: BleuOptions = {}, defaults: BleuOptions = defaultBleuOptions, referenceCount = 1): string {
  return formatBleuSignature({...resolveBleuOptions(options, defaults), referenceCount})
}
