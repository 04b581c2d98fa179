/**
 * Whether a text is an HTML page rather than plain text: it starts (after
 * white space and comments) with a doctype or an `<html>`, `<head>` or
 * `<body>` tag, or holds one of those tags early on.
 *
 * @param text The decoded text.
 * @returns True for a page.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF?(\s|<!--[\s\S]*?-->)*/, '')
  if (/^<!doctype\s+html/i.test(head) || /^<(html|head|body)[\s>]/i.test(head)) return true
  return /<(html|body)[\s>]/i.test(head) && /<\/(p|div|article|body|head)>/i.test(head)
}
