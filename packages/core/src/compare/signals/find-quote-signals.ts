import type {Signal, TextSpan} from '../../types'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {nameTokens} from './name-variants'
import {foldWord, quoted, sliceSide} from './signal-text'

/** A quotation in one side: the text between its marks. */
export interface Quotation extends TextSpan {
  /** Lowercase words as written (apostrophes folded). */
  readonly words: readonly string[]
  /** Words with contractions expanded and name variants folded (`we've` → `we have`, `USA` → `us`). */
  readonly forms: readonly string[]
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
 * @param side The bead side.
 * @returns Quotations in reading order, spans (inside the marks) into the whole document.
 */
export function findQuotations(side: TextSpan): Quotation[] {
  const found: Quotation[] = []
  let open: number | undefined
  for (const match of side.text.matchAll(markPattern)) {
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
    const words = tokens.map(foldWord)
    // Capitals are kept on acronyms only, so that `US` is the country and `us` the pronoun.
    const expanded = tokens.flatMap((token) => (/^\p{Lu}[\p{Lu}.]+$/u.test(token) ? [token] : expand(foldWord(token))))
    found.push({...span, words, forms: nameTokens(expanded).map((t) => t.key)})
  }
  return found
}

/** Dice overlap of two word sets. */
function overlap(setA: ReadonlySet<string>, setB: ReadonlySet<string>): number {
  let shared = 0
  for (const word of setA) if (setB.has(word)) shared++
  return setA.size + setB.size === 0 ? 0 : (2 * shared) / (setA.size + setB.size)
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i])

/**
 * A test for "do these words appear in this order in the text?", with the
 * text split once and its words indexed by position.
 */
function wordSequenceFinder(text: string): (needle: readonly string[]) => boolean {
  const words = tokenizeWords(text).map((w) => foldWord(w.text))
  const positions = new Map<string, number[]>()
  for (const [i, word] of words.entries()) {
    const list = positions.get(word)
    if (list === undefined) positions.set(word, [i])
    else list.push(i)
  }
  return (needle) => (positions.get(needle[0] as string) ?? []).some((i) => needle.every((w, k) => words[i + k] === w))
}

/**
 * Find quotations that are no longer verbatim between the two sides of a
 * bead. Quoted speech must be kept word for word: "Down, Down USA!" →
 * "Down, down, United States!" is a signal. Not a signal: the same quotation
 * moved within the sentence, a change of quote-mark style, of letter case or
 * of punctuation inside the marks.
 *
 * Each source quotation is paired with a variant quotation of the same words,
 * else with the one that shares the most words (at least 30 %, Dice over
 * word sets; see `pairQuotations`).
 *
 * Severity: other words inside the marks are an `error`; only contractions or
 * name forms changed (`we've` → `we have`, `US` → `United States`) a
 * `warning`; a quotation dropped or added with its words paraphrased a
 * `warning`; quotation marks dropped or added around the same words `info`.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `quote` signals, spans into the whole documents.
 */
export function findQuoteSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const variantQuotes = findQuotations(variant)
  const sourceQuotes = findQuotations(source)
  const pairs = pairQuotations(sourceQuotes, variantQuotes)
  const paired = new Set(pairs.values())
  const signals: Signal[] = []
  const spanOf = ({start, end, text}: Quotation): TextSpan => ({start, end, text})
  let inVariant: ((needle: readonly string[]) => boolean) | undefined
  let inSource: ((needle: readonly string[]) => boolean) | undefined
  for (const quote of sourceQuotes) {
    const best = pairs.get(quote)
    if (best === undefined) {
      inVariant ??= wordSequenceFinder(variant.text)
      if (inVariant(quote.words)) {
        signals.push({kind: 'quote', severity: 'info', message: `Quotation marks dropped around ${quoted(quote.text)}.`, source: spanOf(quote)})
      } else {
        signals.push({kind: 'quote', severity: 'warning', message: `Quotation dropped or paraphrased: ${quoted(quote.text)}.`, source: spanOf(quote)})
      }
      continue
    }
    if (same(quote.words, best.words)) continue
    const formOnly = same(quote.forms, best.forms)
    signals.push({
      kind: 'quote',
      severity: formOnly ? 'warning' : 'error',
      message: formOnly
        ? `Quotation changed in form: ${quoted(quote.text)} → ${quoted(best.text)}.`
        : `Quotation no longer verbatim: ${quoted(quote.text)} → ${quoted(best.text)}.`,
      source: spanOf(quote),
      variant: spanOf(best),
    })
  }
  for (const other of variantQuotes) {
    if (paired.has(other)) continue
    inSource ??= wordSequenceFinder(source.text)
    signals.push(
      inSource(other.words)
        ? {kind: 'quote', severity: 'info', message: `Quotation marks added around ${quoted(other.text)}.`, variant: spanOf(other)}
        : {kind: 'quote', severity: 'warning', message: `Quotation added: ${quoted(other.text)}.`, variant: spanOf(other)},
    )
  }
  return signals
}

/**
 * Pair source quotations with variant quotations: identical words first
 * (case and punctuation aside), then the largest word overlap (Dice ≥ 0.3),
 * ties going to the quotation nearest in relative position. A bead holds a
 * handful of quotations; past 10,000 candidate pairs, only the 41 variant
 * quotations around a source quotation's relative position compete.
 */
function pairQuotations(sourceQuotes: readonly Quotation[], variantQuotes: readonly Quotation[]): Map<Quotation, Quotation> {
  const pairs = new Map<Quotation, Quotation>()
  const taken = new Set<number>()
  const byWords = new Map<string, number[]>()
  for (const [k, quote] of variantQuotes.entries()) {
    const key = quote.words.join(' ')
    const list = byWords.get(key)
    if (list === undefined) byWords.set(key, [k])
    else list.push(k)
  }
  for (const quote of sourceQuotes) {
    const k = byWords.get(quote.words.join(' '))?.find((index) => !taken.has(index))
    if (k === undefined) continue
    taken.add(k)
    pairs.set(quote, variantQuotes[k] as Quotation)
  }
  const variantForms = variantQuotes.map((quote) => new Set(quote.forms))
  const windowed = sourceQuotes.length * variantQuotes.length > 10_000
  for (const [i, quote] of sourceQuotes.entries()) {
    if (pairs.has(quote)) continue
    const forms = new Set(quote.forms)
    const centre = (i * variantQuotes.length) / Math.max(1, sourceQuotes.length)
    const from = windowed ? Math.max(0, Math.round(centre) - 20) : 0
    const to = windowed ? Math.min(variantQuotes.length, Math.round(centre) + 21) : variantQuotes.length
    let best = -1
    let bestScore = 0.3
    for (let k = from; k < to; k++) {
      if (taken.has(k)) continue
      const score = overlap(forms, variantForms[k] as Set<string>)
      if (score > bestScore || (score === bestScore && best !== -1 && Math.abs(k - centre) < Math.abs(best - centre)) || (score === bestScore && best === -1)) {
        best = k
        bestScore = score
      }
    }
    if (best === -1) continue
    taken.add(best)
    pairs.set(quote, variantQuotes[best] as Quotation)
  }
  return pairs
}
