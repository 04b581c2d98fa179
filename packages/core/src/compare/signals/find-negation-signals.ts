import type {Signal, TextSpan} from '../../types'
import {type AnalyzedSide, analyzeSide, polarityKeysOf, wordsOf} from './analyze-side'
import {polarityKey} from '../../normalize/lexicon/antonyms'
import {negativePrefixPattern, privativeWords} from '../../normalize/lexicon/polarity-words'
import {findNegationCues, type NegationCue} from './negation-cues'
import {quoted, type SignalWord, sliceSide} from './signal-text'

/** The few words around a cue, to show what was negated. */
function context(side: TextSpan, cue: NegationCue): TextSpan {
  const from = cue.start - side.start
  const after = /^\S*(?:\s+\S+){0,2}/.exec(side.text.slice(from, from + 200))?.[0] ?? cue.text
  return sliceSide(side, cue.start, cue.start + after.replace(/[.,;:!?”"’)]+$/, '').length)
}

/**
 * Pair the cues of the two sides that negate the same thing: first by the
 * word they negate, then by any shared word in their reach ("no fresh
 * towels" ↔ "not received a fresh towel"). Returns the cues of each side
 * left without a partner and sharing no word with any cue of the other side.
 */
function unmatchedCues(source: readonly NegationCue[], variant: readonly NegationCue[]): [NegationCue[], NegationCue[]] {
  const freeSource = new Set(source)
  const freeVariant = new Set(variant)
  // Each pass indexes the variant cues by key, so matching stays linear in the number of cues.
  const passes: Array<(cue: NegationCue) => readonly string[]> = [(cue) => cue.anchors.slice(0, 1), (cue) => cue.scope]
  for (const keysOf of passes) {
    const byKey = new Map<string, {cues: NegationCue[]; next: number}>()
    for (const cue of variant) {
      for (const key of keysOf(cue)) {
        const entry = byKey.get(key) ?? {cues: [], next: 0}
        entry.cues.push(cue)
        byKey.set(key, entry)
      }
    }
    for (const a of source) {
      if (!freeSource.has(a)) continue
      let partner: NegationCue | undefined
      for (const key of keysOf(a)) {
        const entry = byKey.get(key)
        if (entry === undefined) continue
        while (entry.next < entry.cues.length && !freeVariant.has(entry.cues[entry.next] as NegationCue)) entry.next++
        const first = entry.cues[entry.next]
        if (first !== undefined && (partner === undefined || first.start < partner.start)) partner = first
      }
      if (partner === undefined) continue
      freeSource.delete(a)
      freeVariant.delete(partner)
    }
  }
  // One cue may cover what two cues say on the other side ("not a towel or
  // any gel" ↔ "no towels and no gel"), through a word no other cue of its own side negates.
  const scopeCounts = (cues: readonly NegationCue[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const cue of cues) for (const key of new Set(cue.scope)) counts.set(key, (counts.get(key) ?? 0) + 1)
    return counts
  }
  const sourceCounts = scopeCounts(source)
  const variantCounts = scopeCounts(variant)
  const covered = (cue: NegationCue, own: Map<string, number>, others: Map<string, number>): boolean =>
    cue.scope.some((key) => (others.get(key) ?? 0) > 0 && (own.get(key) ?? 0) === 1)
  return [
    [...freeSource].filter((cue) => !covered(cue, sourceCounts, variantCounts)),
    [...freeVariant].filter((cue) => !covered(cue, variantCounts, sourceCounts)),
  ]
}

/**
 * Cues left on both sides after matching negate different words, yet each
 * side still says something negative: a translation that moved the negation
 * ("neither their lungs nor their muscles are developed" ↔ "their lungs and
 * muscles are not fully formed"). They cancel one for one, the cues whose
 * negated word is found on the other side first, so what is left is the
 * least certain flip.
 */
function cancelLeftovers(source: NegationCue[], variant: NegationCue[], sourceWords: WordFinder, variantWords: WordFinder): [NegationCue[], NegationCue[]] {
  const order = (cues: NegationCue[], other: WordFinder): NegationCue[] =>
    [...cues].sort((a, b) => Number(other(b.anchors) !== undefined) - Number(other(a.anchors) !== undefined))
  const cancelled = Math.min(source.length, variant.length)
  return [order(source, variantWords).slice(cancelled), order(variant, sourceWords).slice(cancelled)]
}

/** Finds the first word of one side whose polarity key is one of `keys`. */
type WordFinder = (keys: readonly string[]) => SignalWord | undefined

/** A `WordFinder` over one side, through an index of the first word of each key. */
function wordFinder(side: AnalyzedSide): WordFinder {
  const first = new Map<string, number>()
  for (const [index, key] of polarityKeysOf(side).entries()) if (!first.has(key)) first.set(key, index)
  const words = wordsOf(side)
  return (keys) => {
    let best = Infinity
    for (const key of keys) best = Math.min(best, first.get(key) ?? Infinity)
    return best === Infinity ? undefined : words[best]
  }
}

/**
 * Polarity keys of the words of one side that carry a negative prefix or
 * the suffix `-less`, keyed by the word without it: "unnecessary" gives
 * `necessary`, so a cue of the other side negating "necessary" is carried.
 */
function affixedNegatives(side: AnalyzedSide): Set<string> {
  const keys = new Set<string>()
  for (const word of wordsOf(side)) {
    const prefix = negativePrefixPattern.exec(word.lower)?.[1]
    if (prefix !== undefined) keys.add(polarityKey(word.lower.slice(prefix.length)))
    else if (word.lower.length > 6 && word.lower.endsWith('less')) keys.add(polarityKey(word.lower.slice(0, -4)))
  }
  return keys
}

/** A privative word (`lost`, `end`, `free`) among the three words before `word` on its side, if any. */
function privativeBefore(side: AnalyzedSide, word: SignalWord): SignalWord | undefined {
  const words = wordsOf(side)
  for (let i = word.index - 1; i >= Math.max(0, word.index - 3); i--) {
    const before = words[i] as SignalWord
    if (privativeWords.has(before.lower)) return before
  }
  return undefined
}

/**
 * Find polarity flips between the two sides of a bead (did not attend →
 * attended; no evidence → evidence; never ruled → ruled).
 *
 * Negation is counted per clause, not per sentence: each cue is tied to
 * the word it negates (the first content word after it in its clause), and
 * cues of the two sides that negate the same thing cancel. A cue left over
 * is a flip only when the word it negates stands on the other side without
 * a negation, so "The dog is not running and the cat is not sleeping" ↔
 * "The dog is running and the cat is not sleeping" flags `running`, while a
 * translation that moves the negation into another word ("did not see" ↔
 * "overlooked", "not unlike" ↔ "like", "cancelled" ↔ "will not take place")
 * stays silent, and so does a negation moved into a prefix or `-less` on the
 * other side ("did not consider it necessary" ↔ "considered it
 * unnecessary"). Near-negatives (`hardly`, `barely`, `yet to`) cancel a cue
 * but never flip alone.
 *
 * Severity: `error`, since a flipped polarity states the opposite; `info`
 * when a word of loss or ending stands right before the negated word on the
 * other side ("has no clothes" ↔ "has lost his clothes", "no more waste" ↔
 * "end of wasting"), which may say the same.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns One `negation` signal per flipped clause, spans into the whole documents.
 */
export function findNegationSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const analyzedSource = analyzeSide(source)
  const analyzedVariant = analyzeSide(variant)
  const sourceCues = findNegationCues(analyzedSource)
  const variantCues = findNegationCues(analyzedVariant)
  // Most beads have no negation at all.
  if (sourceCues.length === 0 && variantCues.length === 0) return []
  const [sourceFree, variantFree] = unmatchedCues(sourceCues, variantCues)
  if (sourceFree.length === 0 && variantFree.length === 0) return []
  const sourceWords = wordFinder(analyzedSource)
  const variantWords = wordFinder(analyzedVariant)
  const [sourceLeft, variantLeft] = cancelLeftovers(sourceFree, variantFree, sourceWords, variantWords)
  if (sourceLeft.length === 0 && variantLeft.length === 0) return []
  const carriedBySource = affixedNegatives(analyzedSource)
  const carriedByVariant = affixedNegatives(analyzedVariant)
  const signals: Signal[] = []
  for (const cue of sourceLeft) {
    const anchor = cue.weak ? undefined : variantWords(cue.anchors)
    if (anchor === undefined || cue.scope.some((key) => carriedByVariant.has(key))) continue
    const span = context(source, cue)
    const counterpart = sliceSide(variant, anchor.start, anchor.end)
    const privative = privativeBefore(analyzedVariant, anchor)
    const message = `Negation dropped: ${quoted(span.text)} is no longer negated${privative === undefined ? '' : `, unless ${quoted(privative.text)} says it`}.`
    signals.push({kind: 'negation', severity: privative === undefined ? 'error' : 'info', message, source: span, variant: counterpart})
  }
  for (const cue of variantLeft) {
    const anchor = cue.weak ? undefined : sourceWords(cue.anchors)
    if (anchor === undefined || cue.scope.some((key) => carriedBySource.has(key))) continue
    const span = context(variant, cue)
    const counterpart = sliceSide(source, anchor.start, anchor.end)
    const privative = privativeBefore(analyzedSource, anchor)
    const message = `Negation added: ${quoted(span.text)} negates what the source affirms${privative === undefined ? '' : `, unless ${quoted(privative.text)} says it`}.`
    signals.push({kind: 'negation', severity: privative === undefined ? 'error' : 'info', message, source: counterpart, variant: span})
  }
  return signals
}
