import {knownPlaces, metonyms, phraseAliases, wordAliases} from '../../normalize/lexicon/index'

/**
 * Spelling, transliteration and short-form variants of names, so that
 * `US`, `U.S.`, `USA`, `America` and `United States` count as one name,
 * `Kataeb` and `Kataib` as one spelling, and `Iranian` as a form of `Iran`.
 * The alias tables (`normalize/lexicon`) handle what no rule can; a bounded
 * edit distance and a demonym rule handle the rest.
 */

/** The country a capital or government building stands for, or the key itself. */
export function governmentKey(key: string): string {
  return metonyms.get(key) ?? key
}

/** The multi-word aliases by their first word, longest first, so a look-up tries only the phrases that can start here. */
const phrasesByFirstWord = /* @__PURE__ */ groupByFirstWord(phraseAliases)

/**
 * The shapes of the aliases' first words, to turn most words away without
 * hashing them: for each ASCII code unit, a bit per length (below 32) of a
 * first word starting with it. A word of another first unit or of 32 units
 * or more is looked up in the map.
 */
const phraseStartShapes = /* @__PURE__ */ shapesOf([...phrasesByFirstWord.keys()])

function shapesOf(words: readonly string[]): Uint32Array {
  const shapes = new Uint32Array(128)
  for (const word of words) {
    const code = word.charCodeAt(0)
    if (code < 128 && word.length < 32) shapes[code] = shapes[code]! | (1 << word.length)
  }
  return shapes
}

/** False when no multi-word alias starts with `lower`, known from its first unit and length alone; true when it may. */
function mayStartPhrase(lower: string): boolean {
  const code = lower.charCodeAt(0)
  const length = lower.length
  return length === 0 || code >= 128 || length >= 32 || ((phraseStartShapes[code]! >>> length) & 1) === 1
}

/** Group phrases by their first word, keeping their order. */
function groupByFirstWord(phrases: ReadonlyArray<readonly [readonly string[], string]>): ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], string]>> {
  const grouped = new Map<string, Array<readonly [readonly string[], string]>>()
  for (const entry of phrases) {
    const first = entry[0][0] as string
    const bucket = grouped.get(first)
    if (bucket === undefined) grouped.set(first, [entry])
    else bucket.push(entry)
  }
  return grouped
}

/** True for a demonym or adjective of a place (`Iraqi`, `American`), which names no one by itself. */
export function isDemonym(lower: string): boolean {
  const key = wordAliases.get(lower)
  return key !== undefined && key !== lower && !lower.includes(' ') && /(?:an|ans|i|is|ese|sh|ch|ic|ek|s)$/.test(lower)
}

/** Words that are names or demonyms the detectors may trust even at a sentence start. */
export function isKnownName(lower: string): boolean {
  const folded = lower.includes('.') ? lower.replace(/\./g, '') : lower
  return wordAliases.has(folded) || knownPlaces.has(folded)
}

/**
 * The comparison key of one name word: lowercase, periods and possessive
 * removed, aliases resolved (`U.S` → `us`, `Kataeb` → `kataib`,
 * `Iranian` → `iran`). The pronoun `us` is told apart by case.
 *
 * @param text The word as written.
 * @returns Its key.
 */
export function nameKey(text: string): string {
  return nameKeyOfLowerCase(text, text.toLowerCase())
}

