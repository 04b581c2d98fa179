import type {TextSpan} from '../../types'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {nameTokens} from './name-variants'
import {analyzeSide, sideValue} from './analyze-side'
import {foldWord, sliceSide} from './signal-text'

/**
 * The quotations of a bead side and their forms, for the quote detector
 * (`findQuoteSignals`) and the name detector's quoted titles. Internal to
 * `compare/signals`.
 */

/** A quotation in one side: the text between its marks. */
export interface Quotation extends TextSpan {
  /** Lowercase words as written (apostrophes folded). */
  readonly words: readonly string[]
  /** The words as written, as `tokenizeWords` splits the quotation (what `formsOf` reads). */
  readonly tokens: readonly string[]
}

/** The forms of each quotation, worked out when first asked for (`formsOf`). */
const quotationForms = /* @__PURE__ */ new WeakMap<Quotation, readonly string[]>()

/**
 * A quotation's words with contractions expanded and name variants folded
 * (`we've` → `we have`, `USA` → `us`), worked out when first asked for: only a
 * quotation not found word for word on the other side needs them.
 *
 * @param quote The quotation.
 */
export function formsOf(quote: Quotation): readonly string[] {
  let forms = quotationForms.get(quote)
  if (forms === undefined) {
    // Capitals are kept on acronyms only, so that `US` is the country and `us` the pronoun.
    const expanded = quote.tokens.flatMap((token, i) => (/^\p{Lu}[\p{Lu}.]+$/u.test(token) ? [token] : expand(quote.words[i] as string)))
    forms = nameTokens(expanded).map((t) => t.key)
    quotationForms.set(quote, forms)
  }
  return forms
}

/**
 * Quote marks: typographic, straight, guillemets, and HTML-entity forms with
 * or without their ampersand (`&quot;`, `quot;`), which machine round trips
 * leave behind.
 */
const markPattern = /&quot;|&#34;|quot;|[“”„«»"]/g

const contractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/^can't$/, 'can not'], [/^cannot$/, 'can not'], [/^won't$/, 'will not'], [/^(\w+)n't$/, '$1 not'],
  [/^(\w+)'ve$/, '$1 have'], [/^(\w+)'re$/, '$1 are'], [/^(\w+)'ll$/, '$1 will'], [/^(\w+)'d$/, '$1 would'],
  [/^i'm$/, 'i am'], [/^(it|that|there|what|he|she)'s$/, '$1 is'], [/^let's$/, 'let us'],
]

function expand(word: string): string[] {
  if (!word.includes("'") && word !== 'cannot') return [word]
  for (const [pattern, replacement] of contractions) {
    if (pattern.test(word)) return word.replace(pattern, replacement).split(' ')
  }
  return [word]
}

/**
 * Find the quotations of one bead side. Opening and closing typographic
 * marks pair up; straight marks and entity residue alternate between opening
 * and closing. An unclosed mark quotes nothing.
 *
 * Worked out once per side (`sideValue`): the quote detector and the name
 * detector's quoted titles (`inQuotedTitle`, asked for each name left over)
 * both read them.
 *
 * @param side The bead side.
 * @returns Quotations in reading order, spans (inside the marks) into the whole document; the array is shared, not to be changed.
 */
export function findQuotations(side: TextSpan): readonly Quotation[] {
  return sideValue(analyzeSide(side), 'quotations', quotationsOf)
}

/** `findQuotations` worked out. */
function quotationsOf(side: TextSpan): Quotation[] {
  const found: Quotation[] = []
  let open: number | undefined
  markPattern.lastIndex = 0
  for (let match = markPattern.exec(side.text); match !== null; match = markPattern.exec(side.text)) {
    const mark = match[0]
    const isOpening = mark === '“' || mark === '„' || mark === '«'
    const isClosing = mark === '”' || mark === '»'
    if (isOpening || (open === undefined && !isClosing)) {
      open = match.index + mark.length
      continue
    }
    if (open === undefined) continue
    const raw = side.text.slice(open, match.index)
    const lead = raw.length - raw.trimStart().length
    const trail = raw.length - raw.trimEnd().length
    const start = side.start + open + lead
    const end = side.start + match.index - trail
    open = undefined
    if (end <= start) continue
    const span = sliceSide(side, start, end)
    const tokens = tokenizeWords(span.text).map((w) => w.text)
    if (tokens.length === 0) continue
    found.push({start: span.start, end: span.end, text: span.text, words: tokens.map(foldWord), tokens})
  }
  return found
}

