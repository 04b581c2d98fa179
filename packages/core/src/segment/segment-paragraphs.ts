import type {Span} from '../types'

/**
 * Whether a UTF-16 code unit is whitespace for segmentation: JavaScript's
 * `\s` (which includes the no-break space and U+FEFF) plus the zero-width
 * space, joiners and word joiner, which scraped text carries invisibly.
 */
export function isSegmentSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A line break: `\r\n`, `\r`, `\n`, or U+2029 PARAGRAPH SEPARATOR. */
const lineBreakPattern = /\r\n?|[\n\u2029]/g

/**
 * Split a text into paragraphs: blocks separated by blank lines.
 *
 * A line is blank when it holds only whitespace (see `isSegmentSpace`);
 * lines end at `\n`, `\r\n` or `\r`, and U+2029 PARAGRAPH SEPARATOR ends a
 * paragraph by itself. Each paragraph is trimmed of surrounding whitespace,
 * so it starts and ends with a visible character. Linear time; never throws
 * on text.
 *
 * @param text The original text.
 * @returns The paragraphs in order, as non-empty spans of `text`.
 */
export function segmentParagraphs(text: string): Span[] {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  const paragraphs: Span[] = []
  let start = -1
  let end = -1
  let lineStart = 0
  // Line by line: only the ends of a line are read for whitespace, and the
  // pattern finds the next break, faster than reading every unit in a loop.
  lineBreakPattern.lastIndex = 0
  for (;;) {
    const lineBreak = lineBreakPattern.exec(text)
    const lineEnd = lineBreak === null ? text.length : lineBreak.index
    let first = lineStart
    while (first < lineEnd && isSegmentSpace(text.charCodeAt(first))) first++
    const lineHasText = first < lineEnd
    if (lineHasText) {
      let last = lineEnd
      while (isSegmentSpace(text.charCodeAt(last - 1))) last--
      if (start < 0) start = first
      end = last
    }
    // A blank line (or the end of the text, or U+2029) closes the open paragraph.
    if ((!lineHasText || lineBreak === null || lineBreak[0] === '\u2029') && start >= 0) {
      paragraphs.push({start, end})
      start = -1
    }
    if (lineBreak === null) return paragraphs
    lineStart = lineEnd + lineBreak[0].length
  }
}
