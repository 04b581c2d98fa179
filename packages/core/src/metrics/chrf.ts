import {assertBoolean, assertKnownOptions, describeValue} from '../validate-options'
import {countNgramMatches} from './ngram-statistics'
import {codePointSymbols, SymbolTable} from './symbols'
import {splitPythonWhitespace} from './python-text'
import {assertHypothesis, corpusReferences, sentenceReferenceList} from './references'
import type {CorpusReferences, ReferenceCount, SentenceReferences} from './references'
import {formatChrfSignature} from './signature'

/** Options of the chrF functions. */
export interface ChrfOptions {
  /** Highest character n-gram order; 0 scores word n-grams only (needs `wordOrder` ≥ 1). @default 6 */
  readonly charOrder?: number
  /** Highest word n-gram order: 0 gives chrF, 2 gives chrF++. @default 0 */
  readonly wordOrder?: number
  /** Weight of recall against precision in the F-score. @default 2 */
  readonly beta?: number
  /**
   * Average per-order F-scores with 1e-16 where undefined (the original
   * chrF++.py behaviour) instead of sacrebleu's default "effective order"
   * averaging of precision and recall. @default false
   */
  readonly epsSmoothing?: boolean
  /** Lowercase both texts first. @default false */
  readonly lowercase?: boolean
  /** Keep whitespace inside character n-grams. @default false */
  readonly whitespace?: boolean
}

/** Defaults of {@link ChrfOptions}: sacrebleu's chrF (chrF2, no word n-grams). */
export const defaultChrfOptions = {
  charOrder: 6,
  wordOrder: 0,
  beta: 2,
  epsSmoothing: false,
  lowercase: false,
  whitespace: false,
} as const satisfies Required<ChrfOptions>

const chrfOptionNames: readonly (keyof ChrfOptions)[] = ['charOrder', 'wordOrder', 'beta', 'epsSmoothing', 'lowercase', 'whitespace']

/** A chrF score with what it was computed from. */
export interface ChrfResult {
  /** sacrebleu's name of the variant: `chrF2`, `chrF2++` (see {@link chrfName}). */
  readonly name: string
  /** chrF on sacrebleu's 0–100 scale; higher is closer. 0 when either side is empty. */
  readonly score: number
  /** sacrebleu's signature of the settings. */
  readonly signature: string
  /**
   * sacrebleu's sufficient statistics: `[hyp, ref, match]` counts for each
   * character order 1…`charOrder`, then each word order 1…`wordOrder`.
   */
  readonly statistics: readonly number[]
}

/** Resolve and validate chrF options. */
export function resolveChrfOptions(options: ChrfOptions = {}): Required<ChrfOptions> {
  assertKnownOptions(options, chrfOptionNames)
  const resolved = {...defaultChrfOptions, ...options}
  for (const name of ['charOrder', 'wordOrder'] as const) {
    if (!Number.isInteger(resolved[name]) || resolved[name] < 0) {
      throw new RangeError(`Expected \`${name}\` to be a non-negative integer, not \`${describeValue(resolved[name])}\``)
    }
  }
  if (resolved.charOrder === 0 && resolved.wordOrder === 0) {
    throw new RangeError('Expected `charOrder` or `wordOrder` to be positive, not both `0`')
  }
  if (typeof resolved.beta !== 'number' || !(resolved.beta > 0) || !Number.isFinite(resolved.beta)) {
    throw new RangeError(`Expected \`beta\` to be a positive number, not \`${describeValue(resolved.beta)}\``)
  }
  for (const name of ['epsSmoothing', 'lowercase', 'whitespace'] as const) assertBoolean(resolved[name], name)
  return resolved
}

/** The printable name of a chrF variant, as sacrebleu shows it: `chrF2`, `chrF2++`. */
export function chrfName(options: ChrfOptions = {}): string {
  const resolved = resolveChrfOptions(options)
  return `chrF${resolved.beta}${'+'.repeat(resolved.wordOrder)}`
}

/** The signature string of chrF with these options, against `referenceCount` references per segment. */
export function chrfSignature(options: ChrfOptions = {}, referenceCount = 1): string {
  return formatChrfSignature({...resolveChrfOptions(options), referenceCount})
}

const asciiPunctuation = /* @__PURE__ */ new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')

