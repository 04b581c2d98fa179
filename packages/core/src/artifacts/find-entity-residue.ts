import type {Artifact, Side} from '../types'
import {type ArtifactContext, makeArtifact, prefersCurlyQuotes} from './artifact-context'
import {decodeEntityBody, entityNamesThatAreWords} from './entity-table'
import {escapedTagPattern} from './find-markup-residue'

// Every pattern is a single pass with bounded or possessive-like pieces: no
// quantified group contains another quantifier that can match the same text.

/** `&quot;`, `&#8217;`, and double-encoded `&amp;quot;` / `&amp;amp;#39;`. */
const encodedPattern = /&((?:amp;){0,4})(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});/g
/** An entity that lost its semicolon: `&quot`, `&#39`. Not before `=` (URL queries such as `&copy=`). */
const unterminatedPattern = /&(#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|quot|amp|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[nm]dash|hellip)(?![;=A-Za-z0-9])/g
/** An entity with spaces inside: `& # 39;`, `& quot;`, `&#39 ;`. */
const spacedPattern = /&[ \t]*(#[ \t]*[0-9]{1,7}|#[ \t]*[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8})[ \t]*;/g
/** A named entity that lost its ampersand: `quot;`, `rdquo;`, `amp;T`. */
const namedBarePattern = /(?<![&\p{L}\p{N}_])([A-Za-z]{2,8});/gu
/** A numeric entity that lost its ampersand: `don#39;t`, `,#8217;`. */
const numericBarePattern = /(?<![&\p{N}])(#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});/gu

/**
 * Find HTML entities that were never decoded or were broken on the way:
 * `&quot;`, `&#8217;`, double-encoded `&amp;quot;`, entities that lost their
 * ampersand (`America,quot;`) or their semicolon (`&quot`), and spaced-out
 * ones (`& # 39;`). Plain ampersands (`AT&T`, `Q&A`, `S&P 500`), words that
 * end like an entity (`quota;`, `aliquot;`, `camp;`), `Lot #39;` and URL
 * queries (`&copy=`) are left alone. Escaped tags (`&lt;p&gt;`) belong to
 * markup residue and are skipped here. Severity `error`: the text is corrupted.
 *
 * @param text The original input.
 * @param side Which compared text it is.
 * @returns The residues in order, each with the decoded character as suggestion.
 */
export function findEntityResidue(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  if (!/[&;]/.test(text)) return []
  // One flag per code unit marks text already claimed, so overlap checks stay linear.
  const taken = new Uint8Array(text.length)
  const claim = (start: number, end: number): void => {
    taken.fill(1, start, end)
  }
  const isTaken = (start: number, end: number): boolean => taken.subarray(start, end).includes(1)
  for (const match of text.matchAll(escapedTagPattern)) claim(match.index, match.index + match[0].length)
  const found: Artifact[] = []
  const curly = prefersCurlyQuotes(text)
  const add = (start: number, end: number, body: string, how: string): void => {
    if (isTaken(start, end)) return
    const decoded = decodeEntityBody(body)
    if (decoded === undefined) return
    claim(start, end)
    const opening = isOpeningPosition(text, start, end)
    const suggestion = repairFor(decoded, opening, curly)
    const name = describe(decoded, opening)
    found.push(makeArtifact(text, side, 'entity-residue', start, end, 'error', `The HTML entity \`${text.slice(start, end)}\` ${how}; it stands for ${name}.`, suggestion))
  }
  for (const match of text.matchAll(encodedPattern)) {
    const layers = match[1]!
    const body = match[2]!
    add(match.index, match.index + match[0].length, body, layers ? 'was encoded twice and never decoded' : 'was never decoded')
  }
  for (const match of text.matchAll(unterminatedPattern)) {
    add(match.index, match.index + match[0].length, match[1]!, 'lost its semicolon')
  }
  for (const match of text.matchAll(spacedPattern)) {
    if (!/[ \t]/.test(match[0])) continue
    const body = match[1]!.replace(/[ \t]/g, '')
    if (entityNamesThatAreWords.has(body) && body !== 'amp') continue
    add(match.index, match.index + match[0].length, body, 'has spaces inside it')
  }
  for (const match of text.matchAll(namedBarePattern)) {
    const body = match[1]!
    const start = match.index
    const end = start + match[0].length
    if (entityNamesThatAreWords.has(body) && !isGlued(text, start, end)) continue
    add(start, end, body, 'lost its ampersand')
  }
  for (const match of text.matchAll(numericBarePattern)) {
    const start = match.index
    const end = start + match[0].length
    if (!isGlued(text, start, end)) continue
    add(start, end, match[1]!, 'lost its ampersand')
  }
  return found.sort((a, b) => a.start - b.start)
}

/** True when the span touches a non-space character on either side, as residue does (`AT amp;T`, `don#39;t`). */
function isGlued(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' '
  const after = end < text.length ? text[end]! : ' '
  return !/\s/.test(before) || /[\p{L}\p{N}]/u.test(after)
}

/** True when a quote at `[start, end)` would open a quotation: after a space or bracket and before a non-space. */
function isOpeningPosition(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' '
  return /[\s([{—–-]/.test(before) && end < text.length && !/\s/.test(text[end]!)
}

/** The repair for an entity: a quote fitted to its position and the document's quote style, or the decoded character. */
function repairFor(decoded: string, opening: boolean, curly: boolean): string {
  if (decoded === '\u00a0') return ' '
  if (!curly) return decoded
  if (decoded === '"') return opening ? '“' : '”'
  if (decoded === "'") return opening ? '‘' : '’'
  return decoded
}

/** A short name for what an entity stands for, for messages. */
function describe(decoded: string, opening: boolean): string {
  if (decoded === '"') return opening ? 'an opening quotation mark' : 'a closing quotation mark'
  if (decoded === "'" || decoded === '’') return 'an apostrophe or single quote'
  if (decoded === '\u00a0') return 'a space'
  if (decoded === '&') return 'an ampersand'
  return `\`${decoded}\``
}
