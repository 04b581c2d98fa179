import type {Artifact, Side, Span} from '../types'
import {makeArtifact} from './artifact-context'
import {tweetSignaturePattern} from './find-social-embeds'

const shortMonth = '(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec)\\.?'
/** An AP-style caption: one sentence ending in `, Baghdad, Iraq, Dec. 31, 2019.` (optionally with a photo credit). */
export const datelineCaptionPattern = /* @__PURE__ */ (() => new RegExp(`, \\p{Lu}[\\p{L} .'-]{1,40}, ${shortMonth} \\d{1,2}, \\d{4}\\.(?:\\s{0,2}\\([^()\\n]{1,80}\\))?$`, 'u'))()
/** A photo credit: `(AP Photo/Khalid Mohammed)`, `(Getty Images)`. */
const creditPattern = /\((?:AP|AFP|Reuters|Getty|EPA|PA)[^()\n]{0,60}(?:Photo|Images|Pictures)[^()\n]{0,60}\)/g
/** Picture notes inside a sentence: `(pictured)`, `(pictured: …)`, `(file photo)`. */
const pictureNotePattern = /\((?:pictured(?:[ \t](?:left|right|above|below|centre|center|top|bottom|inset))?(?:[:,][ \t][^()\n]{1,200})?|(?:file|stock|library|archive)[ \t](?:photo|picture|image)s?)\)/gi
/** The tweet signature without the global flag, so that `test` keeps no state between calls. */
const tweetSignatureTest = /* @__PURE__ */ (() => new RegExp(tweetSignaturePattern.source))()
/** Labels that open a legitimate unpunctuated line (`Source: Al Jazeera`). */
const labelPattern = /^(?:Source|Sources|Credit|Credits|Editing|Reporting|Additional reporting|Writing|Via|Read more|Related|Tags?|Topics?)\b/i

/**
 * Find photo captions mixed into the prose. A paragraph is taken for a
 * caption when the document is mostly punctuated prose (at least three
 * paragraphs, at least half of them ending in `.`, `!`, `?` or `:`) and the
 * paragraph has eight or more words but no closing punctuation, the way
 * picture captions are written (`Black smoke billows from a fire set outside
 * the entrance`). Short unpunctuated paragraphs are headings and stay
 * clean, as do labelled lines (`Source: …`) and tweets. AP-style captions that
 * end in a place and date (`…, Baghdad, Iraq, Dec. 31, 2019.`), photo credits
 * and picture notes inside a sentence (`(pictured: …)`, `(file photo)`) are
 * found as well. Severity `info`.
 *
 * @param text The original input.
 * @param side Which compared text it is.
 * @param paragraphs The paragraphs of `text`.
 * @param claimed One flag per code unit of text already reported; updated.
 * @returns The captions in order; the repair removes them.
 */
export function findCaptions(text: string, side: Side, paragraphs: readonly Span[], claimed: Uint8Array): Artifact[] {
  const found: Artifact[] = []
  const add = (start: number, end: number, message: string, removeEnd = end): void => {
    if (claimed.subarray(start, end).includes(1)) return
    claimed.fill(1, start, end)
    const artifact = makeArtifact(text, side, 'scraper-residue', start, removeEnd, 'info', message, '')
    found.push(artifact)
  }
  // Which paragraphs end like prose, each read once from its end (no copy of the paragraph).
  const endsProse = paragraphs.map((paragraph) => endsLikeProse(text, paragraph))
  const punctuated = endsProse.filter(Boolean).length
  const prose = paragraphs.length >= 3 && punctuated * 2 >= paragraphs.length
  paragraphs.forEach((paragraph, index) => {
    // Removing a whole paragraph also removes the blank line after it, so the repair leaves no gap.
    const next = paragraphs[index + 1]
    const removeEnd = next ? next.start : paragraph.end
    if (prose && !endsProse[index] && isCaptionShaped(text.slice(paragraph.start, paragraph.end))) {
      add(paragraph.start, paragraph.end, 'A photo caption is mixed into the text.', removeEnd)
    } else if (mayEndInDateline(text, paragraph)) {
      const body = text.slice(paragraph.start, paragraph.end)
      if (datelineCaptionPattern.test(body) && !/[.!?]["”’]?\s+\p{Lu}.{0,400}[.!?]["”’]?\s+\p{Lu}/u.test(body)) {
        add(paragraph.start, paragraph.end, 'A photo caption (with place and date) is mixed into the text.', removeEnd)
      }
    }
  })
  for (const pattern of [creditPattern, pictureNotePattern]) {
    for (const match of text.matchAll(pattern)) {
      let start = match.index
      if (start > 0 && text[start - 1] === ' ') start--
      add(start, match.index + match[0].length, 'A picture note from a caption is left in the text.')
    }
  }
  return found
}

/**
 * True when a paragraph ends the way prose does: `.`, `!`, `?`, `…`, `:` or
 * `;`, possibly inside closing quotes or brackets (`/[.!?…:;]["'”’)\]]*$/`
 * on its text, read backwards from its end: the two sets share no character,
 * so the mark must stand right before the closing run).
 */
export function endsLikeProse(text: string, paragraph: Span): boolean {
  let index = paragraph.end - 1
  while (index >= paragraph.start && closers.includes(text[index]!)) index--
  return index >= paragraph.start && proseEnds.includes(text[index]!)
}

const closers = `"'”’)]`
const proseEnds = '.!?…:;'

/**
 * False when a paragraph cannot end the way `datelineCaptionPattern` asks:
 * in four digits and a period, or in the closing bracket of a credit after
 * them. A cheap test before the pattern, which looks for its `, Place,` at
 * every comma.
 */
export function mayEndInDateline(text: string, paragraph: Span): boolean {
  const last = paragraph.end - 1
  if (last < paragraph.start) return false
  if (text.charCodeAt(last) === 0x29) return true
  if (text.charCodeAt(last) !== 0x2e || last - 4 < paragraph.start) return false
  for (let index = last - 4; index < last; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}

/** True when an unpunctuated paragraph has the shape of a picture caption rather than a heading, label or tweet. */
function isCaptionShaped(body: string): boolean {
  if (!/^["“‘']?[\p{L}\p{N}]/u.test(body)) return false
  if (labelPattern.test(body)) return false
  if (tweetSignatureTest.test(body)) return false
  if (/https?:\/\//.test(body)) return false
  return body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 8
}
