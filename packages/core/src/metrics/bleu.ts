import {countNgramMatches, SymbolTable} from './ngram-statistics'
import {rstripPythonWhitespace, splitPythonWhitespace} from './python-text'
import {formatBleuSignature} from './signature'
import {tokenize13a} from './tokenize-13a'
import {assertTextList, assertTextPairs} from './validate'

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
}

/** Defaults of {@link BleuOptions} for {@link sentenceBleu} (sacrebleu's sentence BLEU). */
export const defaultBleuOptions = {smooth: 'exp', effectiveOrder: true, lowercase: false} as const satisfies BleuOptions

/** Defaults of {@link BleuOptions} for {@link corpusBleu} (sacrebleu's `BLEU()`). */
export const defaultCorpusBleuOptions = {smooth: 'exp', effectiveOrder: false, lowercase: false} as const satisfies BleuOptions

/** The default value of each smoothing method that takes one. */
const defaultSmoothValues: Readonly<Record<BleuSmoothing, number | undefined>> = {
  exp: undefined,
  floor: 0.1,
  'add-k': 1,
  none: undefined,
}

/** BLEU options with every field decided. */
export interface ResolvedBleuOptions {
  readonly smooth: BleuSmoothing
  readonly smoothValue: number | undefined
  readonly effectiveOrder: boolean
  readonly lowercase: boolean
}

/** sacrebleu's sufficient statistics of BLEU, and what the score was built from. */
export interface BleuStatistics {
  /** Number of hypothesis tokens. */
  readonly hypothesisLength: number
  /** Number of reference tokens. */
  readonly referenceLength: number
  /** Clipped n-gram matches of orders 1–4 (after add-k smoothing, when used). */
  readonly counts: readonly number[]
  /** Hypothesis n-grams of orders 1–4 (after add-k smoothing, when used). */
  readonly totals: readonly number[]
  /** Smoothed n-gram precisions of orders 1–4, in percent (0 for orders not scored). */
  readonly precisions: readonly number[]
  /** Brevity penalty in [0, 1]. */
  readonly brevityPenalty: number
}

/** A BLEU score with what it was computed from. */
export interface BleuResult {
  /** BLEU on sacrebleu's 0–100 scale (a perfect match gives 100.00000000000004); 0 when nothing matches. */
  readonly score: number
  /** sacrebleu's signature of the settings. */
  readonly signature: string
  readonly statistics: BleuStatistics
}

const maxOrder = 4
const smoothings: readonly BleuSmoothing[] = ['exp', 'floor', 'add-k', 'none']

/** Resolve and validate BLEU options over the given defaults. */
export function resolveBleuOptions(options: BleuOptions = {}, defaults: BleuOptions = defaultBleuOptions): ResolvedBleuOptions {
  const merged = {...defaults, ...options}
  const smooth = merged.smooth ?? 'exp'
  if (!smoothings.includes(smooth)) {
    throw new RangeError(`Expected \`smooth\` to be one of ${smoothings.join(', ')}, not \`${String(smooth)}\``)
  }
  const smoothValue = defaultSmoothValues[smooth] === undefined ? undefined : (merged.smoothValue ?? defaultSmoothValues[smooth])
  if (smoothValue !== undefined && (typeof smoothValue !== 'number' || !Number.isFinite(smoothValue) || smoothValue < 0)) {
    throw new RangeError(`Expected \`smoothValue\` to be a non-negative number, not \`${String(smoothValue)}\``)
  }
  const effectiveOrder = merged.effectiveOrder ?? false
  const lowercase = merged.lowercase ?? false
  if (typeof effectiveOrder !== 'boolean') {
    throw new TypeError(`Expected \`effectiveOrder\` to be a boolean, not \`${String(effectiveOrder)}\``)
  }
  if (typeof lowercase !== 'boolean') {
    throw new TypeError(`Expected \`lowercase\` to be a boolean, not \`${String(lowercase)}\``)
  }
  return {smooth, smoothValue, effectiveOrder, lowercase}
}

/** The 13a tokens of a segment as sacrebleu's BLEU sees them (optionally lowercased, right-stripped). */
export function bleuTokens(text: string, lowercase = false): string[] {
  const cased = lowercase ? text.toLowerCase() : text
  return splitPythonWhitespace(tokenize13a(rstripPythonWhitespace(cased)))
}

