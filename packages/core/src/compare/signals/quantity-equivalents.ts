import type {TextSpan} from '../../types'
import type {Quantity} from './find-quantities'
import {analyzeSide, timesOf} from './analyze-side'
import {measurementUnits, toBaseUnit} from '../../normalize/lexicon/index'
import {lookupTable} from '../../lookup-table'
import type {Measure} from './number-forms'

/** How far a percentage may be from a fraction and still give it: `two thirds` ↔ `67%`, `a third` ↔ `33 percent`. */
export const shareTolerance = 0.025

/** The clock times of a side as `time:H:MM` keys (24-hour). */
export function clockKeys(side: TextSpan): Set<string> {
  return new Set(timesOf(analyzeSide(side)).flatMap((time) => time.keys.filter((key) => key.startsWith('time:'))))
}

/**
 * True when a figure is a clock time written with a dot or a comma
 * (`15.30`, `3.30`, the usual form in German and Czech) that the other side
 * writes as a clock (`3:30 pm`, `15:30`), read in 24 or 12 hours.
 */
export function isDottedClock(text: string, otherClocks: ReadonlySet<string>): boolean {
  const clock = /^([01]?\d|2[0-3])[.,]([0-5]\d)$/.exec(text)
  if (clock === null || otherClocks.size === 0) return false
  const hour = Number(clock[1])
  return otherClocks.has(`time:${hour}:${clock[2]}`) || (hour < 12 && otherClocks.has(`time:${hour + 12}:${clock[2]}`))
}

/** True when a percent sign or word follows the quantity (`50%`, `50 percent`, `50 per cent`). */
export function isPercentage(side: TextSpan, quantity: Quantity): boolean {
  return /^\s?(?:%|percent\b|per\s?cent\b|pct\b)/i.test(side.text.slice(quantity.end - side.start, quantity.end - side.start + 10))
}

/**
 * A quantity followed by `o'clock` is an hour of the day, not an amount: it
 * is left out, with the figure the other side gives for the same hour on a
 * 12- or 24-hour clock ("three o'clock" ↔ "at 15", "nine o'clock in the
 * evening" ↔ "21").
 */
export function dropClockHours(rest: Quantity[], own: TextSpan, otherRest: Quantity[]): void {
  for (let k = rest.length - 1; k >= 0; k--) {
    const quantity = rest[k] as Quantity
    if (!/^\s*o['’]clock\b/i.test(own.text.slice(quantity.end - own.start, quantity.end - own.start + 10))) continue
    const hour = Number(quantity.value)
    const at = otherRest.findIndex((q) => Number(q.value) === hour || Number(q.value) === hour + 12)
    if (at !== -1) otherRest.splice(at, 1)
    rest.splice(k, 1)
  }
}

/** A period named without a figure on the other side: "a day", "per year", "the past week", "daily". */
const periodPattern = /\b(?:(?:a|an|one|per|each|every|single|whole|entire|past|last|previous|next|coming|following)\s+(day|week|fortnight|month|year|hour)|(daily|weekly|monthly|yearly|annually|hourly))\b/gi

/** The periods a side names without a figure (`periodPattern`), as measures. */
export function periodsOf(text: string): Measure[] {
  const adverbs: Readonly<Record<string, string>> = {daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', hourly: 'hour'}
  const found: Measure[] = []
  periodPattern.lastIndex = 0
  for (let match = periodPattern.exec(text); match !== null; match = periodPattern.exec(text)) {
    const word = (match[1] ?? adverbs[(match[2] ?? '').toLowerCase()] ?? '').toLowerCase()
    const unit = measurementUnits[word]
    if (unit !== undefined) found.push({dimension: unit.dimension, base: toBaseUnit(1, unit)})
  }
  return found
}

/** The figures a vague amount may stand for: "dozens" 12 to 99, "hundreds" 100 to 999, and so on. */
export const vagueRanges: Readonly<Record<string, readonly [number, number]>> = /* @__PURE__ */ lookupTable({
  '~tens': [10, 100], '~dozens': [12, 100], '~hundreds': [100, 1000], '~thousands': [1000, 1e6], '~millions': [1e6, 1e9], '~billions': [1e9, 1e12],
})
