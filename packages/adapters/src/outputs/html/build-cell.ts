import type {Sentence} from '@driftlens/core'
import type {HtmlPiece} from './html-view'

/** A span of one side to highlight, with what it is. */
export interface CellMark {
  readonly id: number
  readonly start: number
  readonly end: number
}

/** A word-diff span of one side (`delete` in the source, `insert` in the variant). */
export interface CellChange {
  readonly op: 'delete' | 'insert'
  readonly start: number
  readonly end: number
}

/** What one cell shows: its sentences, their diff spans and marks, and findings to show apart. */
export interface CellInput {
  readonly sentences: readonly Sentence[]
  readonly changes: readonly CellChange[]
  /** Marks overlapping (or, when empty, touching) the cell's sentences. */
  readonly marks: readonly CellMark[]
  /** Findings of this side that touch no sentence and are shown at the cell's end, with their text. */
  readonly detached: ReadonlyArray<{readonly id: number; readonly text: string}>
}

/**
 * Cut the sentences of one cell into pieces wherever a diff change or a
 * finding starts or ends, so each piece has one diff state and one set of
 * findings. Offsets are the original's; a piece's text is always a slice of
 * a sentence's text, so nothing is re-joined or normalised on the way.
 *
 * @param input The sentences, changes, marks and detached findings.
 * @param anchored Finding ids that already have an anchor piece; updated.
 * @returns The pieces in reading order.
 */
export function buildCell(input: CellInput, anchored: Set<number>): HtmlPiece[] {
  const pieces: HtmlPiece[] = []
  input.sentences.forEach((sentence, position) => {
    const previous = input.sentences[position - 1]
    const paragraph = previous !== undefined && previous.paragraph !== sentence.paragraph
    if (previous !== undefined && !paragraph) pieces.push({text: ' '})
    const start = pieces.length
    pieces.push(...cutSentence(sentence, input.changes, input.marks, anchored))
    if (paragraph && pieces[start]) pieces[start] = {...pieces[start], paragraph: true}
  })
  for (const {id, text} of input.detached) {
    const first = !anchored.has(id)
    anchored.add(id)
    pieces.push({text, findings: [id], ...(first ? {anchors: [id]} : {}), detached: true})
  }
  return pieces
}

function cutSentence(sentence: Sentence, changes: readonly CellChange[], marks: readonly CellMark[], anchored: Set<number>): HtmlPiece[] {
  const inside = (span: {start: number; end: number}) => span.start <= sentence.end && span.end >= sentence.start
  const localChanges = changes.filter((change) => change.start < sentence.end && change.end > sentence.start)
  const localMarks = marks.filter(inside)
  const cuts = new Set([sentence.start, sentence.end])
  for (const span of [...localChanges, ...localMarks]) {
    cuts.add(Math.max(sentence.start, Math.min(sentence.end, span.start)))
    cuts.add(Math.max(sentence.start, Math.min(sentence.end, span.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: HtmlPiece[] = []
  const push = (piece: HtmlPiece) => {
    const last = pieces[pieces.length - 1]
    if (last && !piece.anchors && last.op === piece.op && sameIds(last.findings, piece.findings) && last.text !== '' && piece.text !== '') {
      pieces[pieces.length - 1] = {...last, text: last.text + piece.text}
    } else {
      pieces.push(piece)
    }
  }
  const anchorsOf = (ids: number[]) => {
    const fresh = ids.filter((id) => !anchored.has(id))
    for (const id of fresh) anchored.add(id)
    return fresh
  }
  points.forEach((point, index) => {
    // Empty marks (an insertion point) become an empty piece at their offset.
    const empty = localMarks.filter((mark) => mark.start === mark.end && mark.start === point).map((mark) => mark.id)
    if (empty.length > 0) {
      const anchors = anchorsOf(empty)
      push({text: '', findings: empty, ...(anchors.length > 0 ? {anchors} : {})})
    }
    const next = points[index + 1]
    if (next === undefined) return
    const op = localChanges.find((change) => change.start <= point && change.end >= next)?.op
    const ids = localMarks.filter((mark) => mark.start <= point && mark.end >= next && mark.start < mark.end).map((mark) => mark.id)
    const anchors = anchorsOf(ids)
    push({
      text: sentence.text.slice(point - sentence.start, next - sentence.start),
      ...(op ? {op} : {}),
      ...(ids.length > 0 ? {findings: ids} : {}),
      ...(anchors.length > 0 ? {anchors} : {}),
    })
  })
  return pieces
}

function sameIds(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return a.length === b.length && a.every((id, index) => id === b[index])
}
