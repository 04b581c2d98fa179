import type {Side, TextSpan} from '../../types'
import {type AnalyzedDocuments, documentTable, documentWords} from './signal-documents'
import {analyzeSide, timesOf} from './analyze-side'
import {type Quantity, quantitiesOf} from './find-quantities'

/**
 * A figure in brackets right after another figure that both sides keep, or
 * right after a date, restates it in another unit, currency or calendar ("$426 million
 * (about 45.6 billion yen)", "1895 (Meiji 28)", "the 22nd (23rd, Japan
 * time)"): dropped or added, it loses no fact of the text.
 */
export function inRestatement(side: TextSpan, quantity: Quantity, kept: ReadonlySet<Quantity>): boolean {
  const at = quantity.start - side.start
  const bracket = side.text.lastIndexOf('(', at)
  if (bracket === -1 || at - bracket > 25 || side.text.slice(bracket, at).includes(')')) return false
  const ends = [...[...kept].map((other) => other.end), ...timesOf(analyzeSide(side)).map((time) => time.end)]
  return ends.some((end) => end <= side.start + bracket && side.start + bracket - end <= 20)
}

/** True for a part of a score (`1`, `0` of `1:0` or `2-1`). */
export function isScorePart(side: TextSpan, quantity: Quantity): boolean {
  return /^[-–:]\d/.test(side.text.slice(quantity.end - side.start, quantity.end - side.start + 2)) || /\d[-–:]$/.test(side.text.slice(Math.max(0, quantity.start - side.start - 2), quantity.start - side.start))
}

/** Words by which a match report names a score without giving it ("the opening goal", "the equaliser", "took the lead"). */
export const scoreWords = /\b(?:goals?|lead|equali[sz]\w*|opener|opening|scoring|winner|header|scored)\b/i

/** True for a figure too particular to meet by chance elsewhere in a text: 13 or more, or a fraction (`2.5`, `0.75`). */
export function isDistinctive(quantity: Quantity): boolean {
  const value = Number(quantity.value)
  return !isVague(quantity) && (value >= 13 || !Number.isInteger(value))
}

/** The values of every quantity of one whole document, worked out once per comparison. */
export function documentValues(documents: AnalyzedDocuments, side: Side): ReadonlySet<string> {
  return documentTable(documents, 'number-values', side, (text) => new Set(quantitiesOf(analyzeSide({start: 0, end: text.length, text}, documentWords(documents, side))).map((quantity) => quantity.value)))
}

/** True for a vague amount (`dozens`, `hundreds`): dropping one loses a size, not a figure. */
export const isVague = (quantity: Quantity): boolean => quantity.value.startsWith('~')
