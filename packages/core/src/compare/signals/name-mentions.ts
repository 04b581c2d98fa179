import type {TextSpan} from '../../types'
import {isDemonym, isKnownName, nameKey} from './name-variants'
import {nameKeysOfWords} from './name-keys'
import {type AnalyzedSide, analyzeSide, sideValue, wordsOf} from './analyze-side'
import {notNameWords} from '../../normalize/lexicon/index'
import {opensSentence, type SignalWord, sideText, stopWords} from './signal-text'

/**
 * Finding names in one bead side: runs of capitalized words, with the
 * particles and `of` inside them, weak when nothing but a sentence start
 * may have given the capital. Internal to `findEntitySignals`.
 */

/** A name found in one side: consecutive capitalized words. */
export interface NameMention extends TextSpan {
  /** Name keys of its words (`["simona", "foltyn"]`, `["us"]`). */
  readonly keys: readonly string[]
  /**
   * True for a lone capitalized word that opens a sentence and is not known
   * as a name ("Reuters reported…", but also "Shouting…"), for a lone
   * demonym ("Iraqi") and for a lone country before a title ("US Secretary
   * of State"): it counts only when it pairs with a clear name on the other
   * side, or with another weak known name.
   */
  readonly weak: boolean
  /** True when the name stands in a line written in title case (a headline), whose capitals say nothing: it is `weak` too. Written as one field of the literal (false included), never spread in. */
  readonly inTitleCase?: boolean
}

/** True when the text starts with a capital letter (`/^\p{Lu}/u`), without the pattern for ASCII. */
function startsCapitalized(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 65 && code <= 90 ? true : code < 128 ? false : /^\p{Lu}/u.test(text)
}

/** Capitalized words that are titles, time words or sentence openers, not names of their own (`normalize/lexicon/titles.ts`). */
const notNames = notNameWords

/**
 * Lowercase particles inside names (`de Havilland`, `van de Velde`, `bin
 * Salman`), as written, and the prepositions of place names (`Ústí nad
 * Labem`, `Frankfurt am Main`).
 */
const nameParticles: ReadonlySet<string> = /* @__PURE__ */ new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'nad', 'pod', 'am', 'im'])

/** True when the word may be part of a name. */
function isNameWord(word: SignalWord): boolean {
  // `No.1`, `Nr. 5`: a rank, not a name.
  if (!startsCapitalized(word.text) || notNames.has(word.lower) || /^n[or]\.\d/.test(word.lower)) return false
  // An acronym is a name even when it spells a function word: US, WHO, IT.
  return !stopWords.has(word.lower) || (word.text.length >= 2 && word.text === word.text.toUpperCase())
}

/**
 * Find the names of one bead side: runs of capitalized words that are not
 * titles, time words or function words, with `of` inside a run kept
 * (Department of Defense). A capitalized word that opens a
 * sentence or a quotation is a clear name when it is a known name or
 * demonym, is followed by another capitalized word, or appears capitalized
 * elsewhere in `context` where nothing forces a capital; otherwise it is
 * returned as `weak`.
 *
 * @param side The bead side.
 * @param context Sides to look in for mid-sentence capitals (both sides of the bead).
 * @returns Names in reading order, spans into the whole document.
 */
