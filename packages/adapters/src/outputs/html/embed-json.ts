/**
 * Serialise a value as JSON that can sit inside an HTML `<script>` element
 * whatever strings it holds. Every `<`, `>` and `&` becomes a `\u003c`-style
 * escape, so no `</script`, `<!--` or `<script` can end or confuse the
 * element, and U+2028/U+2029 are escaped for older script parsers.
 * `JSON.parse` of the element's text gives the value back unchanged.
 *
 * @param value A JSON-safe value.
 * @returns JSON text with no `<`, `>`, `&`, U+2028 or U+2029 in it.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Escape text for an HTML text node or a quoted attribute value.
 *
 * @param text Any text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}
