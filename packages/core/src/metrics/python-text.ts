/**
 * The few pieces of Python's `str` behaviour that sacrebleu's numbers depend
 * on: which characters are whitespace (`str.isspace`), `str.split()` with no
 * argument, `str.rstrip()`, and counting code points rather than UTF-16 units.
 * JavaScript's `\s` differs (it treats U+FEFF as space and U+001C–U+001F and
 * U+0085 as not), so the metrics never use it.
 */

/**
 * True when the UTF-16 unit is whitespace for Python 3's `str.isspace()`.
 * Every such character is in the Basic Multilingual Plane, so testing single
 * units is exact.
 *
 * @param unit A UTF-16 code unit (`text.charCodeAt(i)`).
 */
export function isPythonWhitespace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || (unit >= 0x1c && unit <= 0x1f)
  if (unit < 0x85) return false
  return (
    unit === 0x85 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  )
}

/**
 * Split a text on runs of Python whitespace, dropping empty pieces, as
 * Python's `text.split()` does.
 *
 * @param text Any text.
 * @returns The non-empty pieces in order (`[]` for empty or all-space text).
 */
export function splitPythonWhitespace(text: string): string[] {
  const pieces: string[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    if (isPythonWhitespace(text.charCodeAt(i))) {
      if (start >= 0) {
        pieces.push(text.slice(start, i))
        start = -1
      }
    } else if (start < 0) {
      start = i
    }
  }
  if (start >= 0) pieces.push(text.slice(start))
  return pieces
}

/**
 * Remove trailing Python whitespace, as Python's `text.rstrip()` does.
 *
 * @param text Any text.
 * @returns The text without trailing whitespace.
 */
export function rstripPythonWhitespace(text: string): string {
  let end = text.length
  while (end > 0 && isPythonWhitespace(text.charCodeAt(end - 1))) end--
  return end === text.length ? text : text.slice(0, end)
}

/**
 * Remove all Python whitespace from a text (Python's `''.join(text.split())`).
 *
 * @param text Any text.
 * @returns The text with every whitespace character removed.
 */
export function removePythonWhitespace(text: string): string {
  return splitPythonWhitespace(text).join('')
}
