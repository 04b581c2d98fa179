import type {Signal, TextSpan} from '../../types'
import {sliceSide} from './signal-text'

/** A gendered pronoun found in one side. */
interface Pronoun extends TextSpan {
  readonly gender: 'feminine' | 'masculine'
}

const pronounPattern = /\b(?:(she|her|hers|herself)|(he|him|his|himself))\b/gi

/**
 * Find the gendered pronouns of one bead side (she, her, hers, herself; he,
 * him, his, himself). Neutral pronouns are not gendered and never flip.
 *
 * @param side The bead side.
 * @returns Pronouns in reading order, spans into the whole document.
 */
export function findGenderedPronouns(side: TextSpan): Pronoun[] {
  const found: Pronoun[] = []
  for (const match of side.text.matchAll(pronounPattern)) {
    const start = side.start + match.index
    found.push({...sliceSide(side, start, start + match[0].length), gender: match[1] === undefined ? 'masculine' : 'feminine'})
  }
  return found
}

/**
 * Find gendered pronouns that flipped between the two sides of a bead
 * (she → he, her → his), as round trips through gendered languages do.
 * The gendered pronouns of both sides are paired in reading order; a pair of
 * different genders is a flip. A pronoun with no counterpart (rephrased as a
 * name or as "they") is not a flip and gives nothing.
 *
 * Severity: `error`, since the text now speaks of someone else.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns One `pronoun` signal per flipped pair, spans into the whole documents.
 */
export function findPronounSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const sourcePronouns = findGenderedPronouns(source)
  const variantPronouns = findGenderedPronouns(variant)
  const signals: Signal[] = []
  const pairs = Math.min(sourcePronouns.length, variantPronouns.length)
  for (let i = 0; i < pairs; i++) {
    const from = sourcePronouns[i] as Pronoun
    const to = variantPronouns[i] as Pronoun
    if (from.gender === to.gender) continue
    signals.push({
      kind: 'pronoun',
      severity: 'error',
      message: `Pronoun flipped: “${from.text}” (${from.gender}) → “${to.text}” (${to.gender}).`,
      source: {start: from.start, end: from.end, text: from.text},
      variant: {start: to.start, end: to.end, text: to.text},
    })
  }
  return signals
}
