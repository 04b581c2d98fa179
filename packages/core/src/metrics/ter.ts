import {SymbolTable} from './ngram-statistics'
import {rstripPythonWhitespace, splitPythonWhitespace} from './python-text'
import {formatTerSignature} from './signature'
import {tokenizeTercom} from './tokenize-tercom'
import {countTerEdits} from './translation-edit-rate'
import {assertTextList, assertTextPairs} from './validate'

/** Options of the TER functions. */
export interface TerOptions {
  /** Tell upper from lower case. @default false */
  readonly caseSensitive?: boolean
  /** Split punctuation and unescape XML entities before scoring (tercom `-N`). @default false */
  readonly normalized?: boolean
}

/** Defaults of {@link TerOptions}: sacrebleu's `TER()`. */
export const defaultTerOptions = {caseSensitive: false, normalized: false} as const satisfies Required<TerOptions>

/** sacrebleu's sufficient statistics of TER. */
export interface TerStatistics {
  /** Shifts plus insertions, deletions and substitutions. */
  readonly edits: number
  /** Number of reference words. */
  readonly referenceLength: number
}

/** A TER score with what it was computed from. */
export interface TerResult {
  /**
   * TER on sacrebleu's scale: edits per 100 reference words, 0 and up (it can
   * exceed 100); lower is closer. 0 when both sides are empty, 100 when only
   * the reference is.
   */
  readonly score: number
  /** sacrebleu's signature of the settings. */
  readonly signature: string
  readonly statistics: TerStatistics
}

/** Resolve and validate TER options. */
export function resolveTerOptions(options: TerOptions = {}): Required<TerOptions> {
  const resolved = {...defaultTerOptions, ...options}
  if (typeof resolved.caseSensitive !== 'boolean') {
    throw new TypeError(`Expected \`caseSensitive\` to be a boolean, not \`${String(resolved.caseSensitive)}\``)
  }
  if (typeof resolved.normalized !== 'boolean') {
    throw new TypeError(`Expected \`normalized\` to be a boolean, not \`${String(resolved.normalized)}\``)
  }
  return resolved
}

/** The words TER compares: the segment right-stripped and tokenized as tercom does. */
export function terTokens(text: string, options: Required<TerOptions>): string[] {
  return splitPythonWhitespace(tokenizeTercom(rstripPythonWhitespace(text), options))
}

/** TER statistics of two token lists. */
export function terStatisticsOfTokens(hypothesisTokens: readonly string[], referenceTokens: readonly string[]): TerStatistics {
  const symbols = new SymbolTable()
  const hypothesis = symbols.ids(hypothesisTokens)
  const reference = symbols.ids(referenceTokens)
  return countTerEdits(hypothesis, reference)
}

/** The TER score (0 and up) of (possibly summed) statistics, by sacrebleu's formula. */
export function terFromStatistics(statistics: TerStatistics): number {
  if (statistics.referenceLength > 0) return (100 * statistics.edits) / statistics.referenceLength
  return statistics.edits > 0 ? 100 : 0
}

/** The signature string of TER with these options. */
export function terSignature(options: TerOptions = {}): string {
  return formatTerSignature(resolveTerOptions(options))
}

/**
 * Translation Edit Rate of one segment pair (Snover et al. 2006), identical
 * to sacrebleu's `TER().sentence_score`: the fewest word insertions,
 * deletions, substitutions and block shifts turning the hypothesis into the
 * reference, per reference word.
 *
 * @param hypothesis The text scored (the variant).
 * @param reference The text it is scored against (the source).
 * @param options Case sensitivity and normalization.
 * @returns Score (0 and up, lower is closer), signature and statistics.
 */
export function sentenceTer(hypothesis: string, reference: string, options: TerOptions = {}): TerResult {
  assertTextPairs(hypothesis, reference)
  const resolved = resolveTerOptions(options)
  const statistics = terStatisticsOfTokens(terTokens(hypothesis, resolved), terTokens(reference, resolved))
  return {score: terFromStatistics(statistics), signature: formatTerSignature(resolved), statistics}
}

/**
 * Corpus TER, identical to sacrebleu's `TER().corpus_score`: edits and
 * reference lengths are summed over all segment pairs, then divided once.
 *
 * @param hypotheses One text per segment (variants).
 * @param references One text per segment (sources), as many as `hypotheses`.
 * @param options TER settings.
 * @returns Score (0 and up), signature and the summed statistics.
 */
export function corpusTer(hypotheses: readonly string[], references: readonly string[], options: TerOptions = {}): TerResult {
  assertTextList(hypotheses, references)
  const resolved = resolveTerOptions(options)
  let edits = 0
  let referenceLength = 0
  for (let i = 0; i < hypotheses.length; i++) {
    const statistics = terStatisticsOfTokens(terTokens(hypotheses[i]!, resolved), terTokens(references[i]!, resolved))
    edits += statistics.edits
    referenceLength += statistics.referenceLength
  }
  const statistics = {edits, referenceLength}
  return {score: terFromStatistics(statistics), signature: formatTerSignature(resolved), statistics}
}