export function findNames(side: TextSpan, context: readonly TextSpan[] = [side]): NameMention[] {
  const words = wordsOf(analyzeSide(side))
  const titleCase = isTitleCase(words, side.text)
  let capitalized: ((text: string) => boolean) | undefined
  const names: NameMention[] = []
  let run: SignalWord[] = []
  const flush = (): void => {
    if (run.length > 0) {
      const first = run[0] as SignalWord
      const last = run[run.length - 1] as SignalWord
      // A lone demonym ("Iraqi officials") or a lone country before a title
      // ("US Secretary of State") only says where someone is from: weak.
      const next = words[last.index + 1]
      const beforeTitle = next !== undefined && /^\p{Lu}/u.test(next.text) && notNames.has(next.lower)
      const weak = run.length === 1 && (isDemonym(first.lower) || (beforeTitle && isKnownName(first.lower)))
      const allRunKeys = nameKeysOfWords(run)
      const withoutParticles = allRunKeys.filter((key) => key !== 'of' && !nameParticles.has(key))
      const keys = withoutParticles.length > 0 ? withoutParticles : allRunKeys
      // In a headline written in title case, only a known name or an acronym is clearly a name.
      const titleCased = titleCase && !run.some((word) => isKnownName(word.lower) || (word.text.length >= 2 && word.text === word.text.toUpperCase()))
      names.push({start: first.start, end: last.end, text: sideText(side, first.start, last.end), keys, weak: weak || titleCased, inTitleCase: titleCased})
    }
    run = []
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as SignalWord
    // `°C`, `°F`: a temperature scale, not a name.
    if (!isNameWord(word) || side.text[word.start - side.start - 1] === '°') {
      // `of` and lowercase particles between two name words belong to the name:
      // Department of Defense, Olivia de Havilland, Steven van de Velde.
      // Only inside a run: most words outside names are looked at no further.
      if (run.length === 0) continue
      let next = words[index + 1]
      let particles = 1
      while (next !== undefined && nameParticles.has(next.text) && nameParticles.has(word.text) && particles < 3) next = words[index + ++particles]
      if ((word.lower === 'of' || nameParticles.has(word.text)) && next !== undefined && isNameWord(next) && next.start === (words[index + particles - 1] as SignalWord).end + 1) {
        run.push(word)
        continue
      }
      flush()
      continue
    }
    const previous = run[run.length - 1]
    if (previous !== undefined) {
      // The one character between the two words, if one (-1 for any other gap): no slice of the gap.
      const gap = word.start - previous.end === 1 ? side.text.charCodeAt(previous.end - side.start) : -1
      // In a title-case headline every capitalized word stands alone: the run says nothing.
      if (!(gap === 0x20 || gap === 0xa0 || gap === 0x2d || gap === 0x2010) || endsPossessive(previous.text) || (titleCase && gap !== 0x2d)) flush()
    }
    if (run.length === 0 && opensSentence(side, word.start) && !isKnownName(word.lower)) {
      const next = words[index + 1]
      const joiner = next !== undefined && next.start - word.end === 1 ? side.text.charCodeAt(word.end - side.start) : -1
      const nextJoined = next !== undefined && isNameWord(next) && (joiner === 0x20 || joiner === 0x2d || joiner === 0x2010)
      capitalized ??= capitalizedInside(context)
      const capitalizedElsewhere = capitalized(word.text)
      if (!nextJoined && !capitalizedElsewhere) {
        names.push({start: word.start, end: word.end, text: sideText(side, word.start, word.end), keys: [nameKey(word.text)], weak: true, inTitleCase: titleCase})
        continue
      }
    }
    run.push(word)
  }
  flush()
  return names
}

/** True when a word ends in an apostrophe, with or without an `s` after it (`/['’]s?$/`), without the pattern. */
function endsPossessive(text: string): boolean {
  const length = text.length
  let last = text.charCodeAt(length - 1)
  if (last === 0x73 && length >= 2) last = text.charCodeAt(length - 2)
  return last === 0x27 || last === 0x2019
}

/**
 * True for a line written in title case, as English headlines are ("Kalbitz
 * Expulsion From AfD Confirmed"): at least five words of four letters or
 * more after the first, and at least 80 % of them capitalized; or, in a
 * line without a final stop, three or more, all capitalized.
 * Another translator may write the same headline in sentence case.
 *
 * @param words The side's words (`wordsOf`).
 * @param text The side's text.
 */
export function isTitleCase(words: readonly SignalWord[], text: string): boolean {
  let long = 0
  let capitalized = 0
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!
    if (word.text.length < 4 || stopWords.has(word.lower)) continue
    long++
    if (startsCapitalized(word.text)) capitalized++
  }
  // A headline without a final stop may be short ("Bayern Beat Chelsea Again"), every long word capitalized.
  const headline = long >= 3 && capitalized === long && !/[.!?…]["”’»)]*\s*$/u.test(text)
  return headline || (long >= 5 && capitalized >= 0.8 * long)
}

/**
 * True for a word capitalized in one of `sides` after a lowercase letter,
 * comma or semicolon and a space, where nothing forces a capital. Each
 * side's words are read once however many names ask (`capitalizedInsideOf`).
 */
function capitalizedInside(sides: readonly TextSpan[]): (text: string) => boolean {
  const found = sides.map((side) => sideValue(analyzeSide(side), 'capitalized-inside', capitalizedInsideOf))
  return (text) => found.some((words) => words.has(text))
}

/** The capitalized words of one side that follow a lowercase letter, comma or semicolon and a space. */
function capitalizedInsideOf(side: AnalyzedSide): Set<string> {
  const found = new Set<string>()
  for (const word of wordsOf(side)) {
    const at = word.start - side.start
    if (at < 2 || side.text[at - 1] !== ' ' || !isNameWord(word)) continue
    const before = side.text[at - 2] as string
    if (before === ',' || before === ';' || /\p{Ll}/u.test(before)) found.add(word.text)
  }
  return found
}
