import {alignAnalyzedSentences, type AlignOptions} from './align/align-sentences'
import {analyzeSentences} from './analyze/analyze-sentences'
import {groupSymbols} from './analyze/group-symbols'
import {findArtifacts, type FindArtifactsOptions} from './artifacts/find-artifacts'
import {compareBead, groupSpan, groupWords} from './compare/compare-bead'
import {beadsPerProgressReport, progressReporter, type CompareProgressListener} from './compare-progress'
import {findSignals, type FindSignalsOptions} from './compare/signals/find-signals'
import {analyzeSide} from './compare/signals/analyze-side'
import {countUnmatchedWords} from './compare/signals/count-unmatched-words'
import {driftFeatures, driftFromFeatures, type DriftFeatures} from './compare/signals/score-drift'
import {analyzeDocuments} from './compare/signals/signal-documents'
import {detectLanguage, type DetectLanguageOptions} from './language/detect-language'
import {sentenceChrf} from './metrics/chrf'
import {scoreAnalyzedPairs} from './metrics/score-analyzed-pairs'
import {countWords} from './normalize/tokenize-words'
import {findReusedPassages, type FindReusedPassagesOptions} from './passages/find-reused-passages'
import {buildReport} from './report/build-report'
import {segmentSentences, type SegmentOptions} from './segment/segment-sentences'
import type {Bead, DocumentReport, DriftReport, Severity} from './types'
import {assertKnownOptions} from './validate-options'

/** Options of `compareTexts`, one nested object per stage. */
export interface CompareOptions {
  /** Options of the sentence segmenter, used for both texts. */
  readonly segment?: SegmentOptions
  /** Options of the sentence aligner. */
  readonly align?: AlignOptions
  /** Options of the drift signals, or `false` to skip them. */
  readonly signals?: FindSignalsOptions | false
  /** Options of the artifact detectors (`side`, `language` and `sentences` are set per text), or `false` to skip them. */
  readonly artifacts?: Omit<FindArtifactsOptions, 'side' | 'language' | 'sentences'> | false
  /**
   * Options of the document language detection. Only the first `maxLength`
   * characters are read, since franc's cost grows with them, and Scots is
   * ignored, since franc takes short English text for Scots (`sco`); pass
   * `{ignore: []}` to allow it. @default {maxLength: 256, ignore: ['sco']}
   */
  readonly language?: DetectLanguageOptions
  /** Compute chrF, chrF++, BLEU and TER per bead and per document. @default true */
  readonly metrics?: boolean
  /** Options of the re-used passage finder, or `false` to leave `passages` out of the report. @default {} */
  readonly passages?: FindReusedPassagesOptions | false
  /**
   * Called at each step, and every few hundred beads while comparing them,
   * so that a caller with a large input can show how far it is. Called
   * synchronously; it must not throw. @default undefined
   */
  readonly onProgress?: CompareProgressListener
}

/**
 * Compare a source text with a paraphrase, round-trip translation or scraped
 * copy of it. Each stage is a pure function of the previous stage's output, so
 * any one of them can be called, tested or replaced alone:
 * segment → align → compare each bead (diff, signals, drift, metrics) →
 * artifacts of both texts → report.
 *
 * Never throws on any text: empty, binary-looking or enormous input gives a
 * report. Throws only on invalid options, naming the option and the value.
 *
 * @param source The original text.
 * @param variant The text to compare with it.
 * @param options Stage options.
 * @returns The drift report; every span in it is an offset into `source` or `variant`.
 */
/** The names `CompareOptions` accepts; any other throws. */
const compareOptionNames = ['segment', 'align', 'signals', 'artifacts', 'language', 'metrics', 'passages', 'onProgress'] as const satisfies readonly (keyof CompareOptions)[]

