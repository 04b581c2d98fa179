import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'

const tagNames =
  'a|abbr|article|aside|audio|b|blockquote|body|br|button|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul|video'
const blockTags = /* @__PURE__ */ new Set(['article', 'aside', 'blockquote', 'div', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'p', 'section', 'table', 'tr', 'ul', 'ol'])

/**
 * An escaped tag such as `&lt;p&gt;` or `&lt;a href=&quot;x&quot;&gt;`.
 * Exported so the entity detector can leave these spans to this one. The
 * attribute part is a bounded run whose alternatives start with different
 * characters, so matching is linear.
 */
export const escapedTagPattern = /* @__PURE__ */ (() => new RegExp(
  `&lt;/?(?:${tagNames})(?:[ \\t/](?:[^&<>\\n]|&quot;|&amp;|&#39;|&#x27;){0,300})?&gt;`,
  'gi',
))()
const tagPattern = /* @__PURE__ */ (() => new RegExp(`<(/?)(${tagNames})(?:[\\s/][^<>]{0,500})?>`, 'gi'))()
const shortcodeNames =
  'caption|gallery|embed|video|audio|playlist|youtube|tweet|instagram|facebook|vimeo|soundcloud|iframe|button|pullquote|dropcap|contact-form[\\w-]{0,20}|vc_\\w{1,30}|et_pb_\\w{1,30}|su_\\w{1,30}|related[\\w-]{0,20}'
const shortcodePattern = /* @__PURE__ */ (() => new RegExp(
  `\\[/?(?:${shortcodeNames})(?:[ \\t][^\\[\\]\\n]{0,500})?\\]|\\[[a-z_][a-z0-9_-]{1,30}(?:[ \\t]+[a-z_-]{1,30}=(?:"[^"\\n]{0,200}"|'[^'\\n]{0,200}'|[^\\s\\]"']{1,100})){1,20}[ \\t]*/?\\]`,
  'g',
))()
const placeholderPattern = /\{\{[ \t]*[A-Za-z_][\w.-]{0,40}[ \t]*\}\}|\{%[^%\n]{0,200}%\}|\$\{[A-Za-z_][\w.]{0,40}\}|%%[A-Z_]{2,30}%%|\[\[[^[\]\n]{1,80}\]\]/g
/** The tag and shortcode patterns, for detectors that must skip text inside markup. */
export const markupPatterns: readonly RegExp[] = [tagPattern, shortcodePattern]
const escapePattern = /\\(?:[nrt](?![a-z])|["'\\/]|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/g

/**
 * Find markup that survived extraction: HTML tags and comments, escaped tags
 * (`&lt;p&gt;`), shortcodes (`[caption id="…"]`, `[/caption]`), template
 * placeholders (`{{name}}`, `${name}`, `[[Page]]`) and literal escape
 * sequences (`\n`, `\"`, `\u2019`). Only known tag and shortcode names count, so
 * `a <b> c` in a formula is still caught but `[sic]`, `[Operation Inherent
 * Resolve]` and `x < y > z` are not. Severity `warning`.
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The residues in order; tags, shortcodes and escapes carry a repair.
 */
export function findMarkupResidue(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  if (!/[<&[{$%\\]/.test(text)) return []
  const found: Artifact[] = []
  for (const match of text.matchAll(tagPattern)) {
    const start = match.index
    const end = start + match[0].length
    const name = (match[2] ?? '').toLowerCase()
    let suggestion = ''
    if (name === 'br') suggestion = '\n'
    else if (match[1] === '/' && blockTags.has(name) && end < text.length && !/\s/.test(text[end]!)) suggestion = '\n\n'
    const what = match[0].length > 40 ? `<${match[1]}${match[2]}…>` : match[0]
    found.push(makeArtifact(text, side, 'markup-residue', start, end, 'warning', `The HTML tag \`${what}\` was left in the text.`, suggestion))
  }
  for (const comment of findComments(text)) {
    found.push(makeArtifact(text, side, 'markup-residue', comment.start, comment.end, 'warning', 'An HTML comment was left in the text.', ''))
  }
  for (const match of text.matchAll(escapedTagPattern)) {
    found.push(makeArtifact(text, side, 'markup-residue', match.index, match.index + match[0].length, 'warning', 'An escaped HTML tag was left in the text.', ''))
  }
  for (const match of text.matchAll(shortcodePattern)) {
    found.push(makeArtifact(text, side, 'markup-residue', match.index, match.index + match[0].length, 'warning', 'A CMS shortcode was left in the text.', ''))
  }
  for (const match of text.matchAll(placeholderPattern)) {
    found.push(makeArtifact(text, side, 'markup-residue', match.index, match.index + match[0].length, 'warning', `The template placeholder \`${match[0]}\` was never filled in.`))
  }
  for (const match of text.matchAll(escapePattern)) {
    found.push(makeArtifact(text, side, 'markup-residue', match.index, match.index + match[0].length, 'warning', `The escape sequence \`${match[0]}\` was left literal.`, unescape(match[0])))
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * HTML comments, found with `indexOf` rather than a lazy pattern: once no
 * `-->` follows an opening, none follows any later opening either, so the
 * scan is linear.
 */
function findComments(text: string): {start: number; end: number}[] {
  const comments: {start: number; end: number}[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('<!--', from)
    if (start === -1) break
    const close = text.indexOf('-->', start + 4)
    if (close === -1) break
    comments.push({start, end: close + 3})
    from = close + 3
  }
  return comments
}

/** The character a literal escape sequence stands for. */
function unescape(sequence: string): string {
  const letter = sequence[1]!
  if (letter === 'n') return '\n'
  if (letter === 'r') return ''
  if (letter === 't') return ' '
  if (letter === 'u' || letter === 'x') return String.fromCharCode(Number.parseInt(sequence.slice(2), 16))
  return letter
}
