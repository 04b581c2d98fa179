/**
 * A cheap test before `looksLikeMojibake`: false when a range of a text holds
 * none of the code units that every suspicious sequence of the badness scan
 * needs, so a line of ordinary text is never copied or scanned position by
 * position.
 *
 * Every rule of the scan (`mojibake-badness.ts`) that can fire at a position
 * needs one of these in the text it scans:
 *
 * - a C1 control character (U+0080–U+009F), flagged on its own;
 * - `Œ` or `œ`, flagged before any character that is not a Latin letter;
 * - `Ã` or `Â`, flagged at the start of a text before a space, and the only
 *   non-ASCII character of the patterns that start at an ASCII character
 *   (`[a-z]\s?[ÃÂ] `, `[a-z.,?!…]Â[ …]`);
 * - two non-ASCII code units side by side: every other rule reads a
 *   non-ASCII character and the one after it, which must be non-ASCII too
 *   (a class of the scan's table, one of a code page's characters for bytes
 *   0x80–0xBF, or one of the characters of a pattern).
 *
 * A test holds this to `looksLikeMojibake` on random and hand-made text.
 *
 * @param text Any text.
 * @param start Start offset of the range (UTF-16, inclusive).
 * @param end End offset of the range (exclusive).
 * @returns False when `looksLikeMojibake(text.slice(start, end))` is false.
 */
export function mayLookLikeMojibake(text: string, start: number, end: number): boolean {
  let previousWide = false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      previousWide = false
      continue
    }
    if (previousWide || code <= 0x9f || code === 0xc2 || code === 0xc3 || code === 0x152 || code === 0x153) return true
    previousWide = true
  }
  return false
}
