import {genericDesignators} from '../../normalize/lexicon/index'
import type {AnalyzedSide} from './analyze-side'
import {commonPrefix, foldAccents} from './name-evidence'
import type {NameMention} from './name-mentions'
import {isDemonym, isKnownName, nameKey} from './name-variants'
import {type SignalWord, stopWords} from './signal-text'

/**
 * How a name dropped from one side and a name added on the other relate:
 * whether they stand in the same place, share a word, are one name in two
 * languages, or one only describes what the other names; and whether a
 * name only describes (`the Paris-based group`). Internal to
 * `findEntitySignals`.
 */

/**
 * True when a name only describes: a place with its state or country in
 * commas inside a noun phrase ("the Sunnyvale, Calif., chipmaker"), or the
 * first part of `-based` ("the Paris-based group").
 */
export function isDescriptor(side: AnalyzedSide, name: NameMention): boolean {
  const before = side.text.slice(Math.max(0, name.start - side.start - 40), name.start - side.start)
  const after = side.text.slice(name.end - side.start, name.end - side.start + 40)
  if (/^-based\b/.test(after)) return true
  if (/\b(?:the|a|an)\s+$/i.test(before)) return /^,\s*\p{Lu}[\p{L}.]*,\s+\p{Ll}/u.test(after)
  return /\b(?:the|a|an)\s+\p{Lu}[\p{L}.\-]*,\s*$/iu.test(before) && /^\.?,\s+\p{Ll}/u.test(after)
}

/** Index of the word that starts at `offset`, or -1. */
function wordAt(words: readonly SignalWord[], offset: number): number {
  let low = 0
  let high = words.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = (words[middle] as SignalWord).start
    if (start === offset) return middle
    if (start < offset) low = middle + 1
    else high = middle - 1
  }
  return low < words.length ? low : -1
}

/** The key of the word right before a name, if any. */
function keyBefore(words: readonly SignalWord[], name: NameMention): string | undefined {
  const first = wordAt(words, name.start)
  return first === -1 ? undefined : words[first - 1]?.key
}

/** The key of the word right after a name, if any. */
function keyAfter(words: readonly SignalWord[], name: NameMention): string | undefined {
  const first = wordAt(words, name.start)
  if (first === -1) return undefined
  let last = first
  while (last + 1 < words.length && (words[last + 1] as SignalWord).end <= name.end) last++
  return words[last + 1]?.key
}

/** True when two names stand in the same place: the same word before them or after them (no object per name: the keys are read as asked). */
export function sameSlot(sourceWords: readonly SignalWord[], name: NameMention, variantWords: readonly SignalWord[], other: NameMention): boolean {
  const before = keyBefore(sourceWords, name)
  if (before !== undefined && before === keyBefore(variantWords, other)) return true
  const after = keyAfter(sourceWords, name)
  return after !== undefined && after === keyAfter(variantWords, other)
}

/**
 * True when two names share a specific word, or one's word is the start of
 * the other's (`Giesing`/`Giesinger`, `Hodonín`/`Hodonínsko`): two
 * renderings of one name, not two names.
 */
export function shareNameWord(name: NameMention, other: NameMention): boolean {
  const specific = (keys: readonly string[]): string[] => keys.filter((key) => !genericDesignators.has(key) && key.length >= 3)
  const theirs = specific(other.keys)
  return specific(name.keys).some((key) =>
    theirs.some((their) => {
      const [short, long] = key.length <= their.length ? [key, their] : [their, key]
      return short.length >= 4 ? long.startsWith(short) : short === long
    }),
  )
}

/**
 * Letters outside the English alphabet (`Deník`, `Bundesstraße`, `Ústecký`).
 * A name written with them in an English text is kept in the source
 * language; another translator may have put it into English words
 * (`Kurstadt` ↔ "spa town", `Deník` ↔ "the newspaper"), which no name on
 * the other side shows. Dropped or added alone, such a name is `info`.
 */
export const foreignLetter = /[^\x00-\x7f]/u

/**
 * The description a name stands in when it names no one by itself but
 * describes what the other side names: a demonym or a possessive name
 * before a lowercase noun ("the German parliament" for `Bundestag`, "Václav
 * Moravec's debate show" for the show's title). The other name must not be
 * a known place: `Iraqi officials` → `Syrian officials` stays a replacement.
 *
 * @param side The side `describing` stands in.
 * @param describing The name that may describe.
 * @param named The name it was paired with on the other side.
 * @returns The description's text (the name and the noun after it), or undefined.
 */
export function descriptionOf(side: AnalyzedSide, describing: NameMention, named: NameMention): string | undefined {
  if (named.keys.some((key) => isKnownName(key))) return undefined
  const demonym = describing.weak && describing.keys.length === 1 && isDemonym(describing.text.toLowerCase())
  if (!demonym && !/['’]s$/.test(describing.text)) return undefined
  const noun = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(side.text.slice(describing.end - side.start, describing.end - side.start + 30))
  return noun === null || stopWords.has(noun[1] as string) ? undefined : `${describing.text} ${noun[1] as string}`
}

/** The specific words of a name (no generic designators), as written. */
function specificWords(name: NameMention): string[] {
  return name.text.split(/[\s\-‐]+/).filter((word) => word.length > 0 && !genericDesignators.has(nameKey(word)))
}

/**
 * How a pair of names in the same place looks when it is one name in two
 * languages rather than two names. One side kept the name in the letters of
 * its own language and the other wrote it in plain English letters
 * (`Deník` ↔ `Newspaper`, `Bundesstraße` ↔ `Highway`): a translation, `info`.
 * The words that differ begin with the same three letters, accents folded,
 * each at least five long and neither a known place
 * (`Nordrhein-Westfalen` ↔ `North Rhine-Westphalia`): likely one name,
 * `warning`. Otherwise undefined.
 */
export function renderingOf(name: NameMention, other: NameMention): 'info' | 'warning' | undefined {
  // Only the words that differ: `Bank of England` ↔ `Bank of France` compares England with France.
  const wordsA = specificWords(name)
  const wordsB = specificWords(other)
  const a = wordsA.filter((word) => !wordsB.includes(word)).join(' ')
  const b = wordsB.filter((word) => !wordsA.includes(word)).join(' ')
  if (a === '' || b === '') return undefined
  if (foreignLetter.test(a) !== foreignLetter.test(b)) return 'info'
  // Two different known places never count (`Iran`/`Iraq`, `Austria`/`Australia`).
  if (isKnownName(a.toLowerCase()) || isKnownName(b.toLowerCase())) return undefined
  const foldedA = foldAccents(a)
  const foldedB = foldAccents(b)
  return foldedA.length >= 5 && foldedB.length >= 5 && commonPrefix(foldedA, foldedB) >= 3 ? 'warning' : undefined
}