/** Raw counts of one segment pair: lengths, then clipped matches and totals per order. */
export interface BleuCounts {
  hypothesisLength: number
  referenceLength: number
  counts: number[]
  totals: number[]
}

/** Count n-gram matches between two token lists (orders 1–4). */
export function bleuCounts(hypothesisTokens: readonly string[], referenceTokens: readonly string[]): BleuCounts {
  const symbols = new SymbolTable()
  const hyp = symbols.ids(hypothesisTokens)
  const ref = symbols.ids(referenceTokens)
  const statistics = countNgramMatches(hyp, ref, maxOrder)
  const counts: number[] = []
  const totals: number[] = []
  for (let i = 0; i < maxOrder; i++) {
    totals.push(statistics[3 * i]!)
    counts.push(statistics[3 * i + 2]!)
  }
  return {hypothesisLength: hyp.length, referenceLength: ref.length, counts, totals}
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
 * @param counts Lengths, clipped matches and totals.
 * @param options Smoothing and effective order.
 * @returns Score and the statistics behind it.
 */
export function bleuFromCounts(counts: BleuCounts, options: ResolvedBleuOptions): {score: number; statistics: BleuStatistics} {
  const {hypothesisLength, referenceLength} = counts
  const correct = [...counts.counts]
  const total = [...counts.totals]
  const brevityPenalty =
    hypothesisLength < referenceLength ? (hypothesisLength > 0 ? Math.exp(1 - referenceLength / hypothesisLength) : 0) : 1
  const precisions = new Array<number>(maxOrder).fill(0)
  const statistics = (): BleuStatistics => ({
    hypothesisLength,
    referenceLength,
    counts: correct,
    totals: total,
    precisions,
    brevityPenalty,
  })
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
 *
 * @param hypothesis The text scored (the variant).
 * @param reference The text it is scored against (the source).
 * @param options Smoothing (`exp`, `floor`, `add-k`, `none`) and effective order.
 * @returns Score (0–100, higher is closer), signature and statistics.
 */
export function sentenceBleu(hypothesis: string, reference: string, options: BleuOptions = {}): BleuResult {
  assertTextPairs(hypothesis, reference)
  const resolved = resolveBleuOptions(options, defaultBleuOptions)
  const counts = bleuCounts(bleuTokens(hypothesis, resolved.lowercase), bleuTokens(reference, resolved.lowercase))
  return {...bleuFromCounts(counts, resolved), signature: formatBleuSignature(resolved)}
}

/**
 * Corpus BLEU, identical to sacrebleu's `BLEU().corpus_score`: counts are
 * summed over all segment pairs and the formula applied once. Effective
 * order is off by default, as in sacrebleu.
 *
 * @param hypotheses One text per segment (variants).
 * @param references One text per segment (sources), as many as `hypotheses`.
 * @param options BLEU settings.
 * @returns Score (0–100), signature and the summed statistics.
 */
export function corpusBleu(hypotheses: readonly string[], references: readonly string[], options: BleuOptions = {}): BleuResult {
  assertTextList(hypotheses, references)
  const resolved = resolveBleuOptions(options, defaultCorpusBleuOptions)
  const sum = emptyBleuCounts()
  for (let i = 0; i < hypotheses.length; i++) {
    addBleuCounts(sum, bleuCounts(bleuTokens(hypotheses[i]!, resolved.lowercase), bleuTokens(references[i]!, resolved.lowercase)))
  }
  return {...bleuFromCounts(sum, resolved), signature: formatBleuSignature(resolved)}
}

/** Zero counts, to sum into. */
export function emptyBleuCounts(): BleuCounts {
  return {hypothesisLength: 0, referenceLength: 0, counts: [0, 0, 0, 0], totals: [0, 0, 0, 0]}
}

/** Add `counts` into `sum`. */
export function addBleuCounts(sum: BleuCounts, counts: BleuCounts): void {
  sum.hypothesisLength += counts.hypothesisLength
  sum.referenceLength += counts.referenceLength
  for (let i = 0; i < maxOrder; i++) {
    sum.counts[i]! += counts.counts[i]!
    sum.totals[i]! += counts.totals[i]!
  }
}

/** The signature string of BLEU with these options (sentence defaults). */
export function bleuSignature(options: BleuOptions = {}, defaults: BleuOptions = defaultBleuOptions): string {
  return formatBleuSignature(resolveBleuOptions(options, defaults))
}
