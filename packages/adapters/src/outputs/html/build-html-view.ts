import type {Bead, DriftReport, Side} from '@driftlens/core'
import {buildCell, type CellChange, type CellMark} from './build-cell'
import {collectFindings, nearestSentence, type FindingMark} from './collect-findings'
import type {HtmlRow, HtmlSummary, HtmlView, MovedLink} from './html-view'

/** What `buildHtmlView` needs besides the report. */
export interface HtmlViewInput {
  readonly title: string
  readonly sourceLabel: string
  readonly variantLabel: string
  readonly sourceText?: string
  readonly variantText?: string
}

/**
 * Turn a report into the rows, pieces and findings the HTML report shows.
 * Each bead becomes a row; each side of a row is cut into pieces at diff and
 * finding boundaries (see `buildCell`); moved rows are linked to the row
 * their source sentences stand next to in the source.
 *
 * @param report The report.
 * @param input Title, labels and, optionally, the two original texts.
 */
export function buildHtmlView(report: DriftReport, input: HtmlViewInput): HtmlView {
  const rowOfSentence = {source: rowsOf(report, 'source'), variant: rowsOf(report, 'variant')}
  const texts = {
    ...(input.sourceText === undefined ? {} : {source: input.sourceText}),
    ...(input.variantText === undefined ? {} : {variant: input.variantText}),
  }
  const {findings, marks} = collectFindings(report, rowOfSentence, texts)
  const placed = {source: placeMarks(report, 'source', marks, rowOfSentence.source), variant: placeMarks(report, 'variant', marks, rowOfSentence.variant)}
  const anchored = new Set<number>()
  const findingsByRow = new Map<number, number[]>()
  for (const finding of findings) findingsByRow.set(finding.row, [...(findingsByRow.get(finding.row) ?? []), finding.id])
  const moved = linkMovedRows(report.alignment, rowOfSentence.source)
  const rows = report.alignment.map((bead, row): HtmlRow => {
    const cell = (side: Side) =>
      buildCell(
        {
          sentences: bead[side].map((index) => report[side].sentences[index]!),
          changes: changesOf(bead, side),
          marks: placed[side].inRow.get(row) ?? [],
          detached: (placed[side].detached.get(row) ?? []).map((id) => ({id, text: detachedText(findings[id]!, side)})),
        },
        anchored,
      )
    const sourceCell = cell('source')
    const variantCell = cell('variant')
    const weak = (bead as {weak?: unknown}).weak === true
    const movedFrom = moved.from.get(row)
    return {
      kind: bead.kind,
      moved: bead.moved,
      weak,
      similarity: bead.similarity,
      drift: bead.drift,
      ...(bead.metrics ? {metrics: bead.metrics} : {}),
      source: bead.source,
      variant: bead.variant,
      sourceCell,
      variantCell,
      ...(movedFrom ? {movedFrom} : {}),
      movedAway: moved.away.get(row) ?? [],
      findings: findingsByRow.get(row) ?? [],
    }
  })
  return {title: input.title, labels: {source: input.sourceLabel, variant: input.variantLabel}, summary: summarize(report, findings.filter((f) => f.category === 'passage').length), rows, findings}
}

/** For each sentence of a side, the index of the bead (row) that holds it. */
function rowsOf(report: DriftReport, side: Side): number[] {
  const rows = new Array<number>(report[side].sentences.length).fill(0)
  report.alignment.forEach((bead, row) => {
    for (const index of bead[side]) rows[index] = row
  })
  return rows
}

function changesOf(bead: Bead, side: Side): CellChange[] {
  const op = side === 'source' ? 'delete' : 'insert'
  return bead.diff.flatMap((part) => {
    const span = part[side]
    return part.op === op && span ? [{op, start: span.start, end: span.end}] : []
  })
}

/** Sort the marks of one side into the rows whose sentences they touch; the rest are shown apart. */
function placeMarks(report: DriftReport, side: Side, marks: readonly FindingMark[], rowOfSentence: readonly number[]) {
  const sentences = report[side].sentences
  const inRow = new Map<number, CellMark[]>()
  const detached = new Map<number, number[]>()
  const add = <T>(map: Map<number, T[]>, row: number, value: T) => {
    const list = map.get(row)
    if (list) list.push(value)
    else map.set(row, [value])
  }
  for (const mark of marks) {
    if (mark.side !== side) continue
    const rows = new Set<number>()
    // First sentence ending at or after the mark's start, then every sentence it reaches.
    let low = 0
    let high = sentences.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (sentences[middle]!.end >= mark.start) high = middle
      else low = middle + 1
    }
    for (let index = low; index < sentences.length && sentences[index]!.start <= mark.end; index++) {
      const sentence = sentences[index]!
      const touches = mark.start === mark.end ? sentence.start <= mark.start : sentence.start < mark.end && mark.start < sentence.end
      const row = rowOfSentence[index]!
      if (touches && (mark.row === undefined || mark.row === row)) rows.add(row)
    }
    for (const row of rows) add(inRow, row, {id: mark.id, start: mark.start, end: mark.end})
    if (rows.size === 0) {
      const row = mark.row ?? rowOfSentence[nearestSentence(sentences, mark)]
      if (row !== undefined) add(detached, row, mark.id)
    }
  }
  return {inRow, detached}
}

function detachedText(finding: {sourceText?: string; variantText?: string; kind: string}, side: Side): string {
  const text = (side === 'source' ? finding.sourceText : finding.variantText) ?? ''
  return text.trim() === '' ? `[${finding.kind}]` : text.trim()
}

/**
 * Link each moved row to the row its first source sentence follows in the
 * source (or precedes, when it opens the source), and back.
 */
function linkMovedRows(alignment: readonly Bead[], rowOfSource: readonly number[]) {
  const from = new Map<number, MovedLink>()
  const away = new Map<number, MovedLink[]>()
  alignment.forEach((bead, row) => {
    const first = bead.source[0]
    if (!bead.moved || first === undefined) return
    const last = bead.source[bead.source.length - 1]!
    const before = first > 0 ? rowOfSource[first - 1] : undefined
    const home = before ?? rowOfSource[last + 1]
    if (home === undefined || home === row) return
    const position = before === undefined ? 'before' : 'after'
    from.set(row, {row: home, position})
    away.set(home, [...(away.get(home) ?? []), {row, position}])
  })
  return {from, away}
}

function summarize(report: DriftReport, passages: number): HtmlSummary {
  const {summary} = report
  const weak = report.alignment.filter((bead) => (bead as {weak?: unknown}).weak === true).length
  return {
    relation: summary.relation,
    reason: summary.reason,
    coverage: summary.coverage,
    similarity: summary.similarity,
    drift: summary.drift,
    counts: {...summary.counts, weak},
    signals: summary.signals,
    artifacts: summary.artifacts,
    artifactDensity: summary.artifactDensity,
    passages,
    ...(summary.metrics ? {metrics: summary.metrics} : {}),
    languages: {source: report.source.language, variant: report.variant.language},
    sentences: {source: report.source.sentences.length, variant: report.variant.sentences.length},
    truncated: report.truncated,
  }
}
