import type {Signal, SignalKind, Span, TextSpan} from '../../types'
import {type AnalyzedSide, analyzeSide} from './analyze-side'
import {findAntonymSignals} from './find-antonym-signals'
import {findEntitySignals} from './find-entity-signals'
import {findModalitySignals} from './find-modality-signals'
import {findNegationSignals} from './find-negation-signals'
import {findNumberSignals} from './find-number-signals'
import {defaultOmissionOptions, findOmissionSignals, type OmissionOptions} from './find-omission-signals'
import {findPronounSignals} from './find-pronoun-signals'
import {findQuoteSignals} from './find-quote-signals'
import {findTemporalSignals} from './find-temporal-signals'
import {type AnalyzedDocuments, analyzeDocuments, type SignalDocuments} from './signal-documents'
import {assertKnownOptions} from '../../validate-options'

/** Every signal kind, in the order the detectors run and results are listed. */
export const signalKinds: readonly SignalKind[] = ['number', 'entity', 'negation', 'antonym', 'quote', 'pronoun', 'temporal', 'modality', 'omission', 'addition']

/** Options of `findSignals`. */
export interface FindSignalsOptions {
  /** Which kinds to look for. @default every kind */
  readonly kinds?: readonly SignalKind[]
  /** Options of the omission/addition detector. */
  readonly omission?: OmissionOptions
}

/** Default options of `findSignals`. */
export const defaultFindSignalsOptions = {kinds: signalKinds, omission: defaultOmissionOptions} as const satisfies Required<FindSignalsOptions>

type Detector = (source: TextSpan, variant: TextSpan, options: Required<FindSignalsOptions>, documents: AnalyzedDocuments | undefined) => Signal[]

const detectors: ReadonlyArray<readonly [SignalKind, Detector]> = [
  ['number', (source, variant, _options, documents) => findNumberSignals(source, variant, documents)],
  ['entity', (source, variant, _options, documents) => findEntitySignals(source, variant, documents)],
  ['negation', findNegationSignals],
  ['antonym', findAntonymSignals],
  ['quote', findQuoteSignals],
  ['pronoun', findPronounSignals],
  ['temporal', findTemporalSignals],
  ['modality', findModalitySignals],
  ['omission', (source, variant, options, documents) => findOmissionSignals(source, variant, options.omission, documents)],
]

function assertTextSpan(value: unknown, name: string): asserts value is TextSpan {
  const span = value as Partial<TextSpan> | null
  if (
    typeof span !== 'object' || span === null || typeof span.text !== 'string' ||
    !Number.isInteger(span.start) || (span.start as number) < 0 || span.end !== (span.start as number) + span.text.length
  ) {
    throw new TypeError(`Expected \`${name}\` to be a TextSpan {start, end, text} with end = start + text.length, not \`${JSON.stringify(value)}\``)
  }
}

/**
 * Check the options of `findSignals` and fill in the defaults; `compareTexts`
 * resolves them once for all beads.
 *
 * @param options The options as given.
 * @returns Every option set.
 * @throws TypeError or RangeError naming an unknown or invalid option.
 */
export function resolveFindSignalsOptions(options: FindSignalsOptions): Required<FindSignalsOptions> {
  assertKnownOptions(options, Object.keys(defaultFindSignalsOptions), 'signals')
  const resolved = {...defaultFindSignalsOptions, ...options}
  if (!Array.isArray(resolved.kinds) || resolved.kinds.some((kind) => !signalKinds.includes(kind))) {
    throw new TypeError(`Expected \`kinds\` to be an array of ${signalKinds.join(', ')}, not \`${JSON.stringify(resolved.kinds)}\``)
  }
  const minRunWords = resolved.omission.minRunWords ?? defaultOmissionOptions.minRunWords
  if (!Number.isInteger(minRunWords) || minRunWords < 1) {
    throw new RangeError(`Expected \`omission.minRunWords\` to be a positive integer, not \`${minRunWords}\``)
  }
  return resolved
}

/** Characters of `span` covered by any of `others`: the length of the union of their overlaps with it. */
function coveredLength(span: Span, others: readonly Span[]): number {
  const overlaps: [number, number][] = []
  for (const other of others) if (other.start < span.end && other.end > span.start) overlaps.push([Math.max(other.start, span.start), Math.min(other.end, span.end)])
  overlaps.sort((a, b) => a[0] - b[0])
  let covered = 0
  let reached = span.start
  for (const [start, end] of overlaps) {
    if (end > reached) {
      covered += end - Math.max(start, reached)
      reached = end
    }
  }
  return covered
}

