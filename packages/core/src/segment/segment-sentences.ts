import {split} from 'sentence-splitter'
import type {Sentence, Span} from '../types'
import {decideBoundary, terminalRunPattern} from './sentence-boundary'
import {isSegmentSpace, segmentParagraphs} from './segment-paragraphs'
import {assertKnownOptions} from '../validate-options'
import {isAsciiAlnum} from '../normalize/char-codes'

/**
 * Which engine proposes sentence ends before the shared rules decide them:
 * `rules`, a single linear scan over sentence punctuation; or
 * `sentence-splitter` (textlint's splitter), repaired where it fails and
 * about a hundred times slower (see docs/segmentation.md).
 */
export type SentenceSplitter = 'rules' | 'sentence-splitter'

/** Options of `segmentSentences`. */
export interface SegmentOptions {
  /** The engine that proposes sentence ends (see {@link SentenceSplitter}). @default 'rules' */
  readonly splitter?: SentenceSplitter
  /**
   * Longest sentence, in UTF-16 code units. A longer run without a sentence
   * end (a page with no punctuation, a table dumped as text) is cut at the
   * last whitespace before the limit, so that no later stage works on one
   * enormous "sentence". @default 2000
   */
  readonly maxLength?: number
}

/** The defaults of `segmentSentences`. */
export const defaultSegmentOptions = {splitter: 'rules', maxLength: 2000} as const satisfies Required<SegmentOptions>

