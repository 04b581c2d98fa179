import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'

/**
 * Space(s) before `,` `;` `:` `.` `!` `?` after a word. A comma or semicolon
 * may be glued to the next word (`attack ,calling`); the others must be
 * followed by a space, a closing quote or the end, so decimals (` .5`), file
 * extensions (` .com`) and ellipses (` ...`, ` . . .`) do not match.
 */
const spaceBeforePattern = /(?<![ \t\u00a0])[ \t\u00a0]+(?:([,;])(?=[\p{L}\p{N}"“‘'(]|[ \t]|$)|([.!?:])(?=[ \t\n"”’'\)]|$)(?![ \t]\.))/gmu
/** No space after a sentence end: `trailers.The`, `said."The` (what precedes is checked in code: cheaper than a lookbehind at every position). */
const gluedSentencePattern = /[.!?][”"’)]?(?=\p{Lu}\p{Ll})/gu
const gluedSentenceBefore = /(?:\p{Ll}\p{Ll}|\p{Ll}[)”"’])$/u
const wordBefore = /[\p{L}\p{N}%)\]"”’]/u
/** Runs of two or more spaces or tabs; that they sit between two non-space characters is checked in code. */
const spaceRunPattern = /[ \t\u00a0]{2,}/g

/** True when the line around `index` uses French guillemets (`« … »`), whose typography puts a space before `; : ! ?`. */
function usesGuillemets(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1
  let lineEnd = text.indexOf('\n', index)
  if (lineEnd < 0) lineEnd = text.length
  // Bounded look around, so a long line costs a constant per match.
  return /[«»]/.test(text.slice(Math.max(lineStart, index - 300), Math.min(lineEnd, index + 300)))
}

/**
 * Find spacing that marks machine-rewritten or scraped text: a space before
 * punctuation (`Middle East .`, `attack ,calling`), two sentences glued
 * together (`trailers.The`), and runs of spaces inside a line. Not flagged:
 * exactly two spaces after a sentence end (an old typing convention),
 * indentation and trailing spaces, ellipses and decimals, URLs and e-mail
 * addresses (`example.Com` inside a link). Severity `warning` for glued
 * sentences and stray spaces before punctuation, `info` for runs of spaces.
 *
 * @param context The text, its side, and its language (ISO 639-3); in French (`fra`) a space
 *   before `;` `:` `!` `?` is correct typography and is not flagged; so in a
 *   line that uses guillemets (`Il a dit : « oui ! »`), whatever the document's language.
 * @returns The spacing problems in order, each with its repair.
 */
export function findSpacing(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  const found: Artifact[] = []
  const spaceBefore = /[ \t\u00a0][,;:.!?]/.test(text) ? text.matchAll(spaceBeforePattern) : []
  for (const match of spaceBefore) {
    const start = match.index
    if (start === 0 || !wordBefore.test(text[start - 1]!)) continue
    // `development." .` is a stray mark after a finished sentence: the punctuation detector reports it.
    if (/[.!?]["”’]$/.test(text.slice(Math.max(0, start - 2), start))) continue
    const end = start + match[0].length
    const mark = match[1] ?? match[2]!
    if ((context.language === 'fra' || usesGuillemets(text, start)) && mark !== ',' && mark !== '.') continue
    const glued = match[1] !== undefined && end < text.length && /[\p{L}\p{N}"“‘'(]/u.test(text[end]!)
    found.push(makeArtifact(text, side, 'spacing', start, end, 'warning', `A space stands before \`${mark}\`${glued ? ' and none after it' : ''}.`, glued ? `${mark} ` : mark))
  }
  for (const match of text.matchAll(gluedSentencePattern)) {
    const start = match.index
    if (!gluedSentenceBefore.test(text.slice(Math.max(0, start - 2), start)) || isInsideUrl(text, start)) continue
    const end = start + match[0].length
    found.push(makeArtifact(text, side, 'spacing', start, end, 'warning', 'Two sentences are glued together without a space.', `${match[0]} `))
  }
  for (const match of text.matchAll(spaceRunPattern)) {
    const start = match.index
    const end = start + match[0].length
    if (start === 0 || end === text.length || /\s/.test(text[start - 1]!) || /\s/.test(text[end]!)) continue
    if (match[0] === '  ' && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, start - 2), start))) continue
    found.push(makeArtifact(text, side, 'spacing', start, end, 'info', `A run of ${match[0].length} spaces stands where one belongs.`, ' '))
  }
  return found.sort((a, b) => a.start - b.start)
}

/** True when the offset sits in a whitespace-delimited token that looks like a URL, domain or e-mail address. */
function isInsideUrl(text: string, index: number): boolean {
  let start = index
  while (start > 0 && !/\s/.test(text[start - 1]!) && index - start < 200) start--
  let end = index
  while (end < text.length && !/\s/.test(text[end]!) && end - index < 200) end++
  return /\/\/|www\.|@|\.(?:com|org|net|gov|edu|io|co|uk)\b/i.test(text.slice(start, end))
}
