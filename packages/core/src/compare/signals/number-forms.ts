import {cardinalWords, fractionDenominators, fractionWords, measurementUnits, type MeasurementUnit, ordinalWords, scaleWords, toBaseUnit} from '../../normalize/lexicon/index'

/**
 * Reading one written number in any of its forms: figures with thousands
 * separators or a decimal comma (`1,200`, `3,5`), number words and their
 * hyphenated compounds (`twenty-five`, `seven-thousand`), scaled figures
 * (`5bn`, `70.6-million`), ordinals (`4th`, `fourth`), fractions (`2½`) and
 * the unit that follows (`seven-mile`, `11 kilometres`). The word tables live
 * in `normalize/lexicon`.
 */

/** A quantity's size in its dimension's base unit, for comparing across units. */
export interface Measure {
  readonly dimension: MeasurementUnit['dimension']
  readonly base: number
}

export {isNumberLike} from '../../normalize/lexicon/index'

/**
 * The value of a figure: `1,200` (commas before groups of three digits are
 * thousands separators), `3,5` and `1,75` (any other comma is a decimal
 * comma), `62.5`; undefined for anything else.
 */
export function figureValue(text: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) || /^\d+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''))
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'))
  return undefined
}

/** Value of a run of number words joined by hyphens or given one by one (`seven`, `thousand`). */
function numberWordsValue(parts: readonly string[]): number | undefined {
  let total = 0
  let current = 0
  for (const part of parts) {
    if (Object.hasOwn(cardinalWords, part)) current += cardinalWords[part] as number
    else if (Object.hasOwn(scaleWords, part) && part.length > 2) {
      const scale = scaleWords[part] as number
      if (scale >= 1000) {
        total += (current === 0 ? 1 : current) * scale
        current = 0
      } else current = (current === 0 ? 1 : current) * scale
    } else return undefined
  }
  return total + current
}

/**
 * Value of a single word, or undefined when it is not a number word or
 * figure (`twenty-five`, `seven-thousand`, `5bn`, `70.6-million`,
 * `25-year-old`, `three-hour`, `2½`, `fourth`, `fourth-placed`).
 */
export function wordValue(lower: string): number | undefined {
  const figure = figureValue(lower)
  if (figure !== undefined) return figure
  if (Object.hasOwn(cardinalWords, lower)) return cardinalWords[lower]
  if (Object.hasOwn(scaleWords, lower) && lower.length > 2) return scaleWords[lower]
  if (Object.hasOwn(ordinalWords, lower)) return ordinalWords[lower]
  const withFraction = /^(\d+)([½¼¾⅓⅔⅛])$/u.exec(lower)
  if (withFraction !== null) return Number(withFraction[1]) + (fractionWords[withFraction[2] as string] as number)
  if (lower.includes('-')) {
    const parts = lower.split('-')
    // All number words: `twenty-five`, `seven-thousand`.
    const spelled = numberWordsValue(parts)
    if (spelled !== undefined) return spelled
    // A compound ordinal: `twenty-first`, `thirty-second`.
    const compoundOrdinal = parts.length === 2 ? ordinalAfterTens(parts[0] as string, parts[1] as string) : undefined
    if (compoundOrdinal !== undefined) return compoundOrdinal
    // A fraction: `one-third`, `two-thirds`.
    const [count = '', part = ''] = parts
    if (parts.length === 2 && Object.hasOwn(cardinalWords, count) && Object.hasOwn(fractionDenominators, part)) {
      return (cardinalWords[count] as number) / (fractionDenominators[part] as number)
    }
    // A half after a count: `six-and-a-half`, `two-and-a-half-year` (`six and a half` on the other side).
    const andAHalf = lower.includes('-and-a-half') ? /^([a-z]+|\d+)-and-a-half(?:-\p{L}+)*$/u.exec(lower) : null
    const whole = andAHalf === null ? undefined : (figureValue(andAHalf[1] as string) ?? cardinalWords[andAHalf[1] as string])
    if (whole !== undefined) return whole + 0.5
    // A figure and a scale: `70.6-million`, `$5-billion`.
    const scaled = /^(\d[\d,]*(?:\.\d+)?)-(million|billion|trillion|thousand|bn|m)$/.exec(lower)
    if (scaled !== null) return (figureValue(scaled[1] as string) ?? Number.NaN) * (scaleWords[scaled[2] as string] as number)
  }
  const withScale = /^(\d+(?:\.\d+)?)(bn|m|k|mn|mln|tn)$/.exec(lower)
  if (withScale !== null) return Number(withScale[1]) * (scaleWords[withScale[2] as string] as number)
  // A figure that opens a compound: `25-year-old`, `15,000-strong`.
  const compound = /^(\d[\d,]*(?:\.\d+)?)-\p{L}/u.exec(lower)
  if (compound !== null) return figureValue(compound[1] as string)
  // A number word that opens one: `three-hour`, `two-day`, `fourth-placed` (not `one-sided`, `one-off`).
  const wordCompound = /^([a-z]+)-\p{L}/u.exec(lower)
  if (wordCompound !== null) {
    const word = wordCompound[1] as string
    // A scale opens one too: "a thousand-year history" ↔ "a thousand years of history".
    const opening = cardinalWords[word] ?? ordinalWords[word] ?? (/^(?:hundred|thousand|million|billion)$/.test(word) ? scaleWords[word] : undefined)
    if (opening !== undefined && opening >= 2) return opening
  }
  return undefined
}

