import type {Signal, TextSpan} from '../../types'

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
  pronounPattern.lastIndex = 0
  for (let match = pronounPattern.exec(side.text); match !== null; match = pronounPattern.exec(side.text)) {
    const start = side.start + match.index
    found.push({start, end: start + match[0].length, text: match[0], gender: match[1] === undefined ? 'masculine' : 'feminine'})
  }
  return found
}

/**
 * The pronouns of `side` of one gender that `other` has no counterpart for.
 * Each pronoun of that gender in `other` keeps one of `side`: the same word
 * nearest in relative position if there is one, else the nearest.
 */
function surplus(side: TextSpan, mine: readonly Pronoun[], otherSide: TextSpan, theirs: readonly Pronoun[], gender: Pronoun['gender']): Pronoun[] {
  const left = mine.filter((p) => p.gender === gender)
  const place = (span: TextSpan, p: Pronoun): number => (p.start - span.start) / Math.max(1, span.text.length)
  for (const other of theirs.filter((p) => p.gender === gender)) {
    if (left.length === 0) break
    const distance = (p: Pronoun): number => Math.abs(place(side, p) - place(otherSide, other)) + (p.text.toLowerCase() === other.text.toLowerCase() ? 0 : 1)
    let best = 0
    for (let i = 1; i < left.length; i++) if (distance(left[i] as Pronoun) < distance(left[best] as Pronoun)) best = i
    left.splice(best, 1)
  }
  return left
}

/**
 * Find gendered pronouns that flipped between the two sides of a bead
 * (she → he, her → his), as round trips through gendered languages do.
 * The pronouns are counted by gender first, so a reordering that keeps them
 * ("He met her" ↔ "She was met by him") is silent; the feminine pronouns the
 * source has beyond the variant's are then paired in reading order with the
 * masculine ones the variant has beyond the source's, and the other way
 * round. A pronoun with no counterpart (rephrased as a name or as "they") is
 * not a flip and gives nothing.
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
  const flips: Array<readonly [Pronoun, Pronoun]> = []
  for (const [from, to] of [['feminine', 'masculine'], ['masculine', 'feminine']] as const) {
    const lost = surplus(source, sourcePronouns, variant, variantPronouns, from)
    const gained = surplus(variant, variantPronouns, source, sourcePronouns, to)
    for (let i = 0; i < Math.min(lost.length, gained.length); i++) flips.push([lost[i] as Pronoun, gained[i] as Pronoun])
  }
  flips.sort((a, b) => a[0].start - b[0].start)
  return flips.map(([from, to]) => ({
    kind: 'pronoun',
    severity: 'error',
    message: `Pronoun flipped: “${from.text}” (${from.gender}) → “${to.text}” (${to.gender}).`,
    source: {start: from.start, end: from.end, text: from.text},
    variant: {start: to.start, end: to.end, text: to.text},
  }))
}
