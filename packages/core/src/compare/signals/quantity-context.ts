import type {TextSpan} from '../../types'
import type {Quantity} from './find-quantities'
import {stopWords} from './signal-text'
import {measurementUnits, notNameWords, scaleWords, toBaseUnit} from '../../normalize/lexicon/index'
import {figureValue, type Measure} from './number-forms'

/** The words before a figure that qualify it, each with its qualifier (`at least` `>`, `nearly` `<`, `about` `~`). */
export const qualifiers: ReadonlyArray<readonly [RegExp, Quantity['qualifier']]> = [
  // Read first: "no more than" holds "more than".
  [/\b(?:no|not)\s+(?:more|greater|higher)\s+than\s+$|\b(?:at most|a maximum of|maximum|max\.?|as (?:much|many|high) as)\s+$/i, '<'],
  [/\b(?:at least|more than|more then|over|above|upwards of|in excess of|no fewer than|no less than|just over|a good)\s+$/i, '>'],
  [/\b(?:nearly|almost|up to|less than|less then|fewer than|under|below|just under|close to)\s+$/i, '<'],
  [/\b(?:about|around|some|roughly|approximately|approx\.|an estimated|estimated|circa|ca\.?|c\.|or so)\s+$/i, '~'],
]

/**
 * A score written with a colon (`1:2`, `5:1`), read like `1-2`: two
 * quantities. A colon before two digits (`17:21`, `13:25`) may be a clock
 * time and is left alone.
 */
export function scoreAt(side: TextSpan, word: TextSpan): RegExpExecArray | null {
  return /^(\d{1,2})(:)(\d)(?![\d:])/.exec(side.text.slice(word.start - side.start, word.start - side.start + 12))
}

/**
 * A figure written together with its unit symbol (`200g`, `80mm`, `500ml`,
 * `10m`), read as the figure and its measure. `10m` after a currency sign
 * or before a currency word is 10 million (`$10m`), which `wordValue` reads.
 */
export function gluedMeasure(side: TextSpan, word: TextSpan, lower: string): {value: number; measure: Measure} | undefined {
  const parts = /^(\d[\d,]*(?:\.\d+)?)([a-z°][a-z°/]*)$/.exec(lower)
  if (parts === null) return undefined
  const unitWord = parts[2] as string
  const unit = measurementUnits[unitWord]
  const value = figureValue(parts[1] as string)
  if (unit === undefined || value === undefined) return undefined
  if (Object.hasOwn(scaleWords, unitWord)) {
    const at = word.start - side.start
    const money = /[$£€¥]\s?$|\b(?:usd|eur|gbp|czk|chf|jpy|kč)\s?$/i.test(side.text.slice(Math.max(0, at - 5), at)) || /^\s+(?:dollars?|euros?|pounds?|crowns?|yen|francs?|usd|eur|czk)\b/i.test(side.text.slice(word.end - side.start, word.end - side.start + 10))
    if (money) return undefined
  }
  return {value, measure: {dimension: unit.dimension, base: toBaseUnit(value, unit)}}
}

/** True for a single digit followed by a dot and a capitalized word that is no function word: a German or Czech ordinal (`1. FC`, `2. Liga`). */
export function isDottedOrdinal(side: TextSpan, word: TextSpan): boolean {
  if (!/^\d$/.test(word.text)) return false
  const next = /^\.\s+(\p{Lu}[\p{L}]*)/u.exec(side.text.slice(word.end - side.start, word.end - side.start + 24))
  return next !== null && !stopWords.has((next[1] as string).toLowerCase())
}

/**
 * True for a figure right after a capitalized word that is neither a month,
 * a title nor a function word: the number of a name (`Hannover 96`,
 * `Schalke 04`, `Apollo 11`, `Article 5`).
 */
export function isInName(side: TextSpan, word: TextSpan): boolean {
  if (!/^\d{1,4}$/.test(word.text)) return false
  const previous = /(\p{Lu}[\p{L}'’]*)\s$/u.exec(side.text.slice(Math.max(0, word.start - side.start - 30), word.start - side.start))
  if (previous === null) return false
  const lower = (previous[1] as string).toLowerCase()
  return !stopWords.has(lower) && !notNameWords.has(lower) && !Object.hasOwn(measurementUnits, lower)
}
