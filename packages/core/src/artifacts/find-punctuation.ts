import type {Artifact, Side, Span} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'
import {Claims} from './claims'
import {markupPatterns} from './find-markup-residue'

/**
 * Doubled marks: `,,`, `;;`, exactly two periods, and a comma or semicolon
 * followed by another mark (`, .`, `;,`). Not `.,` (`U.S., Britain`), not
 * `...`, not `::` (code), not `?!`, and not the semicolon that closes an
 * entity (`&quot;.` is entity residue, not doubled punctuation).
 */
const doubledPattern = /,{2,}|,[ \t]*[.,;:](?![.\d])|(?<!\.)\.\.(?![./])|(?<!&#?\w{1,10}|quot|amp|apos|[lr][sd]quo|nbsp|#\d{2,7});(?:;+|[ \t]*[.,:](?![.\d]))/g
/** A sentence end followed by a stray mark after a space: `development." .`, `now! ,`; not a spaced ellipsis (`. . .`). */
const strayAfterEndPattern = /(?<!\.[ \t]?)[.!?]["”’]*[ \t]+[.,;:](?![.\d\p{L}]|[ \t]\.)/gu
/** Double-quote tokens, counting entity residue for `"` as a quote. */
const quotePattern = /"|“|”|„|&(?:amp;){0,4}(?:quot|#34|#x22);|(?<![\p{L}\p{N}&_;])quot;/gu

/**
 * Find punctuation that marks rewritten or scraped text: doubled marks
 * (`,,`, `development." .`) and double quotation marks that are detached
 * from their words (`America, "witnesses said`) or left unbalanced. Quotes
 * are followed through each paragraph with a small state machine; a quote
 * still open at the end of a paragraph is fine when the next paragraph opens
 * with a quote (the British continuation convention). Single quotes are not
 * checked: `’` doubles as the apostrophe. Inch marks after digits (`12"`)
 * are ignored. Severity `warning`.
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The punctuation problems in order; doubled marks and detached quotes carry a repair.
 */
export function findPunctuation(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  const found: Artifact[] = []
  const claimed = new Claims(text.length)
  for (const match of text.matchAll(strayAfterEndPattern)) {
    const start = match.index
    const end = start + match[0].length
    const kept = withoutStrayMark(match[0])
    claimed.claim(start, end)
    found.push(makeArtifact(text, side, 'punctuation', start, end, 'warning', 'A stray punctuation mark follows the end of the sentence.', kept))
  }
  for (const match of text.matchAll(doubledPattern)) {
    const start = match.index
    const end = start + match[0].length
    if (claimed.any(start, end)) continue
    const first = match[0][0]!
    const last = match[0][match[0].length - 1]!
    const suggestion = first === last ? first : last === '.' ? '.' : first
    found.push(makeArtifact(text, side, 'punctuation', start, end, 'warning', `The punctuation \`${match[0]}\` is doubled.`, suggestion))
  }
  // Quotes inside tags and shortcodes (`width="640"`) are markup, not prose.
  const markup = new Claims(text.length)
  if (/[<[]/.test(text)) {
    for (const pattern of markupPatterns) for (const match of text.matchAll(pattern)) markup.claim(match.index, match.index + match[0].length)
  }
  const paragraphs = context.paragraphs
  paragraphs.forEach((paragraph, index) => {
    found.push(...checkQuotes(text, side, paragraph, paragraphs[index + 1], markup))
  })
  return found.sort((a, b) => a.start - b.start)
}

/** Follow double quotes through one paragraph and report detached and unbalanced ones. */
function checkQuotes(text: string, side: Side, paragraph: Span, next: Span | undefined, markup: Claims): Artifact[] {
  const found: Artifact[] = []
  const body = text.slice(paragraph.start, paragraph.end)
  if (!/["“”„]|quot;/.test(body)) return found
  // `low`: opened by `„`, which `“` closes (German, Czech, Polish: „so“); French « » is never judged.
  let open: {start: number; end: number; low?: boolean} | undefined
  for (const match of body.matchAll(quotePattern)) {
    const start = paragraph.start + match.index
    const end = start + match[0].length
    const before = start > paragraph.start ? text[start - 1]! : ' '
    const after = end < paragraph.end ? text[end]! : ' '
    if (markup.has(start) || before === '\\') continue
    if (match[0] === '„') {
      // Only in an opening position: inside a word it is a piece of mojibake (`â„¢`).
      if (/[\s([{—–/]/.test(before)) open = {start, end, low: true}
      continue
    }
    if (match[0] === '“') {
      if (open?.low) open = undefined
      else open = {start, end}
      continue
    }
    if (match[0] === '”') {
      if (open) open = undefined
      // Swedish and Finnish open with `”` too (”Hej”): an opening position is an opening quote.
      else if (/[\s([{—–]/.test(before) && !/\s/.test(after)) open = {start, end}
      else found.push(makeArtifact(text, side, 'punctuation', start, end, 'warning', 'This closing quotation mark has no opening one.'))
      continue
    }
    const openingLike = /[\s([{—–/]/.test(before)
    const closingLike = /[\s.,;:!?)\]—–]/.test(after)
    if (openingLike && closingLike) {
      // An isolated quote between spaces: attach it to the side it belongs to.
      if (open) {
        let from = start
        while (from > paragraph.start && /[ \t]/.test(text[from - 1]!)) from--
        found.push(makeArtifact(text, side, 'punctuation', from, end, 'warning', 'A closing quotation mark is detached from the words it closes.', match[0]))
        open = undefined
      } else {
        let to = end
        while (to < paragraph.end && /[ \t]/.test(text[to]!)) to++
        found.push(makeArtifact(text, side, 'punctuation', start, to, 'warning', 'An opening quotation mark is detached from the words it opens.', match[0]))
        open = {start, end}
      }
    } else if (openingLike) {
      if (!open) {
        open = {start, end}
        continue
      }
      const detached = /[,.!?][ \t]+$/.exec(text.slice(Math.max(paragraph.start, start - 4), start))
      if (detached) {
        const from = start - detached[0].length
        const mark = detached[0][0]!
        found.push(makeArtifact(text, side, 'punctuation', from, end, 'warning', 'A closing quotation mark is detached from the words it closes.', `${mark}${match[0]} `))
        open = undefined
      } else {
        found.push(unclosed(text, side, open))
        open = {start, end}
      }
    } else if (closingLike) {
      if (open) open = undefined
      else if (!/[\p{N}]/u.test(before)) {
        found.push(makeArtifact(text, side, 'punctuation', start, end, 'warning', 'This closing quotation mark has no opening one.'))
      }
    } else if (/[.!?,;:]/.test(before)) {
      // Glued on both sides after punctuation (`no."The`): the spacing detector reports the glue; here it just toggles.
      open = open ? undefined : {start, end}
    }
  }
  if (open) {
    const continues = next !== undefined && /^["“„”]/.test(text.slice(next.start, next.start + 1))
    if (!continues) found.push(unclosed(text, side, open))
  }
  return found
}

function unclosed(text: string, side: Side, open: Span): Artifact {
  return makeArtifact(text, side, 'punctuation', open.start, open.end, 'warning', 'This quotation mark is never closed.')
}

/**
 * A stray-mark match without its final mark and the spaces or tabs before it.
 * A backward scan rather than `/[ \t]+[.,;:]$/`, which is quadratic on a long
 * run of spaces.
 */
function withoutStrayMark(match: string): string {
  let cut = match.length - 1
  while (cut > 0 && (match[cut - 1] === ' ' || match[cut - 1] === '\t')) cut--
  return cut === match.length - 1 ? match : match.slice(0, cut)
}