/**
 * The word tokens of chrF++: whitespace-separated words, each losing at most
 * one ASCII punctuation character, trailing first, else leading (`(hi)` gives
 * `(hi` and `)`), as sacrebleu does.
 *
 * @param text One segment.
 */
export function chrfWords(text: string): string[] {
  const tokens: string[] = []
  for (const word of splitPythonWhitespace(text)) {
    // A single code point (one or two UTF-16 units) is never split.
    if (word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) {
      tokens.push(word)
    } else if (asciiPunctuation.has(word[word.length - 1]!)) {
      tokens.push(word.slice(0, -1), word[word.length - 1]!)
    } else if (asciiPunctuation.has(word[0]!)) {
      tokens.push(word[0]!, word.slice(1))
    } else {
      tokens.push(word)
    }
  }
  return tokens
}

/**
 * Character n-gram statistics: `[hyp, ref, match]` per order. An order the
 * reference has no n-gram of counts no hypothesis n-grams either (sacrebleu).
 */
export function chrfCharStatistics(hypothesis: string, reference: string, options: Required<ChrfOptions>): number[] {
  const hyp = codePointSymbols(options.lowercase ? hypothesis.toLowerCase() : hypothesis, !options.whitespace)
  const ref = codePointSymbols(options.lowercase ? reference.toLowerCase() : reference, !options.whitespace)
  return zeroUnmatchedOrders(countNgramMatches(hyp, ref, options.charOrder))
}

/** Word n-gram statistics of chrF++: `[hyp, ref, match]` per word order. */
export function chrfWordStatistics(hypothesis: string, reference: string, options: Required<ChrfOptions>): number[] {
  if (options.wordOrder === 0) return []
  const symbols = new SymbolTable()
  const hyp = symbols.ids(chrfWords(options.lowercase ? hypothesis.toLowerCase() : hypothesis))
  const ref = symbols.ids(chrfWords(options.lowercase ? reference.toLowerCase() : reference))
  return zeroUnmatchedOrders(countNgramMatches(hyp, ref, options.wordOrder))
}

/** sacrebleu's rule, in place: an order the reference has no n-gram of counts no hypothesis n-grams either. */
export function zeroUnmatchedOrders(statistics: number[]): number[] {
  for (let i = 0; i < statistics.length; i += 3) {
    if (statistics[i + 1] === 0) statistics[i] = 0
  }
  return statistics
}

/** The statistics of a hypothesis against one reference. */
function pairStatistics(hypothesis: string, reference: string, options: Required<ChrfOptions>): number[] {
  return [...chrfCharStatistics(hypothesis, reference, options), ...chrfWordStatistics(hypothesis, reference, options)]
}

/**
 * sacrebleu's chrF statistics of one segment. Against several references,
 * those of the reference with the highest chrF (the first on a tie), as
 * sacrebleu picks them; the corpus score sums these.
 *
 * @param hypothesis The text scored (the variant).
 * @param references The text it is scored against (the source), or several.
 * @param options chrF settings.
 * @returns `[hyp, ref, match]` per character order, then per word order.
 */
export function chrfStatistics(hypothesis: string, references: SentenceReferences, options: ChrfOptions = {}): number[] {
  assertHypothesis(hypothesis)
  return bestStatistics(hypothesis, sentenceReferenceList(references), resolveChrfOptions(options))
}

function bestStatistics(hypothesis: string, references: readonly string[], options: Required<ChrfOptions>): number[] {
  if (references.length === 1) return pairStatistics(hypothesis, references[0]!, options)
  let best: number[] = []
  let bestScore = -1
  for (const reference of references) {
    const statistics = pairStatistics(hypothesis, reference, options)
    const score = chrfScore(statistics, options)
    if (score > bestScore) {
      bestScore = score
      best = statistics
    }
  }
  return best
}

/**
 * The chrF score of (possibly summed) statistics, by sacrebleu's formula.
 *
 * Default mode averages precision and recall over the orders where both
 * sides have n-grams ("effective order") and returns their F-beta. With
 * `epsSmoothing`, each order's F-beta (1e-16 where undefined) is averaged.
 *
 * @param statistics `[hyp, ref, match]` per order, as {@link chrfStatistics} returns.
 * @param options chrF settings (`beta` and `epsSmoothing` matter here).
 * @returns chrF in [0, 100].
 */
