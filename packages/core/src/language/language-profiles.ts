import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'

/**
 * The trigram profiles of franc-min (82 languages spoken by 8 million people
 * or more), turned around into one index per script: for each trigram, the
 * languages whose profile holds it and its rank there.
 *
 * franc compares a text's trigram counts with every profile of the text's
 * script, one lookup per trigram and language (about 11,000 lookups for 256
 * characters of Latin script). With the index, a text only visits the
 * languages that hold each of its trigrams, and a language's distance starts
 * from the largest penalty for every trigram and is lowered where it matches.
 * The distances, and so the answers, are the same as franc-min's.
 */
export interface ScriptProfiles {
  /** ISO 639-3 codes, in franc-min's order (its tie-break). */
  readonly languages: readonly string[]
  /** Per trigram: pairs of (language index, rank in that language's profile), flattened. */
  readonly postings: ReadonlyMap<string, Int32Array>
}

/** The script expressions, in franc-min's order: a script's name, or a language code for a one-language script. */
export const scriptExpressions: ReadonlyArray<readonly [string, RegExp]> = Object.entries(expressions)

/** The penalty for a trigram a profile does not hold (franc's `MAX_DIFFERENCE`). */
export const missingTrigramPenalty = 300

/** Turn one script's profiles (`'|'`-separated trigrams, most frequent first) around. */
function indexScript(profiles: Readonly<Record<string, string>>): ScriptProfiles {
  const languages = Object.keys(profiles)
  const lists = new Map<string, number[]>()
  languages.forEach((language, languageIndex) => {
    const seen = new Set<string>()
    profiles[language]!.split('|').forEach((trigram, rank) => {
      // franc keeps a repeated trigram's first rank.
      if (seen.has(trigram)) return
      seen.add(trigram)
      let list = lists.get(trigram)
      if (list === undefined) lists.set(trigram, (list = []))
      list.push(languageIndex, rank)
    })
  })
  const postings = new Map<string, Int32Array>()
  for (const [trigram, list] of lists) postings.set(trigram, Int32Array.from(list))
  return {languages, postings}
}

let indexed: ReadonlyMap<string, ScriptProfiles> | undefined

/**
 * The index of every script with several languages, built on first use
 * (about 20,000 trigrams; a few milliseconds) so that importing the package
 * costs nothing. It is derived from constant data only, so it never changes
 * a result.
 *
 * @returns The profiles per script name (`Latin`, `Cyrillic`, `Arabic`, `Devanagari`).
 */
export function scriptProfiles(): ReadonlyMap<string, ScriptProfiles> {
  if (indexed === undefined) {
    indexed = new Map(Object.entries(data).map(([script, profiles]) => [script, indexScript(profiles)]))
  }
  return indexed
}