export function compareTexts(source: string, variant: string, options: CompareOptions = {}): DriftReport {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, not \`${describe(source)}\``)
  if (typeof variant !== 'string') throw new TypeError(`Expected \`variant\` to be a string, not \`${describe(variant)}\``)
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${describe(options)}\``)
  assertKnownOptions(options, compareOptionNames)
  if (options.metrics !== undefined && typeof options.metrics !== 'boolean') {
    throw new TypeError(`Expected \`metrics\` to be a boolean, not \`${describe(options.metrics)}\``)
  }
  const withMetrics = options.metrics ?? true
  const progress = progressReporter(options.onProgress)
  // Check the passage options up front, whatever the texts hold.
  if (options.passages !== undefined && options.passages !== false) findReusedPassages('', '', options.passages)
  // findSignals runs only on beads with two sides; check its options now, whatever the texts hold.
  if (options.signals !== undefined && options.signals !== false) findSignals(noText, noText, options.signals)

  progress('segment')
  const sourceSentences = segmentSentences(source, options.segment)
  const variantSentences = segmentSentences(variant, options.segment)
  progress('align')
  // One analysis per sentence, shared by the aligner and the metrics.
  const analysis = analyzeSentences(sourceSentences, variantSentences, {symbols: withMetrics})
  const alignment = alignAnalyzedSentences(analysis.source, analysis.variant, options.align)
  const sourceSymbols = analysis.source.map((sentence) => sentence.symbols)
  const variantSymbols = analysis.variant.map((sentence) => sentence.symbols)
  const sourceWords = analysis.source.map((sentence) => sentence.words)
  const variantWords = analysis.variant.map((sentence) => sentence.words)

  const spans = alignment.beads.map((bead) => ({
    source: groupSpan(source, sourceSentences, bead.source),
    variant: groupSpan(variant, variantSentences, bead.variant),
  }))
  if (withMetrics) progress('metrics')
  const scores = withMetrics
    ? scoreAnalyzedPairs(
        spans.map((span, index) => ({
          hypothesis: span.variant?.text ?? '',
          reference: span.source?.text ?? '',
          hypothesisSymbols: groupSymbols(variant, variantSentences, variantSymbols, alignment.beads[index]!.variant),
          referenceSymbols: groupSymbols(source, sourceSentences, sourceSymbols, alignment.beads[index]!.source),
        })),
      )
    : undefined
  const beadCount = alignment.beads.length
  progress('compare', 0, beadCount)
  const beadFeatures: (DriftFeatures | undefined)[] = []
  // One wrapper for every bead, so document-wide tables of the detectors are built once.
  const documents = analyzeDocuments({source, variant})
  const beads: Bead[] = alignment.beads.map((bead, index) => {
    if (index > 0 && index % beadsPerProgressReport === 0) progress('compare', index, beadCount)
    const {source: sourceSpan, variant: variantSpan} = spans[index]!
    if (sourceSpan === undefined || variantSpan === undefined) {
      beadFeatures.push(undefined)
      return compareBead(bead, sourceSpan, variantSpan, {signals: [], drift: 1})
    }
    // Analysed once: the signal detectors and the drift's word counts share the split words, taken from the sentence analysis.
    const sourceSide = analyzeSide(sourceSpan, groupWords(source, sourceSentences, sourceWords, bead.source))
    const variantSide = analyzeSide(variantSpan, groupWords(variant, variantSentences, variantWords, bead.variant))
    const found = options.signals === false ? [] : findSignals(sourceSide, variantSide, options.signals, documents)
    // A weak pair rests on position more than on words: its signals are one step less certain.
    const signals = bead.weak ? found.map((signal) => ({...signal, severity: weakerSeverity[signal.severity]})) : found
    const metrics = scores?.pairs[index]
    const chrf = metrics?.chrf ?? sentenceChrf(variantSpan.text, sourceSpan.text).score
    const lengthRatio = Math.min(sourceSpan.text.length, variantSpan.text.length) / Math.max(1, sourceSpan.text.length, variantSpan.text.length)
    const {missing, added} = countUnmatchedWords(sourceSide, variantSide)
    const features = driftFeatures(signals, bead.similarity, {chrf: Math.min(100, Math.max(0, chrf)), lengthRatio, missingWords: missing, addedWords: added})
    beadFeatures.push(features)
    return compareBead(bead, sourceSpan, variantSpan, {signals, drift: driftFromFeatures(features), metrics})
  })

  progress('compare', beadCount, beadCount)

  progress('language')
  const languageOptions = {maxLength: 256, ignore: ['sco'], ...options.language}
  const sourceLanguage = detectLanguage(source, languageOptions)
  const variantLanguage = detectLanguage(variant, languageOptions)
  if (options.artifacts !== false) progress('artifacts')
  const artifacts =
    options.artifacts === false
      ? []
      : [
          ...findArtifacts(source, {...options.artifacts, side: 'source', language: sourceLanguage, sentences: sourceSentences}),
          ...findArtifacts(variant, {...options.artifacts, side: 'variant', language: variantLanguage, sentences: variantSentences}),
        ]

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
    variantWords: countWords(variant),
    chrf: scores ? scores.whole.chrf : sentenceChrf(variant, source).score,
    driftFeatures: beadFeatures,
    ...(scores ? {metrics: {aligned: scores.aligned, whole: scores.whole}} : {}),
  })
  if (options.passages === false) return report
  progress('passages')
  return {...report, passages: findReusedPassages(source, variant, options.passages)}
}

const noText = {start: 0, end: 0, text: ''} as const

/** The severity a signal of a weak pair gets: one step down. */
const weakerSeverity: Readonly<Record<Severity, Severity>> = {error: 'warning', warning: 'info', info: 'info'}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40))
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}