export function chrfFromStatistics(statistics: readonly number[], options: ChrfOptions = {}): number {
  const resolved = resolveChrfOptions(options)
  if (!Array.isArray(statistics) || statistics.some((value) => typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
    throw new TypeError(`Expected \`statistics\` to be an array of non-negative numbers, not \`${describeValue(statistics)}\``)
  }
  return chrfScore(statistics, resolved)
}

/** {@link chrfFromStatistics} on checked statistics and resolved options. */
function chrfScore(statistics: readonly number[], options: Required<ChrfOptions>): number {
  const {beta, epsSmoothing} = options
  const eps = 1e-16
  const factor = beta ** 2
  const orders = Math.floor(statistics.length / 3)
  let fSum = 0
  let effectiveOrder = 0
  let precisionSum = 0
  let recallSum = 0
  for (let i = 0; i < orders; i++) {
    const hypCount = statistics[3 * i]!
    const refCount = statistics[3 * i + 1]!
    const matches = statistics[3 * i + 2]!
    const precision = hypCount > 0 ? matches / hypCount : eps
    const recall = refCount > 0 ? matches / refCount : eps
    const denominator = factor * precision + recall
    fSum += denominator > 0 ? ((1 + factor) * precision * recall) / denominator : eps
    if (hypCount > 0 && refCount > 0) effectiveOrder++
    precisionSum += precision
    recallSum += recall
  }
  if (epsSmoothing) return orders === 0 ? 0 : (100 * fSum) / orders
  if (effectiveOrder === 0) return 0
  const precision = precisionSum / effectiveOrder
  const recall = recallSum / effectiveOrder
  if (precision + recall === 0) return 0
  return (100 * ((1 + factor) * precision * recall)) / (factor * precision + recall)
}

/**
 * chrF of one segment (Popović 2015, 2017), identical to sacrebleu's
 * `CHRF().sentence_score`. Character n-grams of orders 1–6 with whitespace
 * removed (they cross word boundaries), plus word n-grams for chrF++, scored
 * by an F-score weighting recall `beta` times as much as precision. Against
 * several references the best-scoring one counts.
 *
 * @param hypothesis The text scored (the variant).
 * @param references The text it is scored against (the source), or several.
 * @param options `{wordOrder: 2}` for chrF++; `{epsSmoothing: true}` for the original smoothing;
 *   `{charOrder: 0, wordOrder: 2}` for word n-grams only.
 * @returns Score (0–100, higher is closer), signature and statistics.
 */
export function sentenceChrf(hypothesis: string, references: SentenceReferences, options: ChrfOptions = {}): ChrfResult {
  assertHypothesis(hypothesis)
  const referenceList = sentenceReferenceList(references)
  const resolved = resolveChrfOptions(options)
  return chrfResult(bestStatistics(hypothesis, referenceList, resolved), resolved, referenceList.length)
}

/**
 * Corpus chrF: the statistics of every segment are summed and the formula
 * applied once (not a mean of sentence scores), as sacrebleu's
 * `corpus_score`.
 *
 * @param hypotheses One text per segment (variants).
 * @param references One reference stream (a text per segment), or several
 *   streams: `references[k][i]` is the k-th reference of segment i.
 * @param options chrF settings.
 * @returns Score (0–100), signature and the summed statistics.
 */
export function corpusChrf(hypotheses: readonly string[], references: CorpusReferences, options: ChrfOptions = {}): ChrfResult {
  const {segments, referenceCount} = corpusReferences(hypotheses, references)
  const resolved = resolveChrfOptions(options)
  const total = new Array<number>(3 * (resolved.charOrder + resolved.wordOrder)).fill(0)
  for (let i = 0; i < hypotheses.length; i++) {
    const statistics = bestStatistics(hypotheses[i]!, segments[i]!, resolved)
    for (let j = 0; j < total.length; j++) total[j]! += statistics[j]!
  }
  return chrfResult(total, resolved, referenceCount)
}

function chrfResult(statistics: number[], options: Required<ChrfOptions>, referenceCount: ReferenceCount): ChrfResult {
  return {
    name: `chrF${options.beta}${'+'.repeat(options.wordOrder)}`,
    score: chrfScore(statistics, options),
    signature: formatChrfSignature({...options, referenceCount}),
    statistics,
  }
}
