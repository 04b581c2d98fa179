import type {AlignOptions} from './align/align-sentences'
import type {FindArtifactsOptions} from './artifacts/find-artifacts'
import {type CompareProgressListener, progressReporter} from './compare-progress'
import {type FindSignalsOptions, resolveFindSignalsOptions} from './compare/signals/find-signals'
import type {DetectLanguageOptions} from './language/detect-language'
import {type MetricsOptions, resolveMetricsOptions} from './metrics/metrics-options'
import {type FindReusedPassagesOptions, resolveFindReusedPassagesOptions} from './passages/find-reused-passages'
import type {SegmentOptions} from './segment/segment-sentences'
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
  /**
   * Compute chrF, chrF++, BLEU and TER per bead and per document: `true`
   * for all four, `false` for none, or `{ter: false}` for all but TER (the
   * costliest of them). @default true
   */
  readonly metrics?: boolean | MetricsOptions
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
 * The defaults of `compareTexts`: every stage on with its own defaults,
 * except the language detection, which reads 256 characters and never
 * answers Scots (see `CompareOptions.language`).
 */
export const defaultCompareOptions = {
  segment: {},
  align: {},
  signals: {},
  artifacts: {},
  language: {maxLength: 256, ignore: ['sco']},
  metrics: true,
  passages: {},
} as const satisfies Required<Omit<CompareOptions, 'onProgress'>>

/** `CompareOptions` checked once, with every default filled in; the signal and passage options fully resolved. */
export interface ResolvedCompareOptions {
  readonly segment: SegmentOptions | undefined
  readonly align: AlignOptions | undefined
  readonly signals: Required<FindSignalsOptions> | false
  readonly artifacts: Omit<FindArtifactsOptions, 'side' | 'language' | 'sentences'> | false
  readonly language: DetectLanguageOptions
  /** The metrics to compute, or `false` for none. */
  readonly metrics: Required<MetricsOptions> | false
  readonly passages: Required<FindReusedPassagesOptions> | false
  readonly onProgress: CompareProgressListener | undefined
}

/** The names `CompareOptions` accepts; any other throws. */
const compareOptionNames = ['segment', 'align', 'signals', 'artifacts', 'language', 'metrics', 'passages', 'onProgress'] as const satisfies readonly (keyof CompareOptions)[]

/**
 * Check the options of `compareTexts` whatever the texts hold, and fill in
 * the defaults. The options of the segmenter, the aligner, the artifact
 * detectors and the language detection are checked by those stages, which
 * run on every input.
 *
 * @param options The options as given.
 * @returns The options to run with.
 * @throws TypeError or RangeError naming an unknown or invalid option and its value.
 */
export function resolveCompareOptions(options: CompareOptions): ResolvedCompareOptions {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${describe(options)}\``)
  assertKnownOptions(options, compareOptionNames)
  const metrics = resolveMetricsOptions(options.metrics)
  // A listener that is not a function throws here, before the stage options are read.
  progressReporter(options.onProgress)
  const passages = options.passages === false ? false : resolveFindReusedPassagesOptions(options.passages === undefined ? defaultCompareOptions.passages : options.passages)
  const signals = options.signals === false ? false : resolveFindSignalsOptions(options.signals === undefined ? defaultCompareOptions.signals : options.signals)
  return {
    segment: options.segment,
    align: options.align,
    signals,
    artifacts: options.artifacts ?? defaultCompareOptions.artifacts,
    language: {...defaultCompareOptions.language, ...options.language},
    metrics,
    passages,
    onProgress: options.onProgress,
  }
}

/** A value as an error message shows it. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40))
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}
