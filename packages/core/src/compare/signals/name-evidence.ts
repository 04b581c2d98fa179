import type {TextSpan} from '../../types'
import {diceSimilarity} from '../../align/dice'
import {genericDesignators, placeNouns, referringNouns} from '../../normalize/lexicon/index'
import type {NameMention} from './name-mentions'
import {findQuotations} from './find-quote-signals'
import {isKnownName, type NameIndex} from './name-variants'
import {type SignalWord, stopWords} from './signal-text'

/**
 * The evidence that two sides of a bead name the same thing, or that a
 * name signal deserves no more than `info`: a name found in another form
 * (stem, one word or two, brackets), partly kept, written two ways, spelled
 * out as an acronym, or standing in a quoted title. Internal to
 * `findEntitySignals`.
 */

/**
 * True when the name is on the other side: its last word and at least half
 * of its words are there. Generic designators (`Krai`, `Region`, `District`,
 * `FC`) are left out when the name has other words, so "Khabarovsk Krai"
 * meets "Khabarovsk Region". A word is there when its key is (`NameIndex`),
 * when the other side writes it as two words or as a form of the same stem
 * (`otherWords`, see `OtherWords`).
 */
export function isPresent(name: NameMention, otherKeys: NameIndex, otherWords: OtherWords): boolean {
  // Every key read is looked up, in order (an index spends a budget on look-ups); no arrays of keys or answers.
  let specific = 0
  for (const key of name.keys) if (!genericDesignators.has(key)) specific++
  let read = 0
  let matched = 0
  let last = false
  for (const key of name.keys) {
    if (specific > 0 && genericDesignators.has(key)) continue
    last = otherKeys.has(key) || otherWords.has(key)
    if (last) matched++
    read++
  }
  return read > 0 && last && matched * 2 >= read
}

/**
 * True when some specific word of a multi-word name (not a generic
 * designator, three letters or more) is on the other side: "Olivia de
 * Havilland" → "de Havilland", "Udinese Calcio" → "Udinese". The other side
 * still names the same thing, only shorter or longer.
 */
export function isPartlyPresent(name: NameMention, otherKeys: NameIndex, otherWords: OtherWords): boolean {
  if (name.keys.length < 2) return false
  return name.keys.some((key) => key.length >= 3 && !genericDesignators.has(key) && !stopWords.has(key) && (otherKeys.has(key) || otherWords.has(key)))
}

/** Lowercase, accents folded (`Hodonínsko` → `hodoninsko`). */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase()
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower
}

/** Length of the common beginning of two strings. */
export function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

/** The words of the other side of a bead, asked for a name word written there in another form (`otherWordsOf`). */
export interface OtherWords {
  readonly has: (key: string) => boolean
}

/**
 * Index the words of the other side of a bead, to find a name word written
 * there in another form: as two words (`A8` ↔ `A 8`, `Technoparty` ↔
 * `techno party`) or as another form of the same stem (`Benešovsko` ↔
 * `Benešov`, `Jihlavsko` ↔ `Jihlava`, `Dortmunder` ↔ `Dortmund`,
 * `championship` ↔ `champion`): a common beginning of at least four letters
 * and 70 % of the shorter word. Two different known places never meet this
 * way (`Austria`, `Australia`). Words are bucketed by their first four
 * letters, so a look-up compares only words that could meet.
 *
 * @param words The other side's words.
 */
export function otherWordsOf(words: readonly SignalWord[]): OtherWords {
  // Built on the first look-up: most bead sides have no name left to look for.
  let exact: Set<string> | undefined
  let byStart: Map<string, string[]> | undefined
  const build = (): void => {
    const folded = words.map((word) => foldAccents(word.lower))
    exact = new Set(folded)
    for (let i = 0; i + 1 < folded.length; i++) exact.add(`${folded[i]}${folded[i + 1]}`)
    byStart = new Map<string, string[]>()
    for (const word of new Set(folded)) {
      if (word.length < 4) continue
      const bucket = byStart.get(word.slice(0, 4))
      if (bucket === undefined) byStart.set(word.slice(0, 4), [word])
      else bucket.push(word)
    }
  }
  return {
    has(key: string): boolean {
      if (exact === undefined) build()
      const own = foldAccents(key)
      if (exact!.has(own)) return true
      if (own.length < 4) return false
      return (byStart!.get(own.slice(0, 4)) ?? []).some((other) => {
        const shared = commonPrefix(own, other)
        return shared >= 0.7 * Math.min(own.length, other.length) && !(isKnownName(own) && isKnownName(other))
      })
    },
  }
}

