import {lookupTable, unionOf} from '../../lookup-table'

/**
 * English number words: cardinals, ordinals, scales and vague amounts, for
 * reading quantities in any of their written forms. Written by hand (the
 * closed class of English numerals).
 */

/** Cardinal words below a hundred, and `dozen`. */
export const cardinalWords: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
})

/** Ordinal words and their number (`first` is left out: "at first", "first time" rank nothing). */
export const ordinalWords: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
})

/**
 * Scale words and abbreviations (`5bn`, `$3m`), with `milliard` (10⁹ in
 * British and European usage) and the one-l spellings `milion` and
 * `miliard` that translations from Slavic and Romance languages carry over,
 * with their abbreviations `mil.`, `bil.` and `mld.` (`5 mld. CZK`).
 */
export const scaleWords: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3, mn: 1e6, mln: 1e6, tn: 1e12,
  milion: 1e6, milliard: 1e9, miliard: 1e9, mil: 1e6, bil: 1e9, mld: 1e9,
})

/** Vague amounts: a size, not a figure. */
export const vagueAmounts: ReadonlySet<string> = /* @__PURE__ */ new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens'])

/** Vague amounts of the same size: "scores of" is "dozens of". */
export const vagueSynonyms: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([['scores', 'dozens']])

/** The denominator a fraction word stands for after a cardinal (`one third`, `two-thirds`, `three quarters`). */
export const fractionDenominators: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
})

/** Fractions written as words or characters. */
export const fractionWords: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({
  half: 0.5, quarter: 0.25, '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125,
})

const numberWordSet: ReadonlySet<string> = /* @__PURE__ */ unionOf(/* @__PURE__ */ Object.keys(cardinalWords), /* @__PURE__ */ Object.keys(scaleWords), /* @__PURE__ */ Object.keys(ordinalWords), vagueAmounts)

/**
 * True when a lowercased word may be a number: a digit first, a number word
 * (`twenty`, `dozens`, `fifth`), a fraction sign first (`½`), or hyphenated
 * (`twenty-five`). The one test the sentence analysis and the number signals
 * share.
 */
export function isNumberLike(lower: string): boolean {
  const first = lower.charCodeAt(0)
  return (first >= 48 && first <= 57) || numberWordSet.has(lower) || lower.includes('-') || Object.hasOwn(fractionWords, lower[0] as string)
}
