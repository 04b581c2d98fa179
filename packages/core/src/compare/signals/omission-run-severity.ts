import type {TextSpan} from '../../types'
import {analyzeSide, wordsOf} from './analyze-side'
import {isContentWord, opensSentence, type SignalWord} from './signal-text'
import {isNumberLike, wordValue} from './number-forms'
import {isTitleCase} from './find-entity-signals'
import {negationCuePattern, notNameWords} from '../../normalize/lexicon/index'
import {isCapitalized} from './match-words'

/**
 * How much a run of words on one side of a bead only weighs, for the
 * omission detector (`findOmissionSignals`): what it carries (a name, a
 * figure, a negation, a whole clause) and whether the other text gives it
 * elsewhere. Internal to `compare/signals`.
 */

/** Acronyms written in capitals, two to eight letters, accents allowed (`ČTK`, `ČSSD`, `NATO`). */
const acronymPattern = /(?<![\p{L}])\p{Lu}{2,8}(?![\p{L}])/gu

/**
 * True when the run's names are most likely an acronym of the other side
 * spelled out in another language: the run holds two or more consecutive
 * capitalized words, and the other side writes an acronym that this side
 * does not (`ČTK` ↔ "Czech Press Agency", `ČSSD` ↔ "Czech Social
 * Democratic Party"). The letters need not match: the acronym abbreviates
 * the name in its own language.
 */
function spellsOutForeignAcronym(side: TextSpan, run: readonly SignalWord[], other: TextSpan): boolean {
  let longest = 0
  let current = 0
  for (const word of run) {
    current = isCapitalized(word) && !/^\p{Lu}{2,}$/u.test(word.text) ? current + 1 : 0
    longest = Math.max(longest, current)
  }
  if (longest < 2) return false
  const own = new Set(side.text.match(acronymPattern) ?? [])
  return (other.text.match(acronymPattern) ?? []).some((acronym) => !own.has(acronym))
}

/**
 * True when the run ends with a name that an acronym in brackets right after
 * it defines, and the other side writes that acronym: "the Czech Press
 * Agency (ČTK)" ↔ "ČTK". The name is kept; only its expansion is new.
 */
function definesKeptAcronym(side: TextSpan, span: TextSpan, other: TextSpan): boolean {
  const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(side.text.slice(span.end - side.start, span.end - side.start + 14))?.[1]
  return acronym !== undefined && new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u').test(other.text)
}

/**
 * Characters of the other text on each side of its part of the bead that
 * count as its neighbouring sentences: two or three sentences of news.
 */
const neighbourhood = 400

/**
 * True when most content words of a run (three at least, and four in five)
 * stand in the other text's neighbouring sentences, outside its part of the
 * bead: a clause one translator moved into the sentence before or after,
 * which the bead shows as dropped here and added there. Only the
 * neighbourhood is split into words, and only for a run about to be a
 * `warning`.
 *
 * @param run The run's content words.
 * @param other The other side of the bead (offsets into `document`).
 * @param document The whole other text.
 */
export function inNeighbourSentence(run: readonly SignalWord[], other: TextSpan, document: string): boolean {
  if (run.length < 3 || document.slice(other.start, other.end) !== other.text) return false
  const near = new Set<string>()
  const before = Math.max(0, other.start - neighbourhood)
  const after = Math.min(document.length, other.end + neighbourhood)
  for (const [start, end] of [[before, other.start], [other.end, after]] as const) {
    if (end <= start) continue
    for (const word of wordsOf(analyzeSide({start, end, text: document.slice(start, end)}))) if (isContentWord(word)) near.add(word.key)
  }
  return run.filter((word) => near.has(word.key)).length >= Math.ceil(run.length * 0.8)
}

/**
 * Fewest content words in a dropped or added run for it to count as a
 * clause of its own whatever words it holds; a shorter run is a warning only
 * when it holds a name, a figure or a negation.
 */
const clauseWords = 5

/**
 * How serious a dropped or added run is, from what it carries. A name (a
 * capitalized word that does not open a sentence), a figure or number word,
 * or a negation is a fact a reader loses or gains: `warning`; a name inside
 * an apposition that describes another ("Daily Mirror, a British daily
 * newspaper,") is a descriptor: `info`. So is a clause
 * of `clauseWords` content words or more that the other side makes up for
 * with none of its own unmatched words. Anything else, a few content words
 * that two translators render differently ("present at the place" ↔ "in
 * the square"), is `info`.
 *
 * @param side The side the run is on.
 * @param run The run's content words.
 * @param span The run's span.
 * @param excess How many more unmatched content words this side has than the other.
 * @param other The other side of the bead.
 * @returns `warning` or `info`.
 */
export function runSeverity(side: TextSpan, run: readonly SignalWord[], span: TextSpan, excess: number, other: TextSpan): 'warning' | 'info' {
  // Weekdays, months and titles are capitalized without naming anyone (a time dropped is the temporal signal's, and `info`).
  // Nor do capitals in a headline written in title case, or a name kept in the letters of the source language.
  const titleCase = isTitleCase(wordsOf(analyzeSide(side)), side.text)
  const named = !titleCase && run.some((word) => isCapitalized(word) && !opensSentence(side, word.start) && !notNameWords.has(word.lower) && !/[^\x00-\x7f]/.test(word.text))
  const expansion = named && definesKeptAcronym(side, span, other)
  if (named && !isApposition(side, span) && !spellsOutForeignAcronym(side, run, other) && !expansion) return 'warning'
  const figure = run.some((word) => /\d/.test(word.text) || (isNumberLike(word.lower) && wordValue(word.lower) !== undefined))
  // A negation counts when the other side has fewer ("do not require" ↔ "don't have to" keeps it).
  // `search` leaves the shared global pattern's `lastIndex` alone.
  const negated = span.text.search(negationCuePattern) !== -1 && countNegations(other.text) < countNegations(side.text)
  if (figure || negated) return 'warning'
  if (isApposition(side, span)) return 'info'
  // The words of a kept acronym's expansion are a name, not words of a clause.
  const clause = expansion ? run.filter((word) => !isCapitalized(word)).length : run.length
  return clause >= clauseWords && excess >= run.length ? 'warning' : 'info'
}

/** How many negation cues a text holds. */
function countNegations(text: string): number {
  // `match` with a global pattern restarts from 0 and leaves `lastIndex` at 0.
  return text.match(negationCuePattern)?.length ?? 0
}

/**
 * True when a run is an apposition that describes a name: set off by commas
 * or brackets right after a capitalized word ("the Daily Mirror, a British
 * daily newspaper, said"). A translator adds or drops such a descriptor to
 * help a reader; the facts of the sentence stay.
 */
function isApposition(side: TextSpan, span: TextSpan): boolean {
  const before = side.text.slice(Math.max(0, span.start - side.start - 40), span.start - side.start)
  const after = side.text.slice(span.end - side.start, span.end - side.start + 3)
  return /\p{Lu}[\p{L}.’'-]*\s*[,(]\s*(?:(?:a|an|the)\s+)?$/u.test(before) && /^\s*[,)]/.test(after)
}

