import type {RecordResult} from '../batch/record'

/** The columns of a batch result in CSV, in order. */
export const resultCsvColumns = [
  'id', 'ok', 'relation', 'similarity', 'drift', 'coverage_source', 'coverage_variant',
  'signals', 'artifacts', 'chrf', 'bleu', 'ter', 'error_code', 'error_message', 'line',
] as const

/** The CSV header line of batch results, ending in `\r\n` (RFC 4180). */
export function formatCsvHeader(): string {
  return resultCsvColumns.join(',') + '\r\n'
}

/**
 * One batch result as a CSV row (RFC 4180: fields with commas, quotes or
 * line breaks are quoted, quotes doubled; rows end in `\r\n`). A field that
 * a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`)
 * gets a leading apostrophe, since ids and messages come from the input.
 *
 * @param result A result of `compareRecords`.
 * @returns The row.
 */
export function formatCsvRow(result: RecordResult): string {
  const report = result.ok ? result.report : undefined
  const summary = report?.summary
  const whole = summary?.metrics?.whole
  const fields: Record<(typeof resultCsvColumns)[number], string> = {
    id: result.id === null ? '' : String(result.id),
    ok: String(result.ok),
    relation: summary?.relation ?? '',
    similarity: summary ? summary.similarity.toFixed(4) : '',
    drift: summary ? summary.drift.toFixed(4) : '',
    coverage_source: summary ? summary.coverage.source.toFixed(4) : '',
    coverage_variant: summary ? summary.coverage.variant.toFixed(4) : '',
    signals: report ? String(report.alignment.reduce((sum, bead) => sum + bead.signals.length, 0)) : '',
    artifacts: report ? String(report.artifacts.length) : '',
    chrf: whole ? whole.chrf.toFixed(2) : '',
    bleu: whole ? whole.bleu.toFixed(2) : '',
    ter: whole?.ter === undefined ? '' : whole.ter.toFixed(2),
    error_code: result.ok ? '' : result.error.code,
    error_message: result.ok ? '' : result.error.message,
    line: typeof result.line === 'number' ? String(result.line) : '',
  }
  return resultCsvColumns.map((column) => quoteCsv(fields[column])).join(',') + '\r\n'
}

function quoteCsv(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
