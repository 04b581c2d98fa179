import type {TextSpan} from '../../types'
import {polarityKey} from '../../normalize/lexicon/antonyms'
import {
  clauseBoundaryWords,
  negationCuePattern,
  negationSkipWords,
  notPrivative,
  prefixedNegatives,
  weakNegationCues,
} from '../../normalize/lexicon/polarity-words'
import {type AnalyzedSide, analyzeSide, forEachSideCueMatch, polarityKeysOf, sideValue, wordsOf} from './analyze-side'
import {cueScan} from './cue-matches'

/**
 * Negation cues of one bead side and what each negates, for the negation and
 * antonym signals. Internal to `compare/signals`.
 */
import {opensSentence, type SignalWord} from './signal-text'

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
const quantifierCues: ReadonlySet<string> = /* @__PURE__ */ new Set(['no', 'none', 'nobody', 'nothing', 'nowhere', 'neither'])

/** Index of the first word starting at or after `offset` (`words.length` when none): words are in reading order. */
export function wordIndexAt(words: readonly SignalWord[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] as SignalWord).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Reach of a cue over the words after it, stopping at the end of its clause: its content words and where it ends. */
function reachOf(side: AnalyzedSide, words: readonly SignalWord[], end: number): {content: SignalWord[]; reachEnd: number} {
  const content: SignalWord[] = []
  const adverbs: SignalWord[] = []
  let previousEnd = end
  let reachEnd = end
  const first = wordIndexAt(words, end)
  for (let i = first; i < words.length && i - first < maxReach; i++) {
    const word = words[i] as SignalWord
    if (content.length >= maxScope) break
    // Most gaps are one space: test the characters only when there is more.
    if (word.start - previousEnd > 1 && clauseBreak.test(side.text.slice(previousEnd - side.start, word.start - side.start))) break
    if (word.start - previousEnd === 1 && clauseBreak.test(side.text[previousEnd - side.start] as string)) break
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
/** `longer` or `more` right after a cue (sticky: tested at one offset). */
const noLongerPattern = /\s+(?:longer|more)\b/iy

function quantifierAnchors(cue: string, content: readonly SignalWord[], side: AnalyzedSide, end: number): string[] {
  const head = content[0]
  if (head === undefined) return []
  noLongerPattern.lastIndex = end - side.start
  const clause = cue !== 'no' || (!noLongerPattern.test(side.text) && content.some((w) => w.lower.endsWith('ing')))
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
  const cueWord = wordIndexAt(words, start)
  const before = words[cueWord]?.lower.endsWith("n't") ? words[cueWord] : words[cueWord - 1]
  if (before === undefined || !/^(?:is|are|was|were|am|isn't|aren't|wasn't|weren't)$/.test(before.lower)) return undefined
  if (words[verb.index + 1] !== undefined && words[verb.index + 1] !== object && !/^(?:a|an|the|some|his|her|their|its)$/.test((words[verb.index + 1] as SignalWord).lower)) return [polarityKey(verb.lower)]
  return object === undefined || /^\p{Lu}/u.test(object.text) ? [polarityKey(verb.lower)] : [polarityKey(verb.lower), polarityKey(object.lower)]
}

/** The content word right before `start` in its clause: "says *nothing*" negates `says`. */
function wordBefore(side: AnalyzedSide, words: readonly SignalWord[], start: number): string[] {
  for (let i = wordIndexAt(words, start) - 1; i >= 0; i--) {
    const word = words[i] as SignalWord
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
export function findNegationCues(side: TextSpan): readonly NegationCue[] {
  // Found once per side: the negation and the antonym detectors both read them.
  return sideValue(analyzeSide(side), 'negationCues', negationCuesOf)
}

/** The contracted auxiliaries of `negationCuePattern` (`ca` of `can't`, `wo` of `won't`). */
const contracted = ['ca', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'wo', 'would', 'could', 'should', 'must', 'need', 'might', 'ai']

/**
 * Where a match of `negationCuePattern` can start (`cueScan`): each cue's
 * first ASCII-letter run, whole and lowercase; a contraction's is the
 * auxiliary and its `n` (`can` of `can't`) or, without the apostrophe, the
 * whole word (`cant`, `dont`).
 */
export const negationScan = /* @__PURE__ */ cueScan(
  negationCuePattern,
  [
    'not', 'never', 'no', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'cannot', 'without', 'unless', 'lack', 'lacks', 'lacked', 'lacking', 'absence',
    ...contracted.map((auxiliary) => `${auxiliary}n`),
    ...contracted.map((auxiliary) => `${auxiliary}nt`),
    'fail', 'fails', 'failed', 'failing', 'failure', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining', 'yet',
    'deny', 'denies', 'denied', 'denying', 'unable', 'unclear', 'unknown', 'unaware', 'unwilling', 'unlikely', 'unsuccessful', 'impossible',
    'hardly', 'barely', 'scarcely', 'seldom', 'rarely', 'non',
  ],
  false,
)

function negationCuesOf(analyzed: AnalyzedSide): NegationCue[] {
  const side = analyzed
  const words = wordsOf(analyzed)
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
  // Tried only where a cue can start (`negationScan`): most sentences hold none.
  forEachSideCueMatch(analyzed, negationScan, (match) => {
    if (/^[A-Z]/.test(match[0]) && !opensSentence(side, side.start + match.index)) return
    const start = side.start + match.index
    const cue = match[0].toLowerCase().replace(/\s+/g, ' ').replace(/[’‘ʼ´`]/g, "'")
    const reach = reachOf(analyzed, words, start + match[0].length)
    const reachEnd = reach.reachEnd
    // "says nothing", "changes nothing": a negator closing its clause negates the word before it.
    const keys = reach.content.length > 0 ? reach.content.map((w) => polarityKeysOf(analyzed)[w.index] as string) : wordBefore(analyzed, words, start)
    // `non-` and `unable` negate their own word, not the words after it.
    const prefixedBase = prefixedNegatives.get(cue)
    const attached = cue === 'non' ? words[wordIndexAt(words, start + match[0].length + 1)] : undefined
    const ownWord = attached !== undefined ? [polarityKey(attached.lower)] : prefixedBase === undefined ? undefined : [polarityKey(prefixedBase)]
    const quantified = quantifierCues.has(cue) && reach.content.length > 0 ? quantifierAnchors(cue, reach.content, analyzed, start + match[0].length) : undefined
    // "is not putting suitcases": a negated progressive negates its verb and the object right after it.
    const progressive = cue === 'not' || cue.endsWith("n't") ? progressiveAnchors(analyzed, words, start, reach.content) : undefined
    const anchors = ownWord ?? quantified ?? progressive ?? keys.slice(0, 1)
    const scope = attached !== undefined ? (ownWord as string[]) : ownWord === undefined ? keys : [...ownWord, ...keys]
    cues.push({start, end: start + match[0].length, text: match[0], cue, weak: weakNegationCues.has(cue), anchors, scope, reachEnd})
    if (reach.content[0] !== undefined) heads.set(cues[cues.length - 1] as NegationCue, reach.content[0].start)
  })
  // A negated negation affirms: "not a lack of", "not impossible", "never fails to" cancel out.
  const cancelled = new Set<NegationCue>()
  const byStart = new Map(cues.map((c) => [c.start, c]))
  for (const [outer, headStart] of heads) {
    const inner = byStart.get(headStart)
    if (inner !== undefined && inner !== outer && !cancelled.has(inner) && !cancelled.has(outer)) cancelled.add(outer).add(inner)
  }
  return cues.filter((c) => !cancelled.has(c)).sort((a, b) => a.start - b.start)
}
