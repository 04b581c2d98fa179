import {tokenizeWords} from '../normalize/tokenize-words'
import type {TextWords} from '../normalize/text-words'
import type {Artifact, Side, Span} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'
import {Claims} from './claims'
import {findCaptions} from './find-captions'

/** Page furniture that scrapers glue into the text, matched as a whole line. */
const furniture =
  'Advertisement|ADVERTISEMENT|Share this article|Share this story|Share on (?:Facebook|Twitter|WhatsApp|LinkedIn|Email)|Scroll down for (?:video|more)|Story continues below(?: advertisement)?|Continue reading(?: the main story)?|Skip to (?:main )?content|Related (?:Articles|Stories|Topics|Coverage|Content)|Most Read|Listen to this article|Getty Images|All rights reserved\\.?|Click here to [^\\n]{1,80}|Sign up for [^\\n]{1,60}newsletter[^\\n]{0,40}|Image (?:copyright|source|caption)[^\\n]{0,80}|Copyright \\d{4}[^\\n]{0,80}|Read (?:more|also|next)\\s{0,2}:[^\\n]{0,200}'
const furnitureLinePattern = /* @__PURE__ */ (() => new RegExp(`^[ \\t]*(?:${furniture})[ \\t]*$`, 'gm'))()
/** A metadata field at the start of a line: `date 2019-12-31`, `Published: 2019-12-31T10:00Z`, then any furniture on the same line. */
const metadataPattern = /* @__PURE__ */ (() => new RegExp(
  `^[ \\t]*(?:date|published|updated|posted|last updated|modified|created)[ \\t]{0,3}:?[ \\t]{0,3}\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,6})?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:[ \\t]+(?:${furniture}))?[ \\t]*`,
  'gim',
))()
/** Furniture glued between two sentences: `…killed 25. Advertisement The ambassador…`, `Share this article`, `Read more:`. */
const inlineFurniturePattern = /(?:Advertisement|ADVERTISEMENT)(?=[ \t]+\p{Lu}|[ \t]*$)|Share this article|Scroll down for video|Story continues below advertisement|Read (?:more|also|next):(?:[^\n.!?]{0,120}$)?/gmu
/** `Advertisement` and `Read more:` count inline only right after a sentence end (checked in code, cheaper than a lookbehind). */
const afterSentenceEnd = /[.!?]["”’]?[ \t]{1,3}$/
/** The words a glued heading's sentence may start with that must be followed by a lowercase word (`The ambassador`). */
const openersBeforeLowercase = ['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'This', 'That']
/** The words a glued heading's sentence may start with that need only a space after them (`On September 11`). */
const openersBeforeAnyWord = ['On', 'In', 'At', 'After', 'During', 'Since', 'When', 'While', 'As', 'For', 'But', 'Last', 'Earlier', 'Today', 'Yesterday']
/** A heading glued to the first sentence of a fact box: `…killed in Benghazi attack On September 11, 2012, …`. */
export const gluedHeadingPattern = /* @__PURE__ */ new RegExp(
  `^\\p{Lu}[^.,;:!?"“”‘’()\\n]{10,120}?[\\p{Ll}\\p{N}] (?:(?:${openersBeforeLowercase.join('|')})(?= \\p{Ll})|(?:${openersBeforeAnyWord.join('|')})(?= ))`,
  'u',
)

/**
 * Find what a scraper left in the text: metadata fields glued to it
 * (` date 2019-12-31 Advertisement`), page furniture (`Share this article`,
 * `Read more:`), photo captions mixed into the prose, a fact-box heading
 * glued to its first sentence, and a first letter lost to a drop cap
 * (`raqi protesters` where the page showed a large `I`). `The advertisement
 * was pulled` stays clean: furniture must stand alone on a line or between
 * two sentences. Severity `error` for a lost letter, `warning` for headers,
 * furniture and glued headings, `info` for captions.
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The residues in order, each with its repair.
 */
export function findScraperResidue(context: ArtifactContext): Artifact[] {
  const {text, side, paragraphs} = context
  const found: Artifact[] = []
  const claimed = new Claims(text.length)
  const add = (start: number, end: number, severity: Artifact['severity'], message: string, suggestion: string): void => {
    if (end <= start || claimed.any(start, end)) return
    claimed.claim(start, end)
    found.push(makeArtifact(text, side, 'scraper-residue', start, end, severity, message, suggestion))
  }
  // Every metadata field holds an ISO date: a text without one is not scanned for fields (the scan tries every line start).
  for (const match of /\d{4}-\d{2}-\d{2}/.test(text) ? text.matchAll(metadataPattern) : []) {
    const start = match.index
    let end = start + match[0].length
    const lineEnd = text.indexOf('\n', end)
    const restOfLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd)
    // A header alone on its line goes with the blank lines after it.
    if (/^\s*$/.test(restOfLine)) end = skipWhitespace(text, end)
    add(start, end, 'warning', 'A metadata field from the web page is glued to the text.', '')
  }
  for (const match of text.matchAll(furnitureLinePattern)) {
    const start = match.index
    add(start, skipWhitespace(text, start + match[0].length), 'warning', `Page furniture (\`${match[0].trim()}\`) is left in the text.`, '')
  }
  const hasFurnitureWords = /Advertisement|ADVERTISEMENT|Share this|Scroll down|Story continues|Read (?:more|also|next):/.test(text)
  for (const match of hasFurnitureWords ? text.matchAll(inlineFurniturePattern) : []) {
    let start = match.index
    if (/^(?:Advertisement|ADVERTISEMENT|Read)/.test(match[0]) && !afterSentenceEnd.test(text.slice(Math.max(0, start - 5), start))) continue
    if (start > 0 && text[start - 1] === ' ') start--
    add(start, match.index + match[0].length, 'warning', `Page furniture (\`${match[0]}\`) is glued into the text.`, '')
  }
  for (const paragraph of paragraphs) {
    if (!mayOpenWithGluedHeading(text, paragraph)) continue
    const match = gluedHeadingPattern.exec(text.slice(paragraph.start, paragraph.end))
    if (!match) continue
    const headingEnd = paragraph.start + match[0].lastIndexOf(' ')
    // The rest must hold a sentence mark and at least eight pieces between spaces (`rest.split(/\s+/).length >= 8`: seven runs of spaces), read on the text.
    if (!hasSentenceMark(text, headingEnd, paragraph.end) || countSpaceRunsUpTo(text, headingEnd, paragraph.end, 7) < 7) continue
    add(paragraph.start, headingEnd + 1, 'warning', 'A heading is glued to the first sentence after it.', `${text.slice(paragraph.start, headingEnd)}\n\n`)
  }
  for (const artifact of findLostDropCaps(text, side, paragraphs, () => context.words)) found.push(artifact)
  for (const artifact of findCaptions(text, side, paragraphs, claimed)) found.push(artifact)
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Find paragraphs whose first letter was lost to a drop cap: the paragraph
 * opens with a lower-case word that, with one capital letter in front, is a
 * word used elsewhere in the document (`raqi` → `Iraqi`). A paragraph that
 * opens lower-case for a reason (`de Gaulle`, `iPhone`) has no such match.
 */
function findLostDropCaps(text: string, side: Side, paragraphs: readonly Span[], words: () => TextWords): Artifact[] {
  const candidates = paragraphs.filter((paragraph) => /^\p{Ll}{2,}(?![\p{L}\p{N}]*\p{Lu})/u.test(text.slice(paragraph.start, paragraph.start + 40)))
  if (candidates.length === 0) return []
  // One pass over the words: every form counted (linear, whatever the number of candidates); a candidate with a capital A–Z in front is looked up.
  const {count, formIds, forms} = words()
  const occurrences = new Int32Array(forms.size)
  for (let index = 0; index < count; index++) occurrences[formIds[index]!]!++
  const capitalized = (word: string): number => {
    const form = forms.find(word)
    return form === undefined || form >= occurrences.length ? 0 : occurrences[form]!
  }
  const found: Artifact[] = []
  for (const paragraph of candidates) {
    const first = tokenizeWords(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60)), paragraph.start)[0]
    if (!first) continue
    let best: string | undefined
    let bestCount = 0
    for (const capital of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const seen = capitalized(capital + first.text)
      if (seen > bestCount) {
        best = capital + first.text
        bestCount = seen
      }
    }
    if (best === undefined) continue
    found.push(makeArtifact(text, side, 'scraper-residue', first.start, first.end, 'error', `The first letter of \`${best}\` was lost to a drop cap.`, best))
  }
  return found
}

