import type {Signal, TextSpan} from '../../types'
import {polarityKey} from '../../normalize/lexicon/antonyms'
import {
  clauseBoundaryWords,
  negationCuePattern,
  negationSkipWords,
  notPrivative,
  prefixedNegatives,
  weakNegationCues,
} from '../../normalize/lexicon/polarity-words'
import {type AnalyzedSide, analyzeSide, polarityKeysOf, wordsOf} from './analyze-side'
import {opensSentence, quoted, type SignalWord, sliceSide} from './signal-text'

/** A negation cue of one side, with what it negates. */
export interface NegationCue extends TextSpan {
  /** The folded cue (`not`, `without`, `failed to`), for messages and matching. */
  readonly cue: string
  /** A near-negative (`hardly`, `barely`, `yet to`): it cancels a cue on the other side but flips nothing alone. */
  readonly weak: boolean
  /** Polarity keys of the word the cue negates (the first content word of its clause, or its own stem for `unable`, `powerless`). */
  readonly anchors: readonly string[]
  /** Polarity keys of the content words in its reach (up to three), to match it with a cue of the other side. */
  readonly scope: readonly string[]
  /** End offset (whole document) of the cue's reach: the end of its clause or of the last word looked at. */
  readonly reachEnd: number
}

/** Characters between two words that end a negation's reach. */
const clauseBreak = /[,;:()!?.…—–]/
/** Words looked at after a cue before its reach ends. */
const maxReach = 8
/** Content words kept in a cue's scope. */
const maxScope = 4
/**
 * Cues that negate a whole noun phrase or clause ("there is no man
 * playing", "nobody is riding"): any word of their reach may stand for
 * what they negate, where `not` negates only the word after it.
 */
const quantifierCues: ReadonlySet<string> = new Set(['no', 'none', 'nobody', 'nothing', 'nowhere', 'neither'])

/** Reach of a cue over the words after it, stopping at the end of its clause: its content words and where it ends. */
function reachOf(side: AnalyzedSide, words: readonly SignalWord[], end: number): {content: SignalWord[]; reachEnd: number} {
  const content: SignalWord[] = []
  const adverbs: SignalWord[] = []
  let previousEnd = end
  let reachEnd = end
  let looked = 0
  for (const word of words) {
    if (word.start < end) continue
    if (looked++ >= maxReach || content.length >= maxScope) break
    if (clauseBreak.test(side.text.slice(previousEnd - side.start, word.start - side.start))) break
    if (clauseBoundaryWords.has(word.lower)) break
    previousEnd = word.end
    reachEnd = word.end
    if (negationSkipWords.has(word.lower) || word.lower.endsWith("n't") || !/[a-z]/.test(word.lower)) continue
    // "did not *fully* recover" negates the verb: degree adverbs come last.
    ;(word.lower.length > 4 && word.lower.endsWith('ly') ? adverbs : content).push(word)
  }
  return {content: content.length > 0 ? content : adverbs.slice(0, 1), reachEnd}
}

/**
 * The words a quantified negation stands for. `nobody`, `nothing`, `none`
 * negate the whole clause ("nobody is riding a bike"), and so does `no` with
 * a participle after its noun ("there is no man playing a guitar"); plain
 * `no` negates its noun only ("no need to declare", "no other team"), and
 * `no longer` its verb. Names past the first word stand for no clause.
 */
function quantifierAnchors(cue: string, content: readonly SignalWord[], side: AnalyzedSide, end: number): string[] {
  const head = content[0]
  if (head === undefined) return []
  const clause = cue !== 'no' || (!/^\s+(?:longer|more)\b/i.test(side.text.slice(end - side.start)) && content.some((w) => w.lower.endsWith('ing')))
  return (clause ? content.filter((w) => w === head || !/^\p{Lu}/u.test(w.text)) : [head]).map((w) => polarityKey(w.lower))
}

/**
 * Anchors of a negated progressive ("are not putting suitcases", "isn't
 * cutting a potato"): the verb and the object noun right after it (articles
 * between), since entailment sets and rewrites swap the verb for a synonym.
 * Undefined unless `be` comes right before the cue and a verb in -ing right after.
 */
