import {missingTrigramPenalty, scriptExpressions, scriptProfiles} from './language-profiles'

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

const undetermined: LanguageScore[] = [['und', 1]]

function allowed(code: string, only: readonly string[], ignore: readonly string[]): boolean {
  return (only.length === 0 || only.includes(code)) && !ignore.includes(code)
}

/** The script (or one-script language) with the most characters; ties go to the first in franc's order. */
function topScript(value: string): {readonly name: string | undefined; readonly count: number} {
  let name: string | undefined
  let count = -1
  for (const [script, expression] of scriptExpressions()) {
    const found = value.match(expression)?.length ?? 0
    if (found > count) {
      count = found
      name = script
    }
  }
  return {name, count}
}

/** Trigram counts of the text as franc cleans it: ASCII punctuation and digits to spaces, spaces collapsed, lower case, padded. */
function countTrigrams(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
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
  if (text.length === 0 || text.length < minLength) return undetermined
  const value = text.slice(0, sampleLength)
  const script = topScript(value)
  const profiles = script.name === undefined ? undefined : scriptProfiles().get(script.name)
  if (profiles === undefined) {
    if (script.name === undefined || script.count === 0 || !allowed(script.name, only, ignore)) return undetermined
    return [[script.name, 1]]
  }

  const {languages, postings} = profiles
  const distances = new Array<number>(languages.length).fill(0)
  let trigramCount = 0
  for (const [trigram, count] of countTrigrams(value)) {
    trigramCount++
    const list = postings.get(trigram)
    if (list === undefined) continue
    for (let index = 0; index < list.length; index += 2) {
      // Replace this trigram's penalty by its rank difference in this language.
      distances[list[index]!]! += Math.abs(count - list[index + 1]! - 1) - missingTrigramPenalty
    }
  }

  const ranked: Array<[string, number]> = []
  languages.forEach((code, index) => {
    if (allowed(code, only, ignore)) ranked.push([code, distances[index]! + trigramCount * missingTrigramPenalty])
  })
  if (ranked.length === 0) return undetermined
  ranked.sort((left, right) => left[1] - right[1])
  const best = ranked[0]![1]
  const spread = value.length * missingTrigramPenalty - best
  return ranked.map(([code, distance]) => [code, 1 - (distance - best) / spread || 0])
}