const letterOrDigitPattern = /[\p{L}\p{N}]/u
const lineEndPattern = /[.!?\u2026\u3002\uFF01\uFF1F]["'\u201D\u2019\u00BB)\]]*$/
const headingStartPattern = /^[\p{Lu}\p{Lt}\p{N}]/u
const sentenceStartPattern = /^["'\u201C\u2018\u00AB(]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u
const headingEndPattern = /[.!?,;:\u2026\u2013\u2014-]$/
const maxHeadingWords = 12
/**
 * A break between two lines of a paragraph (each unit of `\r\n` on its own,
 * as they were read before), or U+2029, which never occurs inside one but
 * stops the search for the next break right after the paragraph.
 */
const innerBreakPattern = /[\n\r\u2028\u2029]/g
/** Words a heading does not end with, but a line of wrapped prose often does. */
const headingTailPattern = /\s(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|that|as|is|was|were|are)$/i

function resolveSegmentOptions(options: SegmentOptions): Required<SegmentOptions> {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  }
  assertKnownOptions(options, Object.keys(defaultSegmentOptions), 'segment')
  const resolved = {...defaultSegmentOptions, ...options}
  if (resolved.splitter !== 'rules' && resolved.splitter !== 'sentence-splitter') {
    throw new TypeError(`Expected \`splitter\` to be \`rules\` or \`sentence-splitter\`, not \`${String(resolved.splitter)}\``)
  }
  if (typeof resolved.maxLength !== 'number' || !Number.isInteger(resolved.maxLength) || resolved.maxLength < 16) {
    throw new RangeError(`Expected \`maxLength\` to be an integer ≥ 16, not \`${String(resolved.maxLength)}\``)
  }
  return resolved
}

/** Every run of sentence punctuation in a text, found in one scan: `[start, end)` pairs, in order. */
function punctuationRuns(text: string): Int32Array {
  const runs: number[] = []
  terminalRunPattern.lastIndex = 0
  for (const match of text.matchAll(terminalRunPattern)) runs.push(match.index, match.index + match[0].length)
  return Int32Array.from(runs)
}

/**
 * Sentence ends in a paragraph proposed by the linear scan: every punctuation
 * run inside it. `cursor.at` walks `runs` across the paragraphs in order, so
 * the whole text is scanned once however many paragraphs it has.
 */
function ruleBoundaries(text: string, paragraph: Span, boundaries: number[], runs: Int32Array, cursor: {at: number}): void {
  while (cursor.at < runs.length && runs[cursor.at]! < paragraph.start) cursor.at += 2
  for (; cursor.at < runs.length && runs[cursor.at]! < paragraph.end; cursor.at += 2) {
    const end = decideBoundary(text, paragraph.start, runs[cursor.at]!, Math.min(runs[cursor.at + 1]!, paragraph.end), paragraph.end)
    if (end > 0) boundaries.push(end)
  }
}

/**
 * Sentence ends proposed by sentence-splitter, then repaired: each end is
 * decided again by the shared rules (moving a closing quote back onto its
 * sentence, keeping `U.S. Embassy` together), and the periods after numbers
 * that it never splits at (`killed 25. The`) are added as candidates.
 */
function splitterBoundaries(text: string, paragraph: Span, boundaries: number[]): void {
  const candidates: number[] = []
  for (const node of split(text.slice(paragraph.start, paragraph.end))) {
    if (node.type === 'Sentence') candidates.push(paragraph.start + node.range[1])
  }
  for (let index = paragraph.start + 1; index < paragraph.end; index++) {
    const code = text.charCodeAt(index - 1)
    if (text.charCodeAt(index) === 0x2e && code >= 0x30 && code <= 0x39) candidates.push(index + 1)
  }
  for (const candidate of candidates) {
    let runStart = candidate
    while (runStart > paragraph.start && /[.!?\u2026\u3002\uFF01\uFF1F]/.test(text[runStart - 1] ?? '')) runStart--
    if (runStart === candidate) continue
    const end = decideBoundary(text, paragraph.start, runStart, candidate, paragraph.end)
    if (end > 0) boundaries.push(end)
  }
}

/**
 * Sentence ends at single line breaks inside a paragraph. A line break is
 * soft (a space) in hard-wrapped prose, unless the line before is a heading:
 * short, starting with a capital or digit, without final punctuation or a
 * trailing function word (`… carried out on`), at the start of the paragraph
 * or after a finished sentence, and followed by a line that starts like a
 * sentence. In a paragraph written a line per sentence (at least half of its
 * lines but the last end in sentence punctuation, as in subtitles, news feeds
 * and headline-then-lede text) every line without final punctuation is a
 * headline or caption, whatever its length: it ends where the line ends, unless
 * it ends in continuing punctuation or a function word. A line ending in
 * sentence punctuation was already a candidate.
 */
function lineBoundaries(text: string, paragraph: Span, boundaries: number[]): void {
  const lines: Array<{start: number; end: number; line: string}> = []
  let lineStart = paragraph.start
  // The next break found by a pattern, faster than reading every unit in a loop.
  innerBreakPattern.lastIndex = paragraph.start
  for (let found = innerBreakPattern.exec(text); found !== null && found.index < paragraph.end; found = innerBreakPattern.exec(text)) {
    const index = found.index
    const line = text.slice(lineStart, index).trim()
    if (line !== '') lines.push({start: lineStart, end: index, line})
    lineStart = index + 1
  }
  if (lines.length === 0) return
  const lineEnded = lines.map(({line}) => lineEndPattern.test(line))
  // `lines` holds every line but the paragraph's last, which ends at the paragraph end.
  const linePerSentence = lineEnded.filter(Boolean).length * 2 >= lines.length
  let previousEnded = true
  lines.forEach(({start, end, line}, index) => {
    const rest = text.slice(end + 1, Math.min(paragraph.end, end + 9)).trimStart()
    const open = !headingEndPattern.test(line) && !headingTailPattern.test(line)
    const isHeading: boolean = linePerSentence
      ? open && !lineEnded[index]
      : previousEnded && open && headingStartPattern.test(line) && line.split(/\s+/).length <= maxHeadingWords && sentenceStartPattern.test(rest)
    if (isHeading) {
      let cut = end
      while (cut > start && isSegmentSpace(text.charCodeAt(cut - 1))) cut--
      boundaries.push(cut)
    }
    previousEnded = isHeading || lineEnded[index]!
  })
}

/**
 * Split a text into sentences, located in the original text.
 *
 * Paragraphs come first ({@link segmentParagraphs}), and no sentence ever
 * crosses a paragraph break, so an unmatched quote (left by entity residue
 * such as `,quot;`) cannot swallow the rest of a document. Within a paragraph
 * the chosen engine proposes sentence ends and shared rules decide them:
 * closing quotes stay with their sentence (`USA!” the crowd tried` is one),
 * abbreviations and initials do not end one (`U.S. Embassy`, `Mr.`, `Dec. 31`,
 * `4 p.m.`, `J. Christopher Stevens`, `e.g.`), numbers do (`killed 25. The`),
 * and a heading line is a sentence of its own. A single line break is a space
 * unless the line before ends a sentence or is a heading.
 *
 * Linear in the length of the text with the default `rules` engine. Never
 * throws on text.
 *
 * @param text The original text.
 * @param options Which engine proposes sentence ends.
 * @returns Non-empty, trimmed, ordered, non-overlapping sentences;
 *   `sentence.text === text.slice(sentence.start, sentence.end)`.
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Sentence[] {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  const {splitter, maxLength} = resolveSegmentOptions(options)
  const sentences: Sentence[] = []
  const paragraphs = segmentParagraphs(text)
  const runs = splitter === 'rules' ? punctuationRuns(text) : new Int32Array(0)
  const cursor = {at: 0}
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex] as Span
    const boundaries: number[] = []
    if (splitter === 'rules') ruleBoundaries(text, paragraph, boundaries, runs, cursor)
    else splitterBoundaries(text, paragraph, boundaries)
    lineBoundaries(text, paragraph, boundaries)
    boundaries.push(paragraph.end)
    // Mostly in order already (the line rule adds ends only where a paragraph has single line breaks): sorted only when not.
    if (!ascending(boundaries)) boundaries.sort((a, b) => a - b)

    // Cut at the boundaries; a piece without a letter or digit (a stray ` .`)
    // joins the sentence before it, or the one after when it comes first.
    const pieces: Array<{start: number; end: number}> = []
    let carryStart = -1
    let from = paragraph.start
    for (const boundary of boundaries) {
      if (boundary <= from) continue
      let start = from
      let end = boundary
      while (start < end && isSegmentSpace(text.charCodeAt(start))) start++
      while (end > start && isSegmentSpace(text.charCodeAt(end - 1))) end--
      from = boundary
      if (start === end) continue
      const last = pieces[pieces.length - 1]
      if (!hasLetterOrDigit(text, start, end)) {
        if (last) last.end = end
        else if (carryStart < 0) carryStart = start
        continue
      }
      pieces.push({start: carryStart >= 0 ? carryStart : start, end})
      carryStart = -1
    }
    if (carryStart >= 0) pieces.push({start: carryStart, end: paragraph.end})
    for (const piece of pieces) {
      for (const part of cutLongPiece(text, piece.start, piece.end, maxLength)) {
        sentences.push({
          index: sentences.length,
          paragraph: paragraphIndex,
          start: part.start,
          end: part.end,
          text: text.slice(part.start, part.end),
        })
      }
    }
  }
  return sentences
}

/** Whether `values` is in ascending order (equal neighbours allowed). */
function ascending(values: readonly number[]): boolean {
  for (let index = 1; index < values.length; index++) if (values[index - 1]! > values[index]!) return false
  return true
}

/** Whether `text[start, end)` holds a letter or digit: ASCII by code, the rest by pattern. */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (isAsciiAlnum(code)) return true
    if (code >= 0x80) return letterOrDigitPattern.test(text.slice(index, end))
  }
  return false
}

/**
 * Cut `[start, end)` into parts of at most `maxLength` units, each ending at
 * the last whitespace before the limit (or at the limit, never inside a
 * surrogate pair, when there is none), each trimmed.
 */
function cutLongPiece(text: string, start: number, end: number, maxLength: number): Span[] {
  if (end - start <= maxLength) return [{start, end}]
  const parts: Span[] = []
  let from = start
  while (from < end) {
    let to = Math.min(end, from + maxLength)
    if (to < end) {
      let cut = to
      while (cut > from && !isSegmentSpace(text.charCodeAt(cut))) cut--
      if (cut > from) to = cut
      else if (isLowSurrogate(text.charCodeAt(to))) to--
    }
    let partEnd = to
    while (partEnd > from && isSegmentSpace(text.charCodeAt(partEnd - 1))) partEnd--
    if (partEnd > from) parts.push({start: from, end: partEnd})
    from = to
    while (from < end && isSegmentSpace(text.charCodeAt(from))) from++
  }
  return parts
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
