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
 * The paragraphs of a text: blocks separated by a blank line (a line with
 * nothing but spaces or tabs). Each span excludes the surrounding whitespace.
 * Runs in linear time.
 *
 * @param text Any text.
 * @returns Paragraph spans in order; empty blocks are left out.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = []
  const separator = /\n[ \t\r]*\n\s*/g
  let blockStart = 0
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++
    while (end > start && /\s/.test(text[end - 1]!)) end--
    if (end > start) paragraphs.push({start, end})
  }
  for (const match of text.matchAll(separator)) {
    push(blockStart, match.index)
    blockStart = match.index + match[0].length
  }
  push(blockStart, text.length)
  return paragraphs
}

/**
 * A simple sentence splitter used when the caller passes no sentences: a
 * sentence ends after `.`, `!` or `?` (and any closing quotes or brackets)
 * followed by whitespace and an upper-case letter, a letter of a caseless
 * script (Arabic, Chinese…), a digit or an opening
 * quote, unless the period closes a short abbreviation such as `U.S.`,
 * `Dr.` or `Dec.`. Paragraph breaks always end a sentence. Linear time.
 *
 * @param text Any text.
 * @param paragraphs The paragraphs of `text` (from {@link splitParagraphs}).
 * @returns Sentence spans in order, trimmed of surrounding whitespace.
 */
export function splitSentences(text: string, paragraphs: readonly Span[] = splitParagraphs(text)): Span[] {
  const sentences: Span[] = []
  // Starts only at the first mark of a run, so a long run of periods is scanned once, not once per period.
  const boundary = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{Lo}\p{N}])/gu
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end)
    let start = 0
    for (const match of body.matchAll(boundary)) {
      const end = match.index + match[0].length
      if (isAbbreviationBefore(body, match.index, match[0])) continue
      if (end > start) sentences.push(trimSpan(text, paragraph.start + start, paragraph.start + end))
      start = end
    }
    if (start < body.length) sentences.push(trimSpan(text, paragraph.start + start, paragraph.end))
  }
  return sentences.filter((span) => span.end > span.start)
}

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'rep', 'sen', 'gov', 'jr', 'sr', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd',
])

/** True when the period at `index` closes an abbreviation (`U.S.`, `Dr.`) rather than a sentence. */
function isAbbreviationBefore(body: string, index: number, mark: string): boolean {
  if (mark[0] !== '.') return false
  let wordStart = index
  while (wordStart > 0 && /[\p{L}.]/u.test(body[wordStart - 1]!)) wordStart--
  const word = body.slice(wordStart, index)
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return {start, end}
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
