import type {Bead, DriftReport} from '@driftlens/core'

/** Options of `formatTextReport`. */
export interface FormatTextOptions {
  /** Width of the output in columns. @default 120 */
  readonly width?: number
  /** Names shown for the two inputs. */
  readonly sourceName?: string
  readonly variantName?: string
}

/**
 * Render a report as a side-by-side summary for a terminal: the verdict and
 * its reason, coverage and counts, then one row per bead (source on the left,
 * variant on the right) with its signals, then the artifacts.
 *
 * @param report A report from `compareTexts`.
 * @param options Width and input names.
 * @returns Plain text ending in a newline.
 */
export function formatTextReport(report: DriftReport, options: FormatTextOptions = {}): string {
  const width = Math.max(60, options.width ?? 120)
  const column = Math.floor((width - 22) / 2)
  const {summary} = report
  const lines: string[] = []
  const percent = (value: number) => `${Math.round(value * 100)}%`
  lines.push(`source   ${options.sourceName ?? ''}  ${report.source.sentences.length} sentences, language ${report.source.language}`)
  lines.push(`variant  ${options.variantName ?? ''}  ${report.variant.sentences.length} sentences, language ${report.variant.language}`)
  lines.push('')
  lines.push(`relation  ${summary.relation}: ${summary.reason}`)
  lines.push(
    `coverage  source ${percent(summary.coverage.source)}, variant ${percent(summary.coverage.variant)}   similarity ${summary.similarity.toFixed(2)}   drift ${summary.drift.toFixed(2)}`,
  )
  const c = summary.counts
  lines.push(`beads     ${c.match} match, ${c.merge} merge, ${c.split} split, ${c.insertion} insertion, ${c.omission} omission, ${c.moved} moved`)
  if (summary.metrics) {
    const m = summary.metrics.aligned
    lines.push(`metrics   aligned: chrF ${m.chrf.toFixed(2)}  chrF++ ${m.chrfpp.toFixed(2)}  BLEU ${m.bleu.toFixed(2)}  TER ${m.ter.toFixed(2)}`)
  }
  if (report.truncated) lines.push('warning   the aligner hit its work budget: some of the search was cut short')
  lines.push('')
  lines.push(`${'source'.padEnd(6)} ${'variant'.padEnd(7)} ${'sim'.padEnd(5)} kind`)
  for (const bead of report.alignment) {
    const sourceText = bead.source.map((i) => report.source.sentences[i]!.text).join(' ')
    const variantText = bead.variant.map((i) => report.variant.sentences[i]!.text).join(' ')
    const label = `${indices(bead.source).padEnd(6)} ${indices(bead.variant).padEnd(7)} ${(bead.kind === 'insertion' || bead.kind === 'omission' ? '' : bead.similarity.toFixed(2)).padEnd(5)}`
    lines.push(`${label} ${kindLabel(bead)}`)
    lines.push(`  ${clip(sourceText, column).padEnd(column)} │ ${clip(variantText, column)}`)
    for (const signal of bead.signals) {
      const evidence = [signal.source?.text, signal.variant?.text].map((text) => (text === undefined ? '∅' : JSON.stringify(clip(text, 40)))).join(' → ')
      lines.push(`  ${signal.severity === 'error' ? '!' : '·'} ${signal.kind}: ${signal.message} ${evidence}`)
    }
  }
  if (report.artifacts.length > 0) {
    lines.push('')
    lines.push(`artifacts ${report.artifacts.length}`)
    for (const artifact of report.artifacts) {
      lines.push(`  ${artifact.side.padEnd(7)} ${String(artifact.start).padStart(6)}  ${artifact.kind}: ${JSON.stringify(clip(artifact.text, 40))} ${artifact.message}`)
    }
  }
  return lines.join('\n') + '\n'
}

function indices(list: readonly number[]): string {
  if (list.length === 0) return '-'
  return list.length === 1 ? String(list[0]) : `${list[0]}-${list[list.length - 1]}`
}

function kindLabel(bead: Bead): string {
  return bead.moved ? `${bead.kind} (moved)` : bead.kind
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= width ? flat : flat.slice(0, Math.max(0, width - 1)) + '…'
}
