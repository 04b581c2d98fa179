import {unionOf} from '../../lookup-table'
import {countryTable} from './countries'
import {metonyms as handMetonyms, phraseAliases as handPhraseAliases, wordAliases as handWordAliases} from './name-aliases'

/**
 * Countries and capitals joined with the hand-written aliases: one key per
 * country (the hand table's key when it has one, `us` for the United States,
 * `czechia` for the Czech Republic, else the country's name), every name of it
 * an alias, every capital a metonym of it ("Prague said" ↔ "the Czech
 * government said") and a place trusted as a name at a sentence start.
 */

/** Capitals that are common words too (`Malé` folds to `male`). */
const ambiguousCapitals = /* @__PURE__ */ new Set(['male', 'victoria', 'kingston', 'valley'])

const phraseKeys = /* @__PURE__ */ new Map(/* @__PURE__ */ handPhraseAliases.map(([words, key]) => [words.join(' '), key]))

function countryKey(names: readonly string[]): string {
  for (const name of names) {
    const key = name.includes(' ') ? phraseKeys.get(name) : handWordAliases.get(name)
    if (key !== undefined) return key
  }
  return (names[0] ?? '').replace(/ /g, '-')
}

/** The joined tables, before they are exported one by one. */
interface PlaceTables {
  readonly phraseAliases: ReadonlyArray<readonly [readonly string[], string]>
  readonly wordAliases: ReadonlyMap<string, string>
  readonly metonyms: ReadonlyMap<string, string>
  readonly places: ReadonlySet<string>
  readonly countryKeys: ReadonlySet<string>
  readonly countryPhraseAliases: ReadonlyArray<readonly [readonly string[], string]>
}

function joinTables(): PlaceTables {
  const phrases: Array<readonly [readonly string[], string]> = [...handPhraseAliases]
  const words = new Map(handWordAliases)
  const metonymTable = new Map(handMetonyms)
  const places = new Set<string>()
  const keys = new Set<string>()
  for (const [, names, capital] of countryTable) {
    if (names.length === 0) continue
    const key = countryKey(names)
    keys.add(key)
    for (const name of names) {
      if (name.includes(' ')) {
        if (!phraseKeys.has(name)) phrases.push([name.split(' '), key])
      } else {
        if (!words.has(name)) words.set(name, key)
        places.add(name)
      }
    }
    if (capital !== '' && !capital.includes(' ') && !ambiguousCapitals.has(capital)) {
      if (!metonymTable.has(capital)) metonymTable.set(capital, key)
      places.add(capital)
    }
  }
  // Longest phrases first, so `united states of america` wins over `united states`.
  phrases.sort((a, b) => b[0].length - a[0].length)
  return {
    phraseAliases: phrases,
    wordAliases: words,
    metonyms: metonymTable,
    places,
    countryKeys: keys,
    countryPhraseAliases: phrases.filter(([, key]) => keys.has(key)),
  }
}

let joined: PlaceTables | undefined

/**
 * One of the joined tables, joined on first use. A call rather than top-level
 * statements, so that a bundler can drop the tables when nothing reads them.
 */
function placeTable<Name extends keyof PlaceTables>(name: Name): PlaceTables[Name] {
  joined ??= joinTables()
  return joined[name]
}

/** Multi-word names (hand aliases and country names) and their key, longest first. */
export const phraseAliases: ReadonlyArray<readonly [readonly string[], string]> = /* @__PURE__ */ placeTable('phraseAliases')

/** Single-word names and demonyms (hand aliases and country names) and their key. */
export const wordAliases: ReadonlyMap<string, string> = /* @__PURE__ */ placeTable('wordAliases')

/** Capitals and government buildings and the country they stand for. */
export const metonyms: ReadonlyMap<string, string> = /* @__PURE__ */ placeTable('metonyms')

/** Single-word countries and capitals, plus a few regions common in news: trusted as names even at a sentence start. */
export const knownPlaces: ReadonlySet<string> = /* @__PURE__ */ unionOf(/* @__PURE__ */ placeTable('places'), ['gaza', 'palestine', 'kosovo', 'taiwan', 'korea', 'washington', 'geneva'])

/** The key of every country (`us`, `uk`, `czechia`, `south-korea`…). */
export const countryKeys: ReadonlySet<string> = /* @__PURE__ */ placeTable('countryKeys')

/**
 * Multi-word country names only (`united states`, `czech republic`): what the
 * aligner folds before weighing words, where folding an organisation's long
 * name into its acronym would make a sentence that quotes the name look
 * closer to another than its other words justify.
 */
export const countryPhraseAliases: ReadonlyArray<readonly [readonly string[], string]> = /* @__PURE__ */ placeTable('countryPhraseAliases')