/** The ASCII characters `gluedHeadingPattern`'s heading may not hold, one flag per code unit below 0x80. */
const asciiHeadingStops = /* @__PURE__ */ Uint8Array.from({length: 0x80}, (_, code) => ('.,;:!?"()\n'.includes(String.fromCharCode(code)) ? 1 : 0))

/** True for a code unit of the characters `gluedHeadingPattern`'s heading may not hold: `.,;:!?"“”‘’()` and a line break. */
function isHeadingStop(code: number): boolean {
  if (code < 0x80) return asciiHeadingStops[code] === 1
  return code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019
}

/** The words `gluedHeadingPattern` takes for the start of the sentence after a heading (each followed by a space). */
const sentenceOpeners: ReadonlySet<string> = /* @__PURE__ */ new Set([...openersBeforeLowercase, ...openersBeforeAnyWord])
/** The longest of `sentenceOpeners`. */
const longestOpener = /* @__PURE__ */ Math.max(...openersBeforeLowercase.map((word) => word.length), ...openersBeforeAnyWord.map((word) => word.length))

/**
 * False when `gluedHeadingPattern` cannot match at the start of the
 * paragraph: its heading (a capital, 10 to 120 characters and a letter or
 * digit, none of them a stop character, `isHeadingStop`) must be followed by a space
 * and one of `sentenceOpeners` with a space after it. A cheap test before
 * the pattern, whose lazy heading is tried at every length up to 120.
 */
