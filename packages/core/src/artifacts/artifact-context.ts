import {segmentParagraphs} from '../segment/segment-paragraphs'
import {segmentSentences} from '../segment/segment-sentences'
import type {Artifact, ArtifactKind, Severity, Side, Span, TextSpan} from '../types'

/**
 * Build one artifact, taking its `text` from the original input so that
 * `artifact.text === text.slice(start, end)` always holds.
 *
 * @param text The original input.
 * @param side Which compared text it belongs to.
 * @param kind The artifact kind.
 * @param start Start offset (UTF-16, inclusive).
 * @param end End offset (UTF-16, exclusive).
 * @param severity How serious it is.
 * @param message One sentence for people.
 * @param suggestion The repaired text for the span, when a repair exists.
 * @returns A plain, JSON-safe artifact.
 */
export function makeArtifact(
  text: string,
  side: Side,
  kind: ArtifactKind,
  start: number,
  end: number,
  severity: Severity,
  message: string,
  suggestion?: string,
): Artifact {
  const base = {kind, side, start, end, text: text.slice(start, end), severity, message}
  return suggestion === undefined ? base : {...base, suggestion}
}

/**
 * The paragraphs of a text, as the segmenter finds them (`segmentParagraphs`),
 * so the detectors and the rest of a report agree on where paragraphs are.
 *
 * @param text Any text.
 * @returns Paragraph spans in order.
 */
export function splitParagraphs(text: string): Span[] {
  return segmentParagraphs(text)
}

/**
 * The sentences of a text, as the segmenter finds them (`segmentSentences`),
 * for callers that pass none.
 *
 * @param text Any text.
 * @returns Sentence spans in order.
 */
export function splitSentences(text: string): Span[] {
  return segmentSentences(text).map(({start, end}) => ({start, end}))
}

/** True when the document uses typographic (curly) quotes more than straight ones. */
export function prefersCurlyQuotes(text: string): boolean {
  const curly = text.match(/[“”’]/g)?.length ?? 0
  const straight = text.match(/["']/g)?.length ?? 0
  return curly > straight
}

/**
 * The words of `words` (sorted by offset) that lie inside `span`, found by
 * binary search, so that detectors can share one tokenization of the text.
 *
 * @param words Words of the whole text, in order.
 * @param span Any span of the same text.
 * @returns The words whose start falls in `[span.start, span.end)`.
 */
export function wordsWithin(words: readonly TextSpan[], span: Span): readonly TextSpan[] {
  const range = wordRange(words, span)
  return words.slice(range.start, range.end)
}

/**
 * The index range `[start, end)` in `words` (sorted by offset) of the words
 * whose start falls inside `span`, by binary search.
 *
 * @param words Words of the whole text, in order.
 * @param span Any span of the same text.
 * @returns Indices into `words`.
 */
export function wordRange(words: readonly TextSpan[], span: Span): Span {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]!.start < span.start) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < words.length && words[end]!.start < span.end) end++
  return {start: low, end}
}
