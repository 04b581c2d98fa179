import {alignSentences, type AlignOptions} from './align/align-sentences'
import {findArtifacts, type FindArtifactsOptions} from './artifacts/find-artifacts'
import {compareBead, groupSpan} from './compare/compare-bead'
import {findSignals, type FindSignalsOptions} from './compare/signals/find-signals'
import {scoreDrift} from './compare/signals/score-drift'
import {detectLanguage} from './language/detect-language'
import {scoreBead, scoreDocument, type ScoredPair} from './metrics/score-pairs'
import {tokenizeWords} from './normalize/tokenize-words'
import {buildReport} from './report/build-report'
import {segmentSentences, type SegmentOptions} from './segment/segment-sentences'
import type {Bead, DocumentMetrics, DocumentReport, DriftReport, Sentence} from './types'

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
  /** Compute chrF, chrF++, BLEU and TER per bead and per document. @default true */
  readonly metrics?: boolean
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
export function compareTexts(source: string, variant: string, options: CompareOptions = {}): DriftReport {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, not \`${describe(source)}\``)
  if (typeof variant !== 'string') throw new TypeError(`Expected \`variant\` to be a string, not \`${describe(variant)}\``)
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${describe(options)}\``)
  if (options.metrics !== undefined && typeof options.metrics !== 'boolean') {
    throw new TypeError(`Expected \`metrics\` to be a boolean, not \`${describe(options.metrics)}\``)
  }
  const withMetrics = options.metrics ?? true

  const sourceSentences = segmentSentences(source, options.segment)
  const variantSentences = segmentSentences(variant, options.segment)
  const alignment = alignSentences(sourceSentences, variantSentences, options.align)

  const beads: Bead[] = alignment.beads.map((bead) => {
    const sourceSpan = groupSpan(source, sourceSentences, bead.source)
    const variantSpan = groupSpan(variant, variantSentences, bead.variant)
    if (sourceSpan === undefined || variantSpan === undefined) {
      return compareBead(bead, sourceSpan, variantSpan, {signals: [], drift: 1})
    }
    const signals = options.signals === false ? [] : findSignals(sourceSpan, variantSpan, options.signals)
    return compareBead(bead, sourceSpan, variantSpan, {
      signals,
      drift: scoreDrift(signals, bead.similarity),
      metrics: withMetrics ? scoreBead(variantSpan.text, sourceSpan.text) : undefined,
    })
  })

  const sourceLanguage = detectLanguage(source)
  const variantLanguage = detectLanguage(variant)
  const artifacts =
    options.artifacts === false
      ? []
      : [
          ...findArtifacts(source, {...options.artifacts, side: 'source', language: sourceLanguage, sentences: sourceSentences}),
          ...findArtifacts(variant, {...options.artifacts, side: 'variant', language: variantLanguage, sentences: variantSentences}),
        ]

  const sourceReport: DocumentReport = {language: sourceLanguage, length: source.length, sentences: sourceSentences}
  const variantReport: DocumentReport = {language: variantLanguage, length: variant.length, sentences: variantSentences}
  return buildReport({
    source: sourceReport,
    variant: variantReport,
    beads,
    artifacts,
    truncated: alignment.truncated,
    variantWords: tokenizeWords(variant).length,
    ...(withMetrics ? {metrics: documentMetrics(beads, source, variant, sourceSentences, variantSentences)} : {}),
  })
}

/**
 * Document-level metrics: over the linked beads only, and over everything with
 * each unaligned sentence scored against empty text.
 */
function documentMetrics(
  beads: readonly Bead[],
  source: string,
  variant: string,
  sourceSentences: readonly Sentence[],
  variantSentences: readonly Sentence[],
): {aligned: DocumentMetrics; whole: DocumentMetrics} {
  const linked: ScoredPair[] = []
  const unaligned: ScoredPair[] = []
  for (const bead of beads) {
    const sourceText = groupSpan(source, sourceSentences, bead.source)?.text ?? ''
    const variantText = groupSpan(variant, variantSentences, bead.variant)?.text ?? ''
    if (sourceText !== '' && variantText !== '') linked.push({hypothesis: variantText, reference: sourceText})
    else unaligned.push({hypothesis: variantText, reference: sourceText})
  }
  return {aligned: scoreDocument(linked), whole: scoreDocument([...linked, ...unaligned])}
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40))
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}
