import type {DriftReport, Sentence, Severity, Side, Span} from '@driftlens/core'
import type {FindingCategory, HtmlFinding} from './html-view'

/** Where one finding is marked: a span of one side, limited to one row for signals. */
export interface FindingMark {
  readonly id: number
  readonly side: Side
  readonly start: number
  readonly end: number
  /** A signal is marked only inside its own bead's row. */
  readonly row?: number
}

/** The findings of a report in reading order, and the spans to mark for each. */
export interface CollectedFindings {
  readonly findings: readonly HtmlFinding[]
  readonly marks: readonly FindingMark[]
}

/** A re-used passage as a report may carry it (`report.passages`, optional). */
interface Passage {
  readonly source: Span
  readonly variant: Span
  readonly words?: number
  readonly verbatim?: boolean
}

interface Draft {
  readonly finding: Omit<HtmlFinding, 'id'>
  readonly marks: ReadonlyArray<Omit<FindingMark, 'id'>>
  readonly order: readonly [number, number, number, number]
}

const sideOrder: Record<Side, number> = {source: 0, variant: 1}
const categoryOrder: Record<FindingCategory, number> = {signal: 0, artifact: 1, passage: 2}

/**
 * Gather the signals of every bead, the artifacts of both texts and, when the
 * report has them, its re-used passages, and put them in reading order: by
 * the row of their first mark, then source before variant, then offset.
 *
 * @param report The report.
 * @param rowOfSentence For each side, the row holding each sentence.
 * @param texts The original texts, when known, to quote passages exactly.
 */
export function collectFindings(
  report: DriftReport,
  rowOfSentence: Readonly<Record<Side, readonly number[]>>,
  texts: Readonly<Partial<Record<Side, string>>>,
): CollectedFindings {
  const drafts: Draft[] = []
  const place = (side: Side, span: Span): number => {
    const sentences = report[side].sentences
    const index = nearestSentence(sentences, span)
    return index === -1 ? 0 : rowOfSentence[side][index] ?? 0
  }
  report.alignment.forEach((bead, row) => {
    for (const signal of bead.signals) {
      const marks = (['source', 'variant'] as const).flatMap((side) => {
        const span = signal[side]
        return span ? [{side, start: span.start, end: span.end, row}] : []
      })
      const first = marks[0]
      drafts.push({
        finding: {
          category: 'signal',
          kind: signal.kind,
          severity: signal.severity,
          message: signal.message,
          row,
          ...(signal.source ? {sourceText: signal.source.text} : {}),
          ...(signal.variant ? {variantText: signal.variant.text} : {}),
        },
        marks,
        order: [row, first ? sideOrder[first.side] : 1, first?.start ?? Number.MAX_SAFE_INTEGER, categoryOrder.signal],
      })
    }
  })
  for (const artifact of report.artifacts) {
    const row = place(artifact.side, artifact)
    drafts.push({
      finding: {
        category: 'artifact',
        kind: artifact.kind,
        severity: artifact.severity,
        message: artifact.message,
        row,
        [artifact.side === 'source' ? 'sourceText' : 'variantText']: artifact.text,
        ...(artifact.suggestion === undefined ? {} : {suggestion: artifact.suggestion}),
      },
      marks: [{side: artifact.side, start: artifact.start, end: artifact.end}],
      order: [row, sideOrder[artifact.side], artifact.start, categoryOrder.artifact],
    })
  }
  for (const passage of readPassages(report)) {
    const row = place('source', passage.source)
    const words = passage.words === undefined ? '' : `${passage.words} words, `
    drafts.push({
      finding: {
        category: 'passage',
        kind: 'passage',
        severity: 'info' satisfies Severity,
        message: `Re-used passage: ${words}${passage.verbatim ? 'word for word' : 'with changes'}.`,
        row,
        sourceText: quote(report, 'source', passage.source, texts.source),
        variantText: quote(report, 'variant', passage.variant, texts.variant),
      },
      marks: [
        {side: 'source', start: passage.source.start, end: passage.source.end},
        {side: 'variant', start: passage.variant.start, end: passage.variant.end},
      ],
      order: [row, 0, passage.source.start, categoryOrder.passage],
    })
  }
  drafts.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2] || a.order[3] - b.order[3])
  return {
    findings: drafts.map((draft, id) => ({id, ...draft.finding})),
    marks: drafts.flatMap((draft, id) => draft.marks.map((mark) => ({id, ...mark}))),
  }
}

/**
 * The index of the first sentence overlapping `span` (or holding it, when it
 * is empty); failing that, the first sentence after it, else the last one;
 * -1 when the side has no sentence.
 */
export function nearestSentence(sentences: readonly Sentence[], span: Span): number {
  if (sentences.length === 0) return -1
  let low = 0
  let high = sentences.length
  // First sentence whose end is past the span's start (or reaches it, for an empty span).
  while (low < high) {
    const middle = (low + high) >> 1
    const end = sentences[middle]!.end
    if (end > span.start || (span.start === span.end && end === span.start)) high = middle
    else low = middle + 1
  }
  return Math.min(low, sentences.length - 1)
}

/** The report's re-used passages, when it carries a well-formed `passages` array. */
function readPassages(report: DriftReport): Passage[] {
  const passages = (report as {passages?: unknown}).passages
  if (!Array.isArray(passages)) return []
  return passages.filter((passage): passage is Passage => isSpan(passage?.source) && isSpan(passage?.variant))
}

function isSpan(value: unknown): value is Span {
  const span = value as Span | undefined
  return typeof span?.start === 'number' && typeof span.end === 'number' && span.start <= span.end
}

/** The text of `span`: from the original when given, else from the sentences it overlaps. */
function quote(report: DriftReport, side: Side, span: Span, text: string | undefined): string {
  if (text !== undefined) return text.slice(span.start, span.end)
  return report[side].sentences
    .filter((sentence) => sentence.start < span.end && span.start < sentence.end)
    .map((sentence) => sentence.text.slice(Math.max(0, span.start - sentence.start), Math.min(sentence.text.length, span.end - sentence.start)))
    .join(' ')
}
