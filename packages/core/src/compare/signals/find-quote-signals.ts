import type {Signal, TextSpan} from '../../types'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {type AnalyzedSide, analyzeSide, wordsOf} from './analyze-side'
import {foldWord, isContentWord, quoted, type SignalWord} from './signal-text'
import {findQuotations, formsOf, type Quotation} from './quotations'

export {findQuotations, type Quotation} from './quotations'

/**
 * True for a quotation that is a title or a name rather than speech: ten
 * words at most, no sentence punctuation, and every word of three letters or
 * more capitalized ("The Last Drop", "Das Heimatkleid", "Fuji no Kuni Sports
 * Supporters"). Translators put titles in marks or not, keep them in the
 * source language or translate them; the `entity` signal speaks for names.
 */
function isTitle(quote: Quotation): boolean {
  if (quote.words.length > 10 || /[.!?;]/.test(quote.text)) return false
  const long = quote.text.split(/[\s\-‐]+/).filter((word) => /\p{L}{3}/u.test(word))
  return long.length > 0 && long.every((word) => /^[("'‘]?\p{Lu}/u.test(word))
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
 * How far a quotation may drift before it is worth more than `info`: its
 * content words must overlap at least `margin` less (Dice) than the words
 * around the quotations do, and those surroundings must be `close` (Dice ≥
 * 0.5 over at least `minWords` lowercase content words on each side).
 */
const surroundings = {close: 0.5, margin: 0.25, minWords: 4} as const

/**
 * Content-word keys of a side: those inside each quotation, and the
 * lowercase ones outside every quotation. Outside the marks, names and
 * figures are left out: every translator keeps them, so an attribution such
 * as "said Carsten Cramer to the Tagesspiegel" tells nothing about how
 * freely the sentence was worded.
 */
function contentKeys(side: AnalyzedSide, quotes: readonly Quotation[]): {inside: Set<string>[]; outside: Set<string>} {
  const inside = quotes.map(() => new Set<string>())
  const outside = new Set<string>()
  let at = 0
  for (const word of wordsOf(side) as readonly SignalWord[]) {
    if (!isContentWord(word)) continue
    while (at < quotes.length && (quotes[at] as Quotation).end <= word.start) at++
    const quote = quotes[at]
    if (quote !== undefined && word.start >= quote.start) (inside[at] as Set<string>).add(word.key)
    else if (/^\p{Ll}/u.test(word.text)) outside.add(word.key)
  }
  return {inside, outside}
}

/** Share of `keys` found in `other` (1 when `keys` is empty). */
function coverage(keys: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let found = 0
  for (const key of keys) if (other.has(key)) found++
  return keys.size === 0 ? 1 : found / keys.size
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
 * Two translators of a foreign quotation never word it alike, so what counts
 * is whether the quotation drifted more than the sentence around it
 * (`surroundings`): a quotation reworded while the words around it stay
 * close is a `warning`; a quotation inside a sentence reworded as a whole,
 * or a sentence that is all quotation, is `info`. Likewise a quotation
 * dropped or added with its words paraphrased is a `warning` only when the
 * rest of the sentence is close and most of its words are gone, else `info`.
 * Only contractions or name forms changed (`we've` → `we have`,
 * `US` → `United States`), quotation marks dropped or added around the
 * same words, and a quoted title or name (`isTitle`: "The Last Drop" ↔
 * "Poslední kapka") are `info`.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `quote` signals, spans into the whole documents.
 */
export function findQuoteSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const variantQuotes = findQuotations(variant)
  const sourceQuotes = findQuotations(source)
  if (variantQuotes.length === 0 && sourceQuotes.length === 0) return []
  const pairs = pairQuotations(sourceQuotes, variantQuotes)
  const paired = new Set(pairs.values())
  const variantIndex = new Map(variantQuotes.map((quote, k) => [quote, k] as const))
  const signals: Signal[] = []
  const spanOf = ({start, end, text}: Quotation): TextSpan => ({start, end, text})
  // The words inside and around the quotations, worked out for the first quotation that is not kept
  // word for word (most beads keep every one).
  let weighed: {sourceKeys: ReturnType<typeof contentKeys>; variantKeys: ReturnType<typeof contentKeys>; around: number} | undefined
  const weigh = (): NonNullable<typeof weighed> => {
    if (weighed !== undefined) return weighed
    const sourceKeys = contentKeys(analyzeSide(source), sourceQuotes)
    const variantKeys = contentKeys(analyzeSide(variant), variantQuotes)
    const around = sourceKeys.outside.size >= surroundings.minWords && variantKeys.outside.size >= surroundings.minWords ? overlap(sourceKeys.outside, variantKeys.outside) : 0
    return (weighed = {sourceKeys, variantKeys, around})
  }
  // The quotation's own overlap must fall this low to stand out from its sentence.
  const drifted = (quoteOverlap: number): boolean => weigh().around >= surroundings.close && weigh().around - quoteOverlap >= surroundings.margin
  const allOf = (keys: {inside: Set<string>[]; outside: Set<string>}): Set<string> => new Set([...keys.outside, ...keys.inside.flatMap((set) => [...set])])
  let inVariant: ((needle: readonly string[]) => boolean) | undefined
  let inSource: ((needle: readonly string[]) => boolean) | undefined
  let variantAll: Set<string> | undefined
  let sourceAll: Set<string> | undefined
  for (const [i, quote] of sourceQuotes.entries()) {
    const best = pairs.get(quote)
    if (best === undefined) {
      inVariant ??= wordSequenceFinder(variant.text)
      if (inVariant(quote.words)) {
        signals.push({kind: 'quote', severity: 'info', message: `Quotation marks dropped around ${quoted(quote.text)}.`, source: spanOf(quote)})
      } else {
        variantAll ??= allOf(weigh().variantKeys)
        const gone = !isTitle(quote) && drifted(coverage(weigh().sourceKeys.inside[i] as Set<string>, variantAll))
        signals.push({kind: 'quote', severity: gone ? 'warning' : 'info', message: `Quotation dropped or paraphrased: ${quoted(quote.text)}.`, source: spanOf(quote)})
      }
      continue
    }
    if (same(quote.words, best.words)) continue
    const formOnly = same(formsOf(quote), formsOf(best))
    const reworded = !formOnly && !isTitle(quote) && !isTitle(best) && drifted(overlap(weigh().sourceKeys.inside[i] as Set<string>, weigh().variantKeys.inside[variantIndex.get(best) as number] as Set<string>))
    signals.push({
      kind: 'quote',
      severity: reworded ? 'warning' : 'info',
      message: formOnly
        ? `Quotation changed in form: ${quoted(quote.text)} → ${quoted(best.text)}.`
        : `Quotation no longer verbatim: ${quoted(quote.text)} → ${quoted(best.text)}.`,
      source: spanOf(quote),
      variant: spanOf(best),
    })
  }
  for (const [k, other] of variantQuotes.entries()) {
    if (paired.has(other)) continue
    inSource ??= wordSequenceFinder(source.text)
    if (inSource(other.words)) {
      signals.push({kind: 'quote', severity: 'info', message: `Quotation marks added around ${quoted(other.text)}.`, variant: spanOf(other)})
      continue
    }
    sourceAll ??= allOf(weigh().sourceKeys)
    const added = !isTitle(other) && drifted(coverage(weigh().variantKeys.inside[k] as Set<string>, sourceAll))
    signals.push({kind: 'quote', severity: added ? 'warning' : 'info', message: `Quotation added: ${quoted(other.text)}.`, variant: spanOf(other)})
  }
  return signals
}

/**
 * Pair source quotations with variant quotations: identical words first
 * (case and punctuation aside), then the largest word overlap (Dice ≥ 0.3),
 * ties going to the quotation nearest in relative position; when as many
 * quotations are left on each side, they pair in reading order. A bead holds a
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
  // The variant quotations' forms, made for the first source quotation left: most pair word for word.
  let variantForms: Set<string>[] | undefined
  const windowed = sourceQuotes.length * variantQuotes.length > 10_000
  for (const [i, quote] of sourceQuotes.entries()) {
    if (pairs.has(quote)) continue
    const forms = new Set(formsOf(quote))
    variantForms ??= variantQuotes.map((other) => new Set(formsOf(other)))
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
  // As many quotations left on each side: reworded beyond recognition, each stands where the other did.
  const leftSource = sourceQuotes.filter((quote) => !pairs.has(quote))
  const leftVariant = variantQuotes.filter((_, k) => !taken.has(k))
  if (leftSource.length === leftVariant.length) for (const [i, quote] of leftSource.entries()) pairs.set(quote, leftVariant[i] as Quotation)
  return pairs
}