export function mayOpenWithGluedHeading(text: string, paragraph: Span): boolean {
  // The space is 12 code units in at the earliest (a capital, ten characters, a letter or digit) and 244 at the latest (122 code points, each of two code units at most).
  const last = Math.min(paragraph.end - 2, paragraph.start + 244)
  for (let index = paragraph.start + 1; index <= last; index++) {
    const char = text.charCodeAt(index)
    if (isHeadingStop(char)) return false
    if (char !== 0x20 || index < paragraph.start + 12) continue
    const code = text.charCodeAt(index + 1)
    // Every opener starts with a capital A to Y.
    if (code < 0x41 || code > 0x59) continue
    // The space after the opener, looked for no further than the longest opener reaches inside the paragraph.
    const reach = Math.min(paragraph.end - 1, index + 1 + longestOpener)
    let wordEnd = index + 2
    while (wordEnd <= reach && text.charCodeAt(wordEnd) !== 0x20) wordEnd++
    if (wordEnd <= reach && sentenceOpeners.has(text.slice(index + 1, wordEnd))) return true
  }
  return false
}

/** True when `start`–`end` of the text holds `.`, `!` or `?`. */
function hasSentenceMark(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2e || code === 0x21 || code === 0x3f) return true
  }
  return false
}

const spaceRunPattern = /\s+/g

/**
 * How many runs of whitespace start in `start`–`end` of the text, counted up
 * to `limit`: one less than the pieces of `text.slice(start, end).split(/\s+/)`.
 */
export function countSpaceRunsUpTo(text: string, start: number, end: number, limit: number): number {
  let count = 0
  spaceRunPattern.lastIndex = start
  while (count < limit) {
    const match = spaceRunPattern.exec(text)
    if (match === null || match.index >= end) break
    count++
  }
  return count
}

/** Move past whitespace from `index`. */
function skipWhitespace(text: string, index: number): number {
  while (index < text.length && /\s/.test(text[index]!)) index++
  return index
}