/** `nameKey` of a word whose `toLowerCase()` is already known. */
function nameKeyOfLowerCase(text: string, lower: string): string {
  if (text === 'us' || text === 'Us') return 'us-pronoun'
  // Most words have no period or apostrophe: skip the rewrites for them.
  if (/[.'’‘ʼ`´′]/.test(lower)) lower = lower.replace(/[’‘ʼ`´′]/g, "'").replace(/\./g, '').replace(/'s?$/, '')
  return wordAliases.get(lower) ?? lower
}

/**
 * A lowercase word without a final `'` or `’`, with or without an `s`
 * after it (what `/['’]s?$/` removes), without the pattern.
 */
function withoutPossessive(lower: string): string {
  const length = lower.length
  if (length === 0) return lower
  const last = lower.charCodeAt(length - 1)
  if (last === 0x27 || last === 0x2019) return lower.slice(0, -1)
  if (last !== 0x73 || length < 2) return lower
  const before = lower.charCodeAt(length - 2)
  return before === 0x27 || before === 0x2019 ? lower.slice(0, -2) : lower
}

/**
 * `nameKey` for a word whose folded lowercase form (apostrophes plain,
 * possessive removed) is already known.
 *
 * @param text The word as written.
 * @param lower Its folded lowercase form.
 */
export function nameKeyOfLower(text: string, lower: string): string {
  if (text === 'us' || text === 'Us') return 'us-pronoun'
  const folded = lower.includes('.') ? lower.replace(/\./g, '') : lower
  return wordAliases.get(folded) ?? folded
}

/** Most words in a multi-word alias (`democratic republic of the congo`: 5). */
export const longestPhraseAlias: number = /* @__PURE__ */ phraseAliases.reduce((longest, [phrase]) => Math.max(longest, phrase.length), 1)

/**
 * True when some multi-word alias starts with this word (`united`): only
 * then can `matchPhraseAlias` find one starting there.
 *
 * @param lower The word, lowercase, possessive removed.
 */
export function startsPhraseAlias(lower: string): boolean {
  return mayStartPhrase(lower) && phrasesByFirstWord.has(lower)
}

/**
 * The multi-word alias starting at word `i`, if any (`united states` → `us`).
 *
 * @param lowers Lowercase words, possessives removed.
 * @param i Where the phrase would start.
 * @returns Its key and its length in words.
 */
export function matchPhraseAlias(lowers: readonly string[], i: number): {key: string; length: number} | undefined {
  const first = lowers[i]
  if (first === undefined || !mayStartPhrase(first)) return undefined
  const candidates = phrasesByFirstWord.get(first)
  if (candidates === undefined) return undefined
  for (const [phrase, key] of candidates) {
    if (phrase.every((p, k) => lowers[i + k] === p)) return {key, length: phrase.length}
  }
  return undefined
}

/** A run of words folded into one name key, with the word range it covers. */
export interface NameToken {
  readonly key: string
  /** Index of the first word covered. */
  readonly first: number
  /** Index of the last word covered. */
  readonly last: number
}

/**
 * Fold a sequence of words into name keys, merging the multi-word aliases
 * (`United States` → one `us` token).
 *
 * @param words Words as written, in order.
 * @returns One token per word or merged phrase.
 */
export function nameTokens(words: readonly string[]): NameToken[] {
  // Each word lowercased once: for the phrases (possessive removed) and for its own key.
  const lowerCases = words.map((w) => w.toLowerCase())
  const lowers = lowerCases.map(withoutPossessive)
  const tokens: NameToken[] = []
  for (let i = 0; i < words.length; i++) {
    const phrase = matchPhraseAlias(lowers, i)
    if (phrase !== undefined) {
      tokens.push({key: phrase.key, first: i, last: i + phrase.length - 1})
      i += phrase.length - 1
    } else tokens.push({key: nameKeyOfLowerCase(words[i] as string, lowerCases[i] as string), first: i, last: i})
  }
  return tokens
}

/**
 * The tokens of `nameTokens` that merge several words (`United States` →
 * `us`), and only those: what a caller needs when the single words' keys
 * are not read, without the key of every word.
 *
 * @param words Words as written, in order.
 * @returns The merged phrases, as `nameTokens` gives them.
 */
export function phraseTokens(words: readonly string[]): NameToken[] {
  const lowers = words.map((w) => withoutPossessive(w.toLowerCase()))
  const tokens: NameToken[] = []
  for (let i = 0; i < words.length; i++) {
    const phrase = matchPhraseAlias(lowers, i)
    if (phrase === undefined) continue
    if (phrase.length > 1) tokens.push({key: phrase.key, first: i, last: i + phrase.length - 1})
    i += phrase.length - 1
  }
  return tokens
}

/**
 * The rows `editDistance` reads and writes, shared by every call and grown
 * as needed: two rows back, the row before and the current row, each of
 * `b.length + 1` cells.
 */
let distanceRows = new Int32Array(3 * 64)

/** Edit distance with adjacent transpositions, stopping early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  if (distanceRows.length < 3 * width) distanceRows = new Int32Array(3 * width)
  const rows = distanceRows
  // Rows rotate through three slots of `rows`: `twoBack`, `previous` and `current` are their offsets.
  let twoBack = 0
  let previous = width
  let current = 2 * width
  for (let j = 0; j <= b.length; j++) rows[previous + j] = j
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[twoBack + j - 2]! + 1)
      rows[current + j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    const free = twoBack
    twoBack = previous
    previous = current
    current = free
  }
  return rows[previous + b.length]!
}

/** Letters that no accent folding takes apart, written as they are transliterated (Đuričić ↔ Djuričič). */
const letterFolds: Readonly<Record<string, string>> = {đ: 'dj', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i'}

/** Fold accents, vowels, an inner `j` and vowel doubling, so transliterations meet (`Nguyễn`, `Nguyen`; `Kyjev`, `Kiev`). */
function skeleton(key: string): string {
  // Accents are folded only when there are any: most keys are plain ASCII.
  const plain = /[^\x00-\x7f]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đðłøßæœı]/g, (c) => letterFolds[c] ?? c) : key
  let out = ''
  let first = true
  // By code point, as `[...plain]` gives them, without the array.
  for (const char of plain) {
    // A `j` inside a name is a vowel glide in most transliterations (Kyjev, Kyiv, Kiev).
    const folded = 'aeiouy'.includes(char) || (char === 'j' && !first) ? 'a' : char
    first = false
    if (!out.endsWith(folded)) out += folded
  }
  return out
}

/**
 * True when two name keys are spellings of the same name: equal, equal
 * without accents and vowel runs, within a small edit distance (1 for names
 * of 6 to 8 letters, 2 from 9), or a demonym of the other (`syria`/`syrian`).
 *
 * @param a A key from `nameKey`.
 * @param b Another key.
 */
export function namesMatch(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length < 3 || b.length < 3) return false
  return skeleton(a) === skeleton(b) || spelledClose(a, b)
}

