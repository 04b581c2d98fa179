import {alignAnalyzedSentences} from './align/align-sentences'
import {analyzeSentencePair} from './analyze/analyze-sentences'
import {beadPairs} from './analyze/bead-pairs'
import {groupWords, WordVocabulary} from './analyze/document-words'
import {findArtifactsWithWords} from './artifacts/find-artifacts'
import {BeadDiffer, compareBead, groupSpan} from './compare/compare-bead'
import {type CompareOptions, describe, type ResolvedCompareOptions, resolveCompareOptions} from './compare-options'
import {beadsPerProgressReport, progressReporter} from './compare-progress'
import {detectSignals} from './compare/signals/find-signals'
import {analyzeSide} from './compare/signals/analyze-side'
import {countUnmatchedWords, type UnmatchedWords} from './compare/signals/count-unmatched-words'
import {type DriftEvidence, driftFeatures, driftFromFeatures, type DriftFeatures} from './compare/signals/score-drift'
import {analyzeDocuments} from './compare/signals/signal-documents'
import {detectLanguage} from './language/detect-language'
import {sentenceChrf} from './metrics/chrf'
import {scoreAnalyzedPairs} from './metrics/score-analyzed-pairs'
import {countWords} from './normalize/tokenize-words'
import {splitTextWords, type TextWords} from './normalize/text-words'
import {findPassagesBetween} from './passages/find-reused-passages'
import {buildReport} from './report/build-report'
import {segmentSentences} from './segment/segment-sentences'
import type {Bead, DocumentReport, DriftReport, Sentence, Severity} from './types'

export {type CompareOptions, defaultCompareOptions} from './compare-options'

/**
 * Compare a source text with a paraphrase, round-trip translation or scraped
 * copy of it. Each stage is a pure function of the previous stage's output, so
 * any one of them can be called, tested or replaced alone:
 * segment → language, artifacts of both texts and re-used passages (which
 * read only the texts) → align → compare each bead (diff, signals, drift,
 * metrics) → report.
 *
 * Never throws on any text: empty, binary-looking or enormous input gives a
 * report. Throws only on invalid options, naming the option and the value.
 *
 * @param source The original text.
 * @param variant The text to compare with it.
 * @param options Stage options.
 * @returns The drift report; every span in it is an offset into `source` or `variant`.
 */
export function compareTexts(source: string, variant: string, options: CompareOptions = {}): DriftReport {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, not \`${describe(source)}\``)
  if (typeof variant !== 'string') throw new TypeError(`Expected \`variant\` to be a string, not \`${describe(variant)}\``)
  // Every option is checked up front, whatever the texts hold, and resolved once for all beads.
  const resolved = resolveCompareOptions(options)
  const progress = progressReporter(resolved.onProgress)

  progress('segment')
  const sourceSentences = segmentSentences(source, resolved.segment)
  const variantSentences = segmentSentences(variant, resolved.segment)

  // The steps that read only the texts and their sentences come first: on a large pair their
  // working memory is collected while the heap is still small, before the beads pile up.
  progress('language')
  const sourceLanguage = detectLanguage(source, resolved.language)
  const variantLanguage = detectLanguage(variant, resolved.language)
  const {artifacts, passages, variantWordCount, words} = findInTexts(source, variant, sourceSentences, variantSentences, sourceLanguage, variantLanguage, resolved, progress)

  const {alignment, scores, beads, beadFeatures} = alignAndCompare(source, variant, sourceSentences, variantSentences, resolved, progress, words)
  const beadCount = beads.length
  progress('compare', beadCount, beadCount)

  progress('report')
  const sourceReport: DocumentReport = {language: sourceLanguage, length: source.length, sentences: sourceSentences}
  const variantReport: DocumentReport = {language: variantLanguage, length: variant.length, sentences: variantSentences}
  const report = buildReport({
    source: sourceReport,
    variant: variantReport,
    beads,
    artifacts,
    truncated: alignment.truncated,
    topicSimilarity: alignment.topicSimilarity,
    variantWords: variantWordCount,
    chrf: scores ? scores.whole.chrf : sentenceChrf(variant, source).score,
    driftFeatures: beadFeatures,
    ...(scores ? {metrics: {aligned: scores.aligned, whole: scores.whole}} : {}),
  })
  return passages === undefined ? report : {...report, passages}
}

