import type {DriftReport} from '@driftlens/core'
import {buildReportView, type ReportViewOptions} from './report-view'

/**
 * Render a report as GitHub-flavoured Markdown, for a pull request comment
 * or a CI summary: a heading with the two inputs, the verdict, the figures
 * as a table, the aligned sentences as a table (one row per bead, its
 * signals in the last column), and the artifacts as a list. Text from the
 * inputs is escaped so it cannot break the tables or inject markup.
 *
 * @param report A report from `compareTexts`.
 * @param options Names of the two inputs.
 * @returns Markdown ending in a newline.
 */
export function formatMarkdownReport(report: DriftReport, options: ReportViewOptions = {}): string {
  const view = buildReportView(report, options)
  const side = (s: typeof view.source) =>
    `${s.sentences} sentences, language \`${s.language}\`${s.encoding === undefined ? '' : `, ${s.encoding}`}`
  const lines = [
    `# ${escapeMarkdown(view.source.name)} ↔ ${escapeMarkdown(view.variant.name)}`,
    '',
    `**${view.relation}**: ${escapeMarkdown(view.reason)}`,
    '',
    '| | |',
    '| --- | --- |',
    `| source | ${escapeMarkdown(view.source.name)}: ${side(view.source)} |`,
    `| variant | ${escapeMarkdown(view.variant.name)}: ${side(view.variant)} |`,
    ...view.figures.map((figure) => `| ${figure.label} | ${escapeMarkdown(figure.value)} |`),
    ...view.warnings.map((warning) => `| warning | ${escapeMarkdown(warning)} |`),
    '',
    '## Alignment',
    '',
    '| beads | kind | similarity | source | variant | signals |',
    '| --- | --- | --- | --- | --- | --- |',
    ...view.rows.map(
      (row) =>
        `| ${row.label} | ${row.kind} | ${row.similarity} | ${escapeMarkdown(row.sourceText)} | ${escapeMarkdown(row.variantText)} | ${row.signals
          .map((signal) => `${signal.severity === 'error' ? '**' + signal.kind + '**' : signal.kind}: ${escapeMarkdown(signal.message)} ${escapeMarkdown(signal.evidence)}`)
          .join('<br>')} |`,
    ),
  ]
  if (view.artifacts.length > 0) {
    lines.push('', `## Artifacts (${view.artifacts.length})`, '')
    for (const artifact of view.artifacts) {
      lines.push(`- ${artifact.place}, ${artifact.kind} (${artifact.severity}): ${escapeMarkdown(artifact.evidence)} ${escapeMarkdown(artifact.message)}`)
    }
  }
  return lines.join('\n') + '\n'
}

/**
 * Escape text for a Markdown table cell: HTML is neutralised (`<`, `>`,
 * `&`), the characters that start emphasis, links, code or a table cell
 * are backslash-escaped, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
}