/**
 * The last two tests of `namesMatch`, for two keys of three letters or
 * more: within a small edit distance, or one a demonym of the other.
 */
function spelledClose(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length)
  // Short names differ by one letter too often (Iran, Iraq) to allow edits below six letters.
  if (shorter >= 6) {
    const limit = shorter >= 9 ? 2 : 1
    if (editDistance(a, b, limit) <= limit) return true
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 4 && long.startsWith(short) && /^(?:n|an|ian|i|ese|ish|s)$/.test(long.slice(short.length))
}

/** A set of name keys that answers "is some spelling of this name, or the country it stands for, in here?". */
export interface NameIndex {
  /** True when some key of the index is `key` or a spelling variant of it (see `namesMatch`). */
  readonly has: (key: string) => boolean
}

/**
 * Most one-by-one name comparisons one index makes. Real beads hold a few
 * dozen names, far below it; a degenerate bead of thousands of distinct
 * names stops comparing spellings once it is spent (exact, alias and
 * skeleton look-ups go on), which keeps the work linear.
 */
export const nameComparisonBudget = 20_000

/**
 * Index name keys for repeated look-ups: exact keys, the countries capitals
 * stand for and accent/vowel skeletons are found by hashing; only the rest
 * is compared one by one (edit distance, demonyms), with keys bucketed by
 * length and at most `nameComparisonBudget` comparisons in all.
 *
 * @param keys Keys from `nameKey`/`nameTokens`.
 * @returns The index.
 */
export function indexNames(keys: readonly string[]): NameIndex {
  const exact = new Set(keys)
  // Built on the first key not found as it is: most look-ups find it.
  let governments: Set<string> | undefined
  let skeletons: Set<string> | undefined
  let byLength: Map<number, string[]> | undefined
  let budget = nameComparisonBudget
  return {
    has(key: string): boolean {
      if (exact.has(key)) return true
      if (governments === undefined) {
        governments = new Set()
        for (const other of exact) governments.add(governmentKey(other))
      }
      if (governments.has(governmentKey(key))) return true
      if (key.length < 3) return false
      // Built on the first miss only: most look-ups hit an exact key.
      if (skeletons === undefined) {
        skeletons = new Set()
        for (const other of exact) if (other.length >= 3) skeletons.add(skeleton(other))
      }
      if (skeletons.has(skeleton(key))) return true
      if (byLength === undefined) {
        byLength = new Map()
        for (const other of exact) {
          const bucket = byLength.get(other.length)
          if (bucket === undefined) byLength.set(other.length, [other])
          else bucket.push(other)
        }
      }
      // Edits change the length by at most 2, a demonym suffix by at most 3.
      for (let length = key.length - 3; length <= key.length + 3; length++) {
        for (const other of byLength.get(length) ?? []) {
          if (budget <= 0) return false
          budget--
          // `namesMatch`, less what the look-ups above ruled out: `other` is not `key`, and
          // a key of three letters or more does not have its skeleton.
          if (other.length >= 3 && spelledClose(key, other)) return true
        }
      }
      return false
    },
  }
}