/**
 * The splits of the two whole texts into words, in the comparison's word
 * table, handed from the steps that read the whole texts to the sentence
 * analysis. `splits` is taken out (`takeSplits`) when the analysis reads it,
 * so the splits are not held while the beads are compared.
 */
interface TextSplits {
  readonly forms: WordVocabulary
  splits: {readonly source: TextWords; readonly variant: TextWords} | undefined
}

/** The splits of `words`, which no longer holds them. */
function takeSplits(words: TextSplits) {
  const {splits} = words
  words.splits = undefined
  return splits
}

/**
 * The steps that read the whole texts: the artifacts of each and the
 * passages the variant re-uses, from one split of each text into words
 * (`splitTextWords`), which also gives the variant's word count. The splits
 * go on to the sentence analysis, which reads each sentence's words from
 * them and drops them before the alignment.
 */
function findInTexts(
  source: string,
  variant: string,
  sourceSentences: readonly Sentence[],
  variantSentences: readonly Sentence[],
  sourceLanguage: DocumentReport['language'],
  variantLanguage: DocumentReport['language'],
  resolved: ResolvedCompareOptions,
  progress: ReturnType<typeof progressReporter>,
) {
  // The comparison's word table: the splits, the sentence analysis and the aligner's keys share it.
  const forms = new WordVocabulary()
  if (resolved.artifacts === false && resolved.passages === false) {
    return {artifacts: [], passages: undefined, variantWordCount: countWords(variant), words: {forms, splits: undefined} as TextSplits}
  }
  if (resolved.artifacts !== false) progress('artifacts')
  const sourceWords = splitTextWords(source, forms)
  const variantWords = splitTextWords(variant, forms)
  const artifacts =
    resolved.artifacts === false
      ? []
      : [
          ...findArtifactsWithWords(source, {...resolved.artifacts, side: 'source', language: sourceLanguage, sentences: sourceSentences}, sourceWords),
          ...findArtifactsWithWords(variant, {...resolved.artifacts, side: 'variant', language: variantLanguage, sentences: variantSentences}, variantWords),
        ]
  if (resolved.passages !== false) progress('passages')
  const passages = resolved.passages === false ? undefined : findPassagesBetween(source, sourceWords, variant, variantWords, resolved.passages)
  // `splitTextWords` finds the words `countWords` counts.
  return {artifacts, passages, variantWordCount: variantWords.count, words: {forms, splits: {source: sourceWords, variant: variantWords}} as TextSplits}
}

/**
 * Align the sentences and compare every bead. The sentence analysis is built
 * and read in `alignAndScore`; only the words (as offsets) come out of it, so
 * the rest (keys, metric symbols) can be collected before the beads are
 * compared, and all of it before the report is built.
 */
