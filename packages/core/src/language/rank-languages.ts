import {findTrigram, hashTrigram, missingTrigramPenalty, packTrigram, scriptProfiles} from './language-profiles'
import {topScript} from './script-counts'

/** A language code and its score: 1 for the best match, lower for worse ones. */
export type LanguageScore = readonly [code: string, score: number]

/** What `rankLanguages` reads, as franc reads it. */
export interface RankLanguagesOptions {
  /** ISO 639-3 codes to choose from; empty means every language. */
  readonly only: readonly string[]
  /** ISO 639-3 codes never to return. */
  readonly ignore: readonly string[]
  /** Below this many characters the answer is `und`. */
  readonly minLength: number
}

/** franc reads at most this many characters. */
const sampleLength = 2048

function allowed(code: string, only: readonly string[], ignore: readonly string[]): boolean {
  return (only.length === 0 || only.includes(code)) && !ignore.includes(code)
}

/**
 * The text as franc cleans it before counting trigrams: ASCII punctuation and
 * digits to spaces, spaces collapsed, lower case, padded with a space.
 */
function cleanForTrigrams(value: string): string {
  return ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
}

/**
 * The distinct trigrams of a cleaned text and how often each occurs, counted
 * in an open-addressing hash table of packed trigrams (`packTrigram`), with
 * no string made per trigram: `counts[slot]` is 0 for an empty slot.
 */
function countTrigrams(cleaned: string): {readonly trigrams: Float64Array; readonly counts: Int32Array; readonly distinct: number} {
  const total = Math.max(0, cleaned.length - 2)
  let size = 16
  while (size < 2 * total) size *= 2
  const mask = size - 1
  const trigrams = new Float64Array(size)
  const counts = new Int32Array(size)
  let distinct = 0
  for (let index = 0; index < total; index++) {
    const trigram = packTrigram(cleaned, index)
    let slot = hashTrigram(trigram) & mask
    while (counts[slot] !== 0 && trigrams[slot] !== trigram) slot = (slot + 1) & mask
    if (counts[slot]!++ === 0) {
      trigrams[slot] = trigram
      distinct++
    }
  }
  return {trigrams, counts, distinct}
}

/** What the ranking of one text works from: the script's languages and each one's distance, or the answer when there is nothing to rank. */
type Distances =
  | {readonly answer: string}
  | {readonly languages: readonly string[]; readonly distances: Int32Array; readonly sampleLength: number}

/**
 * Each language's distance from a text, as franc-min's `francAll` sums it:
 * over the text's distinct trigrams, `|count − rank − 1|` where the
 * language's profile holds the trigram and 300 where it does not.
 */
function languageDistances(text: string, only: readonly string[], ignore: readonly string[], minLength: number): Distances {
  if (text.length === 0 || text.length < minLength) return {answer: 'und'}
  const value = text.slice(0, sampleLength)
  const script = topScript(value)
  const profiles = scriptProfiles().get(script.name)
  if (profiles === undefined) {
    return {answer: script.count === 0 || !allowed(script.name, only, ignore) ? 'und' : script.name}
  }
  const {languages, postings} = profiles
  const {trigrams, counts, distinct} = countTrigrams(cleanForTrigrams(value))
  // Every trigram starts at the full penalty; a language holding it gets its rank difference instead.
  const distances = new Int32Array(languages.length).fill(distinct * missingTrigramPenalty)
  for (let slot = 0; slot < counts.length; slot++) {
    const count = counts[slot]!
    if (count === 0) continue
    const start = findTrigram(profiles, trigrams[slot]!)
    if (start === -1) continue
    const end = start + 1 + 2 * postings[start]!
    for (let index = start + 1; index < end; index += 2) {
      distances[postings[index]!]! += Math.abs(count - postings[index + 1]! - 1) - missingTrigramPenalty
    }
  }
  return {languages, distances, sampleLength: value.length}
}

/**
 * Rank the languages a text may be in, with the same answers and scores as
 * franc-min's `francAll` (Cavnar & Trenkle 1994 trigram profiles), faster:
 * the script is found first, then the text's trigrams are looked up once in
 * an index of that script's profiles instead of once per language.
 *
 * A language's distance is the sum, over the text's distinct trigrams, of
 * `|count − rank − 1|` where its profile holds the trigram and 300 where it
 * does not; the smallest distance wins and ties keep franc-min's order.
 * Scores are `1 − (distance − best) / (length × 300 − best)`.
 *
 * @param text The text; only its first 2,048 characters are read.
 * @param options Languages to choose from or ignore, and the length floor.
 * @returns Languages from best to worst, or `[['und', 1]]` when the text is too short or in no known script.
 */
export function rankLanguages(text: string, options: RankLanguagesOptions): LanguageScore[] {
  const {only, ignore, minLength} = options
  const found = languageDistances(text, only, ignore, minLength)
  if ('answer' in found) return [[found.answer, 1]]
  const {languages, distances} = found
  const ranked: Array<[string, number]> = []
  languages.forEach((code, index) => {
    if (allowed(code, only, ignore)) ranked.push([code, distances[index]!])
  })
  if (ranked.length === 0) return [['und', 1]]
  ranked.sort((left, right) => left[1] - right[1])
  const best = ranked[0]![1]
  const spread = found.sampleLength * missingTrigramPenalty - best
  return ranked.map(([code, distance]) => [code, 1 - (distance - best) / spread || 0])
}

/**
 * The language `rankLanguages` puts first, without ranking the rest: the
 * first language, in franc-min's order, of the smallest distance.
 *
 * @param text The text; only its first 2,048 characters are read.
 * @param options Languages to choose from or ignore, and the length floor.
 * @returns An ISO 639-3 code, a one-language script's code, or `und`.
 */
export function topLanguage(text: string, options: RankLanguagesOptions): string {
  const {only, ignore, minLength} = options
  const found = languageDistances(text, only, ignore, minLength)
  if ('answer' in found) return found.answer
  const {languages, distances} = found
  let best = 'und'
  let bestDistance = Infinity
  for (let index = 0; index < languages.length; index++) {
    if (distances[index]! < bestDistance && allowed(languages[index]!, only, ignore)) {
      best = languages[index]!
      bestDistance = distances[index]!
    }
  }
  return best
}
