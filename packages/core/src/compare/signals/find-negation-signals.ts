import type {Signal, TextSpan} from '../../types'
import {analyzeSide, wordsOf} from './analyze-side'
import {opensSentence, quoted, sliceSide} from './signal-text'

/**
 * Words and phrases that negate what follows. Lexical negatives (`without`,
 * `lack`, `failed to`, `refused to`, `denied`, `yet to`) and a few negative
 * adjectives (`unable`, `unclear`, `unlikely`, `impossible`, `goalless`)
 * count too, so that "no evidence" ↔ "a lack of evidence", "not clear" ↔
 * "unclear" and "goalless" ↔ "no goals" stay silent. `not until` is a
 * restriction ("only then"), not a negation. `not only` and
 * `no doubt` are not negations; `neither … nor` counts once.
 */
const negationPattern = new RegExp(
  [
    "\\b(?:not|never|no|none|nobody|nothing|nowhere|neither|cannot|without|unless|lack(?:s|ed|ing)?|absence)\\b(?!\\s+(?:only|until|doubt|less|longer than|sooner|matter)\\b)",
    "\\b(?:ca|do|does|did|is|are|was|were|has|have|had|wo|would|could|should|must|need|might|ai)n['’]t\\b",
    '\\b(?:fail(?:s|ed)?|refus(?:e|es|ed)|declin(?:e|es|ed)|den(?:y|ies|ied)|unable|unclear|unknown|unaware|unwilling|unlikely|unsuccessful|impossible)\\b',
    // "has yet to decide" says "has not decided".
    '\\byet\\s+to\\b',

  ].join('|'),
  // No `u` flag: the cues are ASCII, and V8 runs this alternation about eight times faster without it.
  'gi',
)

/** A negation cue found in one side. */
interface Cue extends TextSpan {
  /** The folded cue (`not`, `without`, `fail`), for messages. */
  readonly cue: string
}

/**
 * Find the negation cues of one bead side. `nor` after `neither` is not
 * counted again, and a contraction counts as the `not` it contains.
 *
 * @param side The bead side.
 * @returns Cues in reading order, spans into the whole document.
 */
export function findNegationCues(side: TextSpan): Cue[] {
  const cues: Cue[] = []
  // "goalless" says "no goals": adjectives in -less are cues, read from the
  // shared words (a pattern for them would scan every word twice).
  for (const word of wordsOf(analyzeSide(side))) {
    if (word.lower.length > 6 && word.lower.endsWith('less') && !notPrivative.has(word.lower) && /^[a-z]/.test(word.text)) {
      cues.push({start: word.start, end: word.end, text: word.text, cue: word.lower})
    }
  }
  for (const match of side.text.matchAll(negationPattern)) {
    // A capitalized cue inside a sentence belongs to a name ("Doctors Without Borders").
    if (/^[A-Z]/.test(match[0]) && !opensSentence(side, side.start + match.index)) continue
    const start = side.start + match.index
    cues.push({...sliceSide(side, start, start + match[0].length), cue: match[0].toLowerCase()})
  }
  return cues.sort((a, b) => a.start - b.start)
}

/** Words in -less that negate nothing (`unless` is a cue of its own, "if not"). */
const notPrivative = new Set(['unless', 'nevertheless', 'nonetheless', 'regardless', 'doubtless'])

/** The few words around a cue, to show what was negated. */
function context(side: TextSpan, cue: Cue): TextSpan {
  const from = cue.start - side.start
  const after = /^\S*(?:\s+\S+){0,2}/.exec(side.text.slice(from))?.[0] ?? cue.text
  return sliceSide(side, cue.start, cue.start + after.replace(/[.,;:!?”"’)]+$/, '').length)
}

/**
 * Find polarity flips between the two sides of a bead (did not attend →
 * attended; no evidence → evidence; never ruled → ruled). The count of
 * negation cues on each side is compared: an odd difference flips polarity.
 * An even difference (two cues gained or lost) is usually a rewording such
 * as "not … nor" ↔ "neither … nor" and is left alone.
 *
 * Severity: `error`, since a flipped polarity states the opposite.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns At most one `negation` signal, spans into the whole documents.
 */
export function findNegationSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const sourceCues = findNegationCues(source)
  const variantCues = findNegationCues(variant)
  const difference = sourceCues.length - variantCues.length
  if (difference % 2 === 0) return []
  if (difference > 0) {
    const cue = sourceCues.find((c) => !variantCues.some((other) => other.cue === c.cue)) ?? (sourceCues[sourceCues.length - 1] as Cue)
    const span = context(source, cue)
    const counterpart = findCounterpart(source, cue, variant)
    return [{kind: 'negation', severity: 'error', message: `Negation dropped: ${quoted(span.text)} is no longer negated.`, source: span, ...(counterpart ? {variant: counterpart} : {})}]
  }
  const cue = variantCues.find((c) => !sourceCues.some((other) => other.cue === c.cue)) ?? (variantCues[variantCues.length - 1] as Cue)
  const span = context(variant, cue)
  const counterpart = findCounterpart(variant, cue, source)
  return [{kind: 'negation', severity: 'error', message: `Negation added: ${quoted(span.text)} negates what the source affirms.`, variant: span, ...(counterpart ? {source: counterpart} : {})}]
}

const auxiliaries = /^(?:be|been|being|is|are|was|were|have|has|had|do|does|did|to|a|an|the|any|ever|yet|even|of)$/i

/**
 * The word the cue negates, found again on the other side: the first content
 * word after the cue, matched on the other side by its first five letters
 * (`attend` meets `attended`).
 */
function findCounterpart(side: TextSpan, cue: Cue, other: TextSpan): TextSpan | undefined {
  const following = side.text.slice(cue.end - side.start).match(/\p{L}+/gu)?.slice(0, 4) ?? []
  const word = following.find((w) => !auxiliaries.test(w))
  if (word === undefined || word.length < 3) return undefined
  const stem = word.slice(0, Math.min(5, word.length)).toLowerCase()
  const match = new RegExp(`(?<![\\p{L}])${stem}\\p{L}*`, 'iu').exec(other.text)
  return match === null ? undefined : sliceSide(other, other.start + match.index, other.start + match.index + match[0].length)
}