/**
 * Names defined by their neighbour in brackets, both ways: "the Czech Press
 * Agency (ČTK)", "ČTK (Czech Press Agency)". Either one on the other side
 * keeps both.
 */
export function definitionsOf(side: TextSpan, names: readonly NameMention[]): Map<NameMention, NameMention> {
  const defined = new Map<NameMention, NameMention>()
  for (let i = 0; i + 1 < names.length; i++) {
    const name = names[i] as NameMention
    const next = names[i + 1] as NameMention
    if (!/^\s*\($/.test(side.text.slice(name.end - side.start, next.start - side.start))) continue
    if (side.text[next.end - side.start] !== ')') continue
    defined.set(name, next)
    defined.set(next, name)
  }
  return defined
}

/**
 * True when the name stands inside a quotation written in title case, the
 * title of a work, an event or a slogan ("The Last Drop", "Das
 * Heimatkleid"): translators translate such titles or keep them, and the
 * capitals come from the title, not from a name.
 */
export function inQuotedTitle(side: TextSpan, name: NameMention): boolean {
  const quotation = findQuotations(side).find((quote) => quote.start <= name.start && name.end <= quote.end)
  if (quotation === undefined) return false
  const content = quotation.text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => /\p{L}/u.test(word) && !stopWords.has(word.toLowerCase()))
  return content.length >= 2 && content.every((word) => /^\p{Lu}/u.test(word))
}

/** No other words: a document is looked up by its name keys only, which hash (`indexNames`). */
export const noWords: OtherWords = {has: () => false}

/** True for a name written as one word in capitals, two to eight letters, at most one of them lowercase (`ODS`, `ČSSD`, `NATO's`, `AfD`). */
export function isAcronymLike(name: NameMention): boolean {
  const word = name.text.replace(/['’]s$/, '')
  return /^[\p{Lu}\p{Ll}]{2,8}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && (word.match(/\p{Ll}/gu)?.length ?? 0) <= 1
}

/**
 * True when two names are one name written two ways: a transliteration or
 * another language's form (`Lissabon`/`Lisbon`, `Konstanz`/`Constance`,
 * `Republikaner`/`Republicans`), told by a Dice coefficient of character
 * bigrams of at least 0.6 over the accent-folded names without their
 * generic designators. Two different known places never count
 * (`Iran`/`Iraq`, `Austria`/`Australia`).
 */
export function spelledAlike(name: NameMention, other: NameMention): boolean {
  const specific = (mention: NameMention): string => {
    const kept = mention.keys.filter((key) => !genericDesignators.has(key))
    return (kept.length > 0 ? kept : mention.keys).join(' ')
  }
  const a = specific(name)
  const b = specific(other)
  if (a.length < 4 || b.length < 4) return false
  if (isKnownName(a) && isKnownName(b)) return false
  return diceSimilarity(foldAccents(a), foldAccents(b)) >= 0.6
}

/**
 * True when every word of a name (a possessive `'s` aside) is a noun by
 * which news refers to a body or a place already named, or a generic
 * designator: "the Board" ↔ "the committee", "the Parliament", "the
 * Alliance". Dropped or added alone, such a name is weak evidence.
 */
export function isReferringNoun(name: NameMention): boolean {
  const words = name.text.replace(/['’]s$/, '').split(/[\s\-‐]+/).filter((word) => word.length > 0)
  return words.length > 0 && words.every((word) => referringNouns.has(word.toLowerCase()) || genericDesignators.has(word.toLowerCase()))
}

/** A place referred to by a noun of the lexicon's `placeNouns`: "the country", "the capital", "the city". */
const placeNounPattern = /* @__PURE__ */ new RegExp(`\\bthe\\s+(?:${[...placeNouns].join('|')})\\b`, 'gi')

/**
 * True when a known place is named on one side while the other refers to a
 * place by a noun more often than this side does ("diagnosed in Iceland" ↔
 * "diagnosed in the country"): one translator named what the other described.
 *
 * @param name The place dropped or added.
 * @param own The side that names it.
 * @param other The other side.
 */
export function isPlaceReferredTo(name: NameMention, own: TextSpan, other: TextSpan): boolean {
  if (!isKnownName(name.text.replace(/['’]s$/, '').toLowerCase())) return false
  return (other.text.match(placeNounPattern)?.length ?? 0) > (own.text.match(placeNounPattern)?.length ?? 0)
}
