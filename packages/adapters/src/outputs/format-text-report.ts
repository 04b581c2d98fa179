import type {DriftReport} from '@driftlens/core'
import {buildReportView, type ReportViewOptions} from './report-view'

/** Options of `formatTextReport`. */
export interface FormatTextOptions extends ReportViewOptions {
  /** Width of the output in columns; every line is clipped to it. @default 120 */
  readonly columns?: number
}

/** The defaults of `formatTextReport`. */
export const defaultFormatTextOptions = {columns: 120} as const satisfies FormatTextOptions

/** The narrowest output that still shows two columns of text. */
const minimumColumns = 60

/**
 * Render a report for a terminal: the two inputs, the verdict and its
 * reason, the figures with their labels in one column, then one row per
 * bead (source on the left, variant on the right, each clipped to its
 * column) with its signals, then the artifacts. No line is wider than
 * `columns`.
 *
 * @param report A report from `compareTexts`.
 * @param options Width and input names.
 * @returns Plain text ending in a newline.
 */
export function formatTextReport(report: DriftReport, options: FormatTextOptions = {}): string {
  const columns = options.columns ?? defaultFormatTextOptions.columns
  if (!Number.isInteger(columns) || columns < minimumColumns) {
    throw new RangeError(`Expected \`columns\` to be an integer ≥ ${minimumColumns}, not \`${columns}\``)
  }
  const view = buildReportView(report, options)
  const lines: string[] = []
  const labelled = (pairs: readonly (readonly [string, string])[]) => {
    const width = Math.max(...pairs.map(([label]) => label.length))
    for (const [label, value] of pairs) {
      wrap(value, columns - width - 2).forEach((part, index) => lines.push(`${(index === 0 ? label : '').padEnd(width)}  ${part}`))
    }
  }
  const sideLine = (side: typeof view.source) =>
    `${side.name}: ${side.sentences} sentences, language ${side.language}${side.encoding === undefined ? '' : `, ${side.encoding}`}`
  labelled([
    ['source', sideLine(view.source)],
    ['variant', sideLine(view.variant)],
    ['relation', `${view.relation}: ${view.reason}`],
    ...view.figures.map((figure) => [figure.label, figure.value] as const),
    ...view.warnings.map((warning) => ['warning', warning] as const),
  ])
  lines.push('')
  const labelWidth = Math.max(12, ...view.rows.map((row) => row.label.length))
  const kindWidth = Math.max(4, ...view.rows.map((row) => row.kind.length))
  lines.push(`${'beads'.padEnd(labelWidth)}  ${'sim'.padEnd(4)}  kind`)
  const column = Math.floor((columns - 5) / 2)
  for (const row of view.rows) {
    lines.push(`${row.label.padEnd(labelWidth)}  ${row.similarity.padEnd(4)}  ${row.kind.padEnd(kindWidth)}`.trimEnd())
    lines.push(`  ${clip(row.sourceText, column).padEnd(column)} │ ${clip(row.variantText, column)}`.trimEnd())
    for (const signal of row.signals) {
      lines.push(`  ${signal.severity === 'error' ? '!' : '·'} ${signal.kind}: ${signal.message} ${signal.evidence}`)
    }
  }
  if (view.artifacts.length > 0) {
    lines.push('')
    lines.push(`artifacts ${view.artifacts.length}`)
    const placeWidth = Math.max(...view.artifacts.map((artifact) => artifact.place.length))
    const kindWidth = Math.max(...view.artifacts.map((artifact) => artifact.kind.length))
    for (const artifact of view.artifacts) {
      lines.push(`  ${artifact.place.padEnd(placeWidth)}  ${artifact.kind.padEnd(kindWidth)}  ${artifact.evidence} ${artifact.message}`)
    }
  }
  return lines.map((line) => clipLine(line.replace(/[\r\n\t]/g, ' '), columns)).join('\n') + '\n'
}

/** Words of `text` in lines of at most `width` characters (a longer word is left to be clipped). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines
}

/** A cell's text in at most `width` characters: white space runs folded, an ellipsis where it was cut. */
function clip(text: string, width: number): string {
  return clipLine(text.replace(/\s+/g, ' '), width)
}

/** A line cut to at most `width` UTF-16 code units (never inside a surrogate pair), with an ellipsis where it was cut. */
function clipLine(line: string, width: number): string {
  if (line.length <= width) return line
  let end = width - 1
  if (/[\uDC00-\uDFFF]/.test(line[end] ?? '')) end--
  return line.slice(0, end) + '…'
}
