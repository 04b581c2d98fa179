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
  let lineHasText = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x0a
    // The \n of \r\n belongs to the line break the \r began.
    if (code === 0x0a && index > 0 && index < text.length && text.charCodeAt(index - 1) === 0x0d) continue
    if (code === 0x0a || code === 0x0d || code === 0x2029) {
      // A blank line (or the end of the text, or U+2029) closes the open paragraph.
      if ((!lineHasText || code === 0x2029 || index === text.length) && start >= 0) {
        paragraphs.push({start, end})
        start = -1
      }
      lineHasText = false
    } else if (!isSegmentSpace(code)) {
      if (start < 0) start = index
      end = index + 1
      lineHasText = true
    }
  }
  return paragraphs
}