/**
 * Find the meaning changes between the two sides of one bead: quantities,
 * names, polarity (negation and antonyms), quotations, gendered pronouns, times, hedging, and
 * clauses present on one side only. Each kind has its own detector file;
 * this function runs the chosen ones and merges their findings.
 *
 * A generic `omission`/`addition` is dropped when at least half of its span
 * is already explained by a specific signal on the same side (a dropped
 * name, time or number), so one change is reported once.
 *
 * Never throws on any text; throws a `TypeError` only when a side is not a
 * valid `TextSpan` or an option is invalid.
 *
 * @param source The source side of the bead: its original text and its offset in the source document.
 * @param variant The variant side of the bead, likewise.
 * @param options Which kinds to look for.
 * @param documents The whole source and variant texts the spans point into, when known: a name
 *   dropped from the bead but named elsewhere in the other text is then `info` (see `docs/signals.md`).
 *   Pass the same object for every bead of a comparison (as `compareTexts` does, wrapped by
 *   `analyzeDocuments`) so document-wide tables are built once.
 * @returns Signals ordered by position, every span an offset into the whole original document
 *   (`sourceDocument.slice(s.source.start, s.source.end) === s.source.text`).
 */
export function findSignals(source: TextSpan, variant: TextSpan, options: FindSignalsOptions = {}, documents?: SignalDocuments): Signal[] {
  assertTextSpan(source, 'source')
  assertTextSpan(variant, 'variant')
  if (documents !== undefined && (typeof documents !== 'object' || documents === null || typeof documents.source !== 'string' || typeof documents.variant !== 'string')) {
    throw new TypeError(`Expected \`documents\` to be {source, variant} strings, not \`${typeof documents === 'object' ? JSON.stringify(documents) : String(documents)}\``)
  }
  const analyzedDocuments = documents === undefined ? undefined : analyzeDocuments(documents)
  const resolved = resolveFindSignalsOptions(options)
  // Each side is split into words once, however many detectors run.
  return detectSignals(analyzeSide(source), analyzeSide(variant), resolved, analyzedDocuments)
}

/**
 * `findSignals` on sides and documents already wrapped and options already
 * resolved: what `compareTexts` calls for each bead, so nothing is checked
 * or resolved again per bead.
 *
 * @param analyzedSource The source side (`analyzeSide`).
 * @param analyzedVariant The variant side (`analyzeSide`).
 * @param resolved Options from `resolveFindSignalsOptions`.
 * @param analyzedDocuments The whole documents (`analyzeDocuments`), when known.
 * @returns As `findSignals`.
 */
export function detectSignals(analyzedSource: AnalyzedSide, analyzedVariant: AnalyzedSide, resolved: Required<FindSignalsOptions>, analyzedDocuments: AnalyzedDocuments | undefined): Signal[] {
  const wanted = new Set(resolved.kinds)
  const specific: Signal[] = []
  const generic: Signal[] = []
  for (const [kind, detect] of detectors) {
    if (!wanted.has(kind) && !(kind === 'omission' && wanted.has('addition'))) continue
    for (const signal of detect(analyzedSource, analyzedVariant, resolved, analyzedDocuments)) {
      if (!wanted.has(signal.kind)) continue
      ;(signal.kind === 'omission' || signal.kind === 'addition' ? generic : specific).push(signal)
    }
  }
  const sourceSpans = specific.flatMap((s) => (s.source === undefined ? [] : [s.source]))
  const variantSpans = specific.flatMap((s) => (s.variant === undefined ? [] : [s.variant]))
  const kept = generic.filter((signal) => {
    const span = signal.source ?? signal.variant
    if (span === undefined) return true
    return coveredLength(span, signal.source === undefined ? variantSpans : sourceSpans) * 2 < span.end - span.start
  })
  const position = (s: Signal): number => s.source?.start ?? Number.MAX_SAFE_INTEGER
  const variantPosition = (s: Signal): number => s.variant?.start ?? 0
  return [...specific, ...kept].sort((a, b) => position(a) - position(b) || variantPosition(a) - variantPosition(b))
}
