import type {Bead, DriftReport, Severity} from '@driftlens/core'

/** Options of `buildReportView`. */
export interface ReportViewOptions {
  /** Names shown for the two inputs (file names, URLs). @default 'source', 'variant' */
  readonly sourceName?: string
  readonly variantName?: string
}

/** One side as a person reads it in the header. */
export interface SideView {
  readonly name: string
  readonly language: string
  readonly sentences: number
  /** The encoding the text was decoded from, when the report records it. */
  readonly encoding?: string
}

/** A label and its value, such as `coverage` and `source 94%, variant 88%`. */
export interface FigureView {
  readonly label: string
  readonly value: string
}

/** A signal or an artifact, ready to print. */
export interface FindingView {
  readonly kind: string
  readonly severity: Severity
  readonly message: string
  /** The evidence: `"25" → "52"` for a signal, the quoted text for an artifact. */
  readonly evidence: string
  /** Where it is: `source 120` or `variant 88` for artifacts, `''` for signals (their row says). */
  readonly place: string
}

/** One bead as a row of the side-by-side table. */
export interface RowView {
  /** `S3 ↔ V2`, `S4-5 ↔ V3`, `S7 ↔ -`. */
  readonly label: string
  /** `match`, `merge (moved)`, `omission`, … */
  readonly kind: string
  /** Two decimals, or `''` for insertions and omissions. */
  readonly similarity: string
  readonly sourceText: string
  readonly variantText: string
  readonly signals: readonly FindingView[]
}

/** Everything the human-readable renderings show, computed once from a report. */
export interface ReportView {
  readonly source: SideView
  readonly variant: SideView
  readonly relation: string
  readonly reason: string
  readonly figures: readonly FigureView[]
  readonly rows: readonly RowView[]
  readonly artifacts: readonly FindingView[]
  /** A warning when the aligner hit its work budget. */
  readonly warnings: readonly string[]
}

const percent = (value: number) => `${Math.round(value * 100)}%`

/**
 * Turn a report into the view every human-readable output renders (text,
 * Markdown): the header figures, one row per bead and the artifacts, with
 * every number already formatted, so the renderings cannot disagree.
 *
 * @param report A report from `compareTexts`.
 * @param options Names of the two inputs.
 * @returns The view.
 */
export function buildReportView(report: DriftReport, options: ReportViewOptions = {}): ReportView {
  const {summary} = report
  const side = (name: string, document: DriftReport['source']): SideView => ({
    name,
    language: document.language,
    sentences: document.sentences.length,
    ...(document.encoding === undefined ? {} : {encoding: document.encoding}),
  })
  const counts = summary.counts
  const figures: FigureView[] = [
    {label: 'coverage', value: `source ${percent(summary.coverage.source)}, variant ${percent(summary.coverage.variant)}`},
    {label: 'similarity', value: summary.similarity.toFixed(2)},
    {label: 'drift', value: summary.drift.toFixed(2)},
    {
      label: 'beads',
      value: `${counts.match} match, ${counts.merge} merge, ${counts.split} split, ${counts.insertion} insertion, ${counts.omission} omission, ${counts.moved} moved`,
    },
  ]
  if (summary.metrics) {
    const aligned = summary.metrics.aligned
    figures.push({label: 'metrics', value: `aligned: chrF ${aligned.chrf.toFixed(2)}, chrF++ ${aligned.chrfpp.toFixed(2)}, BLEU ${aligned.bleu.toFixed(2)}${aligned.ter === undefined ? '' : `, TER ${aligned.ter.toFixed(2)}`}`})
  }
  figures.push({label: 'signals', value: countList(summary.signals)})
  figures.push({label: 'artifacts', value: countList(summary.artifacts)})
  const sentenceText = (document: DriftReport['source'], indices: readonly number[]) => indices.map((index) => document.sentences[index]?.text ?? '').join(' ')
  const rows = report.alignment.map(
    (bead): RowView => ({
      label: `S${indices(bead.source)} ↔ V${indices(bead.variant)}`,
      kind: kindLabel(bead),
      similarity: bead.kind === 'insertion' || bead.kind === 'omission' ? '' : bead.similarity.toFixed(2),
      sourceText: sentenceText(report.source, bead.source),
      variantText: sentenceText(report.variant, bead.variant),
      signals: bead.signals.map((signal) => ({
        kind: signal.kind,
        severity: signal.severity,
        message: signal.message,
        evidence: [signal.source?.text, signal.variant?.text].map((text) => (text === undefined ? '∅' : JSON.stringify(text))).join(' → '),
        place: '',
      })),
    }),
  )
  const artifacts = report.artifacts.map(
    (artifact): FindingView => ({
      kind: artifact.kind,
      severity: artifact.severity,
      message: artifact.message,
      evidence: JSON.stringify(artifact.text),
      place: `${artifact.side} ${artifact.start}`,
    }),
  )
  return {
    source: side(options.sourceName ?? 'source', report.source),
    variant: side(options.variantName ?? 'variant', report.variant),
    relation: summary.relation,
    reason: summary.reason,
    figures,
    rows,
    artifacts,
    warnings: report.truncated ? ['the aligner hit its work budget: some of the search was cut short'] : [],
  }
}

function countList(counts: Readonly<Record<string, number | undefined>>): string {
  const entries = Object.entries(counts).filter(([, count]) => (count ?? 0) > 0)
  return entries.length === 0 ? 'none' : entries.map(([kind, count]) => `${count} ${kind}`).join(', ')
}

function indices(list: readonly number[]): string {
  if (list.length === 0) return '-'
  return list.length === 1 ? String(list[0]) : `${list[0]}-${list[list.length - 1]}`
}

function kindLabel(bead: Bead): string {
  return bead.moved ? `${bead.kind} (moved)` : bead.kind
}