function alignAndCompare(
  source: string,
  variant: string,
  sourceSentences: readonly Sentence[],
  variantSentences: readonly Sentence[],
  resolved: ResolvedCompareOptions,
  progress: ReturnType<typeof progressReporter>,
  words: TextSplits,
) {
  const {alignment, scores, words: documentWords} = alignAndScore(source, variant, sourceSentences, variantSentences, resolved, progress, words)
  const beadCount = alignment.beads.length
  progress('compare', 0, beadCount)
  const beadFeatures: (DriftFeatures | undefined)[] = []
  // One wrapper for every bead, so document-wide tables of the detectors are built once.
  const documents = analyzeDocuments({source, variant}, {sentences: {source: sourceSentences, variant: variantSentences}, words: documentWords})
  const differ = new BeadDiffer({
    source: {text: source, sentences: sourceSentences, words: documentWords.source},
    variant: {text: variant, sentences: variantSentences, words: documentWords.variant},
  })
  const beads: Bead[] = alignment.beads.map((bead, index) => {
    if (index > 0 && index % beadsPerProgressReport === 0) progress('compare', index, beadCount)
    const sourceSpan = groupSpan(source, sourceSentences, bead.source)
    const variantSpan = groupSpan(variant, variantSentences, bead.variant)
    // Analysed once: the signal detectors and the drift's word counts share the split words, taken from the sentence analysis.
    const sourceSide = sourceSpan && analyzeSide(sourceSpan, groupWords(source, sourceSentences, documentWords.source, bead.source))
    const variantSide = variantSpan && analyzeSide(variantSpan, groupWords(variant, variantSentences, documentWords.variant, bead.variant))
    if (sourceSide === undefined || variantSide === undefined) {
      // An unaligned sentence: its words against nothing, for the document drift's word features.
      beadFeatures.push(driftFeatures([], 0, wordEvidence(countUnmatchedWords(sourceSide ?? noText, variantSide ?? noText))))
      return compareBead(bead, differ.diff(bead, sourceSpan, variantSpan), {signals: [], drift: 1})
    }
    const found = resolved.signals === false ? [] : detectSignals(sourceSide, variantSide, resolved.signals, documents)
    // A weak pair rests on position more than on words: its signals are one step less certain.
    const signals = bead.weak ? found.map((signal) => ({...signal, severity: weakerSeverity[signal.severity]})) : found
    const metrics = scores?.pairs[index]
    const chrf = metrics?.chrf ?? sentenceChrf(variantSide.text, sourceSide.text).score
    const lengthRatio = Math.min(sourceSide.text.length, variantSide.text.length) / Math.max(1, sourceSide.text.length, variantSide.text.length)
    const features = driftFeatures(signals, bead.similarity, wordEvidence(countUnmatchedWords(sourceSide, variantSide), Math.min(100, Math.max(0, chrf)), lengthRatio))
    beadFeatures.push(features)
    return compareBead(bead, differ.diff(bead, sourceSpan, variantSpan), {signals, drift: driftFromFeatures(features), metrics})
  })

  return {alignment: {truncated: alignment.truncated, topicSimilarity: alignment.topicSimilarity}, scores, beads, beadFeatures}
}

/**
 * Analyse the sentences, align them and score every bead with the metrics.
 * Returns the beads, their scores, and the words of the analysis; the rest
 * of the analysis is not needed after this. Each bead's texts and symbols
 * are made when the metrics read them, one bead at a time, rather than for
 * every bead before scoring starts.
 */
function alignAndScore(
  source: string,
  variant: string,
  sourceSentences: readonly Sentence[],
  variantSentences: readonly Sentence[],
  resolved: ResolvedCompareOptions,
  progress: ReturnType<typeof progressReporter>,
  words: TextSplits,
) {
  const metrics = resolved.metrics
  progress('align')
  // One analysis per sentence, shared by the aligner, the metrics and (its words) the signals; it reads the whole-text splits where there are some.
  const analysis = analyzeSentencePair(sourceSentences, variantSentences, metrics !== false, words.forms, takeSplits(words))
  const alignment = alignAnalyzedSentences(analysis.source, analysis.variant, resolved.align)
  if (metrics !== false) progress('metrics')
  const scores =
    metrics === false
      ? undefined
      : scoreAnalyzedPairs(beadPairs({source, variant, sourceSentences, variantSentences, symbols: analysis.symbols}, alignment.beads), metrics)
  return {alignment, scores, words: analysis.words}
}

/**
 * The drift evidence of a bead: its word counts, and its chrF and length
 * ratio when it has two sides. One literal rather than spreads of the
 * counts (see `compareBead`).
 */
function wordEvidence(words: UnmatchedWords, chrf?: number, lengthRatio?: number): DriftEvidence {
  const {missing, added, sourceWords, variantWords, sharedWords, longestRun} = words
  return chrf === undefined
    ? {missingWords: missing, addedWords: added, sourceWords, variantWords, sharedWords, longestRun}
    : {chrf, lengthRatio, missingWords: missing, addedWords: added, sourceWords, variantWords, sharedWords, longestRun}
}

/** The empty side an unaligned sentence is counted against. */
const noText = {start: 0, end: 0, text: ''} as const

/** The severity a signal of a weak pair gets: one step down. */
const weakerSeverity: Readonly<Record<Severity, Severity>> = {error: 'warning', warning: 'info', info: 'info'}