/**
 * The value of a tens word followed by an ordinal unit (`twenty` `first` →
 * 21, `thirty` `second` → 32), or undefined. `first` alone is no ordinal
 * quantity ("at first"), but after a tens word it can only be one.
 */
export function ordinalAfterTens(tens: string, unit: string): number | undefined {
  const tensValue = cardinalWords[tens]
  if (tensValue === undefined || tensValue < 20 || tensValue % 10 !== 0) return undefined
  const unitValue = unit === 'first' ? 1 : ordinalWords[unit]
  return unitValue !== undefined && unitValue < 10 ? tensValue + unitValue : undefined
}

/** True for an ordinal written as a word (`fourth`, `fourth-placed`), which pairs like a bare `one`. */
export function isOrdinalWord(lower: string): boolean {
  return Object.hasOwn(ordinalWords, lower.split('-')[0] as string)
}

/**
 * The measure of a quantity from the unit right after it: a unit glued by a
 * hyphen (`seven-mile`, `11-kilometre`), or the next word or symbol
 * (`11 km`, `40 °F`, `5 pounds`). Undefined when no unit follows.
 *
 * @param value The quantity's value.
 * @param word The quantity's last word as written, lowercase.
 * @param following The text right after the quantity.
 */
export function measureOf(value: number, word: string, following: string): Measure | undefined {
  const glued = /^[^-]*\d[^-]*-([a-z]+)$|^[a-z]+-([a-z]+)$/.exec(word)
  const unitWord = glued?.[1] ?? glued?.[2] ?? /^\s?(°\s?[cf]\b|[a-z]+(?:\/h)?)/i.exec(following)?.[1]?.toLowerCase().replace(/\s/g, '')
  if (unitWord === undefined || !Object.hasOwn(measurementUnits, unitWord)) return undefined
  // One-letter units only as symbols right after a figure (`5 m`, `3 t`), never as words (`a m`).
  if (unitWord.length === 1 && !/\d$/.test(word)) return undefined
  const unit = measurementUnits[unitWord] as MeasurementUnit
  return {dimension: unit.dimension, base: toBaseUnit(value, unit)}
}

/**
 * True when two measures are one quantity in two units: the same dimension
 * and values within 6 % (a conversion rounded for print: seven miles is
 * 11.3 km), or within 1.5 degrees for temperatures.
 */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension) return false
  if (a.dimension === 'temperature') return Math.abs(a.base - b.base) <= 1.5
  const larger = Math.max(Math.abs(a.base), Math.abs(b.base))
  return larger === 0 || Math.abs(a.base - b.base) <= 0.06 * larger
}

/** The spelled fractions that a percentage may stand for, with their patterns. */
const fractionPattern = /* @__PURE__ */ new RegExp(
  [
    '\\b(?<half>(?:a|one)[ -]half|half|halved)\\b',
    `\\b(?<count>a|one|two|three|four|five|six|seven|eight|nine)[ -](?<part>${Object.keys(fractionDenominators).join('|')})\\b`,
    '\\bone\\s+(?:in|out\\s+of)\\s+(?<every>two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\b',
  ].join('|'),
  'gi',
)

/**
 * The shares a side gives as words (`half` 0.5, `two thirds` ⅔, `a
 * quarter` ¼, `one in five` 0.2), so that a percentage on the other side
 * (`50 percent`) is the same share in another form.
 *
 * @param text The side's text.
 * @returns The shares, in [0, 1], each with where it stands in `text`.
 */
export function fractionsOf(text: string): SpelledShare[] {
  const found: SpelledShare[] = []
  for (const match of text.matchAll(fractionPattern)) {
    const groups = match.groups ?? {}
    let share: number
    if (groups.half !== undefined) share = 0.5
    else if (groups.every !== undefined) {
      const every = groups.every.toLowerCase()
      share = 1 / (cardinalWords[every] ?? Number(every))
    } else {
      const count = (groups.count ?? '').toLowerCase()
      share = (count === 'a' ? 1 : (cardinalWords[count] as number)) / (fractionDenominators[(groups.part ?? '').toLowerCase()] as number)
    }
    if (Number.isFinite(share)) found.push({share, start: match.index, end: match.index + match[0].length})
  }
  return found
}

/** A share written in words, and where it stands (offsets into the text it was read from). */
export interface SpelledShare {
  readonly share: number
  readonly start: number
  readonly end: number
}

/**
 * The figures that stand inside a code or a name written as letters and
 * digits (`G7` → 7, `G-20` → 20, `A81` → 81, `COVID—19` → 19), as strings: the
 * other side may spell the name out ("Group of Seven") and the figure is
 * then no quantity gained or lost.
 *
 * @param text The side's text.
 */
export function codeFigures(text: string): Set<string> {
  const found = new Set<string>()
  for (const match of text.matchAll(/\b\p{Lu}{1,6}[-–—]?(\d{1,3})\b/gu)) found.add(String(Number(match[1])))
  return found
}