function progressiveAnchors(side: AnalyzedSide, words: readonly SignalWord[], start: number, content: readonly SignalWord[]): string[] | undefined {
  const [verb, object] = content
  if (verb === undefined || !verb.lower.endsWith('ing')) return undefined
  const cueWord = words.findIndex((w) => w.end > start)
  const before = words[cueWord]?.lower.endsWith("n't") ? words[cueWord] : words[cueWord - 1]
  if (before === undefined || !/^(?:is|are|was|were|am|isn't|aren't|wasn't|weren't)$/.test(before.lower)) return undefined
  if (words[verb.index + 1] !== undefined && words[verb.index + 1] !== object && !/^(?:a|an|the|some|his|her|their|its)$/.test((words[verb.index + 1] as SignalWord).lower)) return [polarityKey(verb.lower)]
  return object === undefined || /^\p{Lu}/u.test(object.text) ? [polarityKey(verb.lower)] : [polarityKey(verb.lower), polarityKey(object.lower)]
}

/** The content word right before `start` in its clause: "says *nothing*" negates `says`. */
function wordBefore(side: AnalyzedSide, words: readonly SignalWord[], start: number): string[] {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as SignalWord
    if (word.end > start) continue
    if (clauseBreak.test(side.text.slice(word.end - side.start, start - side.start)) || clauseBoundaryWords.has(word.lower)) return []
    if (negationSkipWords.has(word.lower) || !/[a-z]/.test(word.lower)) continue
    return [polarityKey(word.lower)]
  }
  return []
}

/**
 * Find the negation cues of one bead side, each tied to what it negates.
 * A contraction counts as the `not` it contains, with or without its
 * apostrophe; a capitalized cue inside a sentence belongs to a name
 * ("Doctors Without Borders"); a cue that negates another cue ("not a lack
 * of", "not impossible") cancels with it.
 *
 * @param side The bead side.
 * @returns Cues in reading order, spans into the whole document.
 */
