import {SymbolTable} from './symbols'
import {rstripPythonWhitespace, splitPythonWhitespace} from './python-text'
import {assertHypothesis, corpusReferences, sentenceReferenceList} from './references'
import type {CorpusReferences, ReferenceCount, SentenceReferences} from './references'
import {formatTerSignature} from './signature'
import {defaultTercomTokenizeOptions, resolveTercomTokenizeOptions, tercomTokens} from './tokenize-tercom'
import {countTerEdits} from './translation-edit-rate'

/** Options of the TER functions. */
export interface TerOptions {
  /** Tell upper from lower case. @default false */
  readonly caseSensitive?: boolean
  /** Split punctuation and unescape XML entities before scoring (tercom `-N`). @default false */
  readonly normalized?: boolean
  /** Remove common punctuation before scoring (see `tokenizeTercom`). @default false */
  readonly noPunct?: boolean
  /** Split CJK characters (with `normalized`) and remove CJK punctuation (with `noPunct`). @default false */
  readonly asianSupport?: boolean
}

/** Defaults of {@link TerOptions}: sacrebleu's `TER()`. */
export const defaultTerOptions = defaultTercomTokenizeOptions satisfies Required<TerOptions>

/** sacrebleu's sufficient statistics of TER. */
export interface TerStatistics {
  /** Shifts plus insertions, deletions and substitutions (against the closest reference, when several). */
  readonly edits: number
  /** Number of reference words; with several references, their mean length per segment (so it can be fractional). */
  readonly referenceLength: number
}

/** A TER score with what it was computed from. */
export interface TerResult {
  /** sacrebleu's name of the metric: `TER`. */
  readonly name: 'TER'
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
  return resolveTercomTokenizeOptions(options)
}

/** The words TER compares: the segment right-stripped and tokenized as tercom does. */
export function terTokens(text: string, options: Required<TerOptions>): string[] {
  return splitPythonWhitespace(tercomTokens(rstripPythonWhitespace(text), options))
}

/**
 * The words TER compares with its default options (`TER()`: lowercased,
 * not normalized, punctuation kept): `terTokens(text, defaultTerOptions)`
 * without building the tokenized line and splitting it again.
 *
 * @param text One segment.
 * @returns Its lowercased Python-whitespace-separated words.
 */
export function defaultTerWords(text: string): string[] {
  return splitPythonWhitespace(text.toLowerCase())
}

/**
 * TER statistics of two token lists.
 *
 * @param hypothesisTokens The hypothesis words.
 * @param referenceTokens The reference words.
 * @param maxCells Work budget of the shift search (see `countTerEdits`). @default Infinity (sacrebleu's result, always)
 * @returns The statistics; `limited` is true when the budget cut the search short and `edits` is an upper bound.
 */
export function terStatisticsOfTokens(
  hypothesisTokens: readonly string[],
  referenceTokens: readonly string[],
  maxCells = Number.POSITIVE_INFINITY,
): TerStatistics & {readonly limited: boolean} {
  const symbols = new SymbolTable()
  const hypothesis = symbols.ids(hypothesisTokens)
  const reference = symbols.ids(referenceTokens)
  return countTerEdits(hypothesis, reference, maxCells)
}

/**
 * TER statistics of one segment against one or more references, as
 * sacrebleu counts them: the fewest edits to any reference, and the mean
 * reference length.
 */
function segmentStatistics(hypothesis: string, references: readonly string[], options: Required<TerOptions>): TerStatistics {
  const hypothesisTokens = terTokens(hypothesis, options)
  let edits = Number.POSITIVE_INFINITY
  let lengthSum = 0
  for (const reference of references) {
    const statistics = terStatisticsOfTokens(hypothesisTokens, terTokens(reference, options))
    lengthSum += statistics.referenceLength
    if (statistics.edits < edits) edits = statistics.edits
  }
  return {edits, referenceLength: lengthSum / references.length}
}

/** The TER score (0 and up) of (possibly summed) statistics, by sacrebleu's formula. */
export function terFromStatistics(statistics: TerStatistics): number {
  if (statistics.referenceLength > 0) return (100 * statistics.edits) / statistics.referenceLength
  return statistics.edits > 0 ? 100 : 0
}

/** The signature string of TER with these options, against `referenceCount` references per segment. */
export function terSignature(options: TerOptions = {}, referenceCount = 1): string {
  return formatTerSignature({...resolveTerOptions(options), referenceCount})
}

function terResult(statistics: TerStatistics, options: Required<TerOptions>, referenceCount: ReferenceCount): TerResult {
  return {name: 'TER', score: terFromStatistics(statistics), signature: formatTerSignature({...options, referenceCount}), statistics}
}

/**
 * Translation Edit Rate of one segment (Snover et al. 2006), identical to
 * sacrebleu's `TER().sentence_score`: the fewest word insertions, deletions,
 * substitutions and block shifts turning the hypothesis into the reference,
 * per reference word. Against several references: the fewest edits to any
 * of them, per mean reference length.
 *
 * @param hypothesis The text scored (the variant).
 * @param references The text it is scored against (the source), or several.
 * @param options Case sensitivity, normalization, punctuation, CJK handling.
 * @returns Score (0 and up, lower is closer), signature and statistics.
 */
export function sentenceTer(hypothesis: string, references: SentenceReferences, options: TerOptions = {}): TerResult {
  assertHypothesis(hypothesis)
  const referenceList = sentenceReferenceList(references)
  const resolved = resolveTerOptions(options)
  return terResult(segmentStatistics(hypothesis, referenceList, resolved), resolved, referenceList.length)
}

/**
 * Corpus TER, identical to sacrebleu's `TER().corpus_score`: edits and
 * reference lengths are summed over all segments, then divided once.
 *
 * @param hypotheses One text per segment (variants).
 * @param references One reference stream (a text per segment), or several
 *   streams: `references[k][i]` is the k-th reference of segment i.
 * @param options TER settings.
 * @returns Score (0 and up), signature and the summed statistics.
 */
export function corpusTer(hypotheses: readonly string[], references: CorpusReferences, options: TerOptions = {}): TerResult {
  const {segments, referenceCount} = corpusReferences(hypotheses, references)
  const resolved = resolveTerOptions(options)
  let edits = 0
  let referenceLength = 0
  for (let i = 0; i < hypotheses.length; i++) {
    const statistics = segmentStatistics(hypotheses[i]!, segments[i]!, resolved)
    edits += statistics.edits
    referenceLength += statistics.referenceLength
  }
  return terResult({edits, referenceLength}, resolved, referenceCount)
}