export function findNegationCues(side: TextSpan): NegationCue[] {
  const analyzed = analyzeSide(side)
  const words = wordsOf(analyzed)
  const wordKeys = polarityKeysOf(analyzed)
  const cues: NegationCue[] = []
  /** Start of the first content word each cue reaches. */
  const heads = new Map<NegationCue, number>()
  // "goalless" says "no goals": adjectives in -less negate their own stem.
  for (const word of words) {
    if (word.lower.length > 6 && word.lower.endsWith('less') && !notPrivative.has(word.lower) && /^[a-z]/.test(word.text)) {
      const base = [polarityKey(word.lower.slice(0, -4))]
      cues.push({start: word.start, end: word.end, text: word.text, cue: word.lower, weak: false, anchors: base, scope: base, reachEnd: word.end})
    }
  }
  for (const match of side.text.matchAll(negationCuePattern)) {
    if (/^[A-Z]/.test(match[0]) && !opensSentence(side, side.start + match.index)) continue
    const start = side.start + match.index
    const cue = match[0].toLowerCase().replace(/\s+/g, ' ').replace(/[’‘ʼ´`]/g, "'")
    const reach = reachOf(analyzed, words, start + match[0].length)
    const reachEnd = reach.reachEnd
    // "says nothing", "changes nothing": a negator closing its clause negates the word before it.
    const keys = reach.content.length > 0 ? reach.content.map((w) => wordKeys[w.index] as string) : wordBefore(analyzed, words, start)
    // `non-` and `unable` negate their own word, not the words after it.
    const prefixedBase = prefixedNegatives.get(cue)
    const attached = cue === 'non' ? words.find((word) => word.start > start + match[0].length) : undefined
    const ownWord = attached !== undefined ? [polarityKey(attached.lower)] : prefixedBase === undefined ? undefined : [polarityKey(prefixedBase)]
    const quantified = quantifierCues.has(cue) && reach.content.length > 0 ? quantifierAnchors(cue, reach.content, analyzed, start + match[0].length) : undefined
    // "is not putting suitcases": a negated progressive negates its verb and the object right after it.
    const progressive = cue === 'not' || cue.endsWith("n't") ? progressiveAnchors(analyzed, words, start, reach.content) : undefined
    const anchors = ownWord ?? quantified ?? progressive ?? keys.slice(0, 1)
    const scope = attached !== undefined ? (ownWord as string[]) : ownWord === undefined ? keys : [...ownWord, ...keys]
    cues.push({...sliceSide(side, start, start + match[0].length), cue, weak: weakNegationCues.has(cue), anchors, scope, reachEnd})
    if (reach.content[0] !== undefined) heads.set(cues[cues.length - 1] as NegationCue, reach.content[0].start)
  }
  // A negated negation affirms: "not a lack of", "not impossible", "never fails to" cancel out.
  const cancelled = new Set<NegationCue>()
  for (const [outer, headStart] of heads) {
    const inner = cues.find((c) => c !== outer && c.start === headStart && !cancelled.has(c))
    if (inner !== undefined && !cancelled.has(outer)) cancelled.add(outer).add(inner)
  }
  return cues.filter((c) => !cancelled.has(c)).sort((a, b) => a.start - b.start)
}

/** The few words around a cue, to show what was negated. */
function context(side: TextSpan, cue: NegationCue): TextSpan {
  const from = cue.start - side.start
  const after = /^\S*(?:\s+\S+){0,2}/.exec(side.text.slice(from))?.[0] ?? cue.text
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
  const passes: Array<(a: NegationCue, b: NegationCue) => boolean> = [
    (a, b) => a.anchors.length > 0 && a.anchors[0] === b.anchors[0],
    (a, b) => a.scope.some((key) => b.scope.includes(key)),
  ]
  for (const sameTarget of passes) {
    for (const a of [...freeSource]) {
      const b = [...freeVariant].find((candidate) => sameTarget(a, candidate))
      if (b === undefined) continue
      freeSource.delete(a)
      freeVariant.delete(b)
    }
  }
  // One cue may cover what two cues say on the other side ("not a towel or
  // any gel" ↔ "no towels and no gel"), through a word no other cue of its own side negates.
  const covered = (cue: NegationCue, own: readonly NegationCue[], others: readonly NegationCue[]): boolean =>
    cue.scope.some((key) => others.some((o) => o.scope.includes(key)) && !own.some((c) => c !== cue && c.scope.includes(key)))
  return [[...freeSource].filter((cue) => !covered(cue, source, variant)), [...freeVariant].filter((cue) => !covered(cue, variant, source))]
}

/**
 * Cues left on both sides after matching negate different words, yet each
 * side still says something negative: a translation that moved the negation
 * ("neither their lungs nor their muscles are developed" ↔ "their lungs and
 * muscles are not fully formed"). They cancel one for one, the cues whose
 * negated word is found on the other side first, so what is left is the
 * least certain flip.
 */
function cancelLeftovers(source: NegationCue[], variant: NegationCue[], analyzedSource: AnalyzedSide, analyzedVariant: AnalyzedSide): [NegationCue[], NegationCue[]] {
  const order = (cues: NegationCue[], other: AnalyzedSide): NegationCue[] =>
    [...cues].sort((a, b) => Number(findAnchor(b.anchors, other) !== undefined) - Number(findAnchor(a.anchors, other) !== undefined))
  const cancelled = Math.min(source.length, variant.length)
  return [order(source, analyzedVariant).slice(cancelled), order(variant, analyzedSource).slice(cancelled)]
}

/** The first word of `other` whose polarity key is one of `keys`. */
function findAnchor(keys: readonly string[], other: AnalyzedSide): SignalWord | undefined {
  if (keys.length === 0) return undefined
  const index = polarityKeysOf(other).findIndex((key) => keys.includes(key))
  return index === -1 ? undefined : wordsOf(other)[index]
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
 * stays silent. Near-negatives (`hardly`, `barely`, `yet to`) cancel a cue
 * but never flip alone.
 *
 * Severity: `error`, since a flipped polarity states the opposite.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns One `negation` signal per flipped clause, spans into the whole documents.
 */
export function findNegationSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const analyzedSource = analyzeSide(source)
  const analyzedVariant = analyzeSide(variant)
  const [sourceFree, variantFree] = unmatchedCues(findNegationCues(analyzedSource), findNegationCues(analyzedVariant))
  const [sourceLeft, variantLeft] = cancelLeftovers(sourceFree, variantFree, analyzedSource, analyzedVariant)
  const signals: Signal[] = []
  for (const cue of sourceLeft) {
    const anchor = cue.weak ? undefined : findAnchor(cue.anchors, analyzedVariant)
    if (anchor === undefined) continue
    const span = context(source, cue)
    const counterpart = sliceSide(variant, anchor.start, anchor.end)
    signals.push({kind: 'negation', severity: 'error', message: `Negation dropped: ${quoted(span.text)} is no longer negated.`, source: span, variant: counterpart})
  }
  for (const cue of variantLeft) {
    const anchor = cue.weak ? undefined : findAnchor(cue.anchors, analyzedSource)
    if (anchor === undefined) continue
    const span = context(variant, cue)
    const counterpart = sliceSide(source, anchor.start, anchor.end)
    signals.push({kind: 'negation', severity: 'error', message: `Negation added: ${quoted(span.text)} negates what the source affirms.`, source: counterpart, variant: span})
  }
  return signals
}
