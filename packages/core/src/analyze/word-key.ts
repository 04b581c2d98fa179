import {foldText} from '../normalize/normalize-text'
import {stemWord, stripPossessive} from '../normalize/stem-word'
import {wordPatternSource} from '../normalize/tokenize-words'
import {countryPhraseAliases, stopWords, wordAliases} from '../normalize/lexicon/index'

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Multi-word country names folded to one key before words are split (United
 * States, U.S., USA → `us`; United Kingdom, U.K. → `uk`; Czech Republic →
 * `czechia`), from the shared alias table (`normalize/lexicon`), longest
 * first: the pattern and each phrase's key, made on first use (so that a
 * bundle that never folds phrases carries neither).
 */
let phraseFolding: {readonly pattern: RegExp; readonly keys: ReadonlyMap<string, string>} | undefined

function phraseFoldingTables(): NonNullable<typeof phraseFolding> {
  phraseFolding ??= {
    pattern: new RegExp(
      `\\b(?:${countryPhraseAliases.map(([words]) => words.map(escape).join(' ')).join('|')})\\b|\\bu\\.s\\.(?:a\\.?)?(?![\\p{L}\\p{N}])|\\bu\\.k\\.(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    keys: new Map(countryPhraseAliases.map(([words, key]) => [words.join(' '), key])),
  }
  return phraseFolding
}

/** The key of a phrase the pattern matched (the tables are made by then). */
function phraseKey(match: string): string {
  return phraseFolding!.keys.get(match) ?? (match.startsWith('u.k') ? 'uk' : 'us')
}

/**
 * Fold a sentence for matching: `normalizeText` (lowercase; quotes, dashes
 * and apostrophes made plain; entities, damaged ones included, decoded;
 * whitespace collapsed), then multi-word names folded (United States → us).
 * The result is for comparison only; it keeps no offsets.
 *
 * @param text Original sentence text.
 * @returns The folded text.
 */
export function foldForMatching(text: string): string {
  return foldPhrases(foldText(text))
}

/**
 * The second step of `foldForMatching`: multi-word names of a text already
 * folded by `foldText` made one key (United States → `us`).
 *
 * @param folded Output of `foldText`.
 * @returns The text the aligner matches.
 */
export function foldPhrases(folded: string): string {
  return folded.replace(phraseFoldingTables().pattern, phraseKey)
}

// The word pattern of `tokenizeWords`; on folded text its typographic apostrophes and dashes never occur.
const foldedWordPattern = /* @__PURE__ */ new RegExp(wordPatternSource, 'gu')

/**
 * The content-word keys of a folded sentence: stop words dropped, possessives
 * stripped, British spellings and common inflections folded by `stemWord` (the
 * stemmer the drift signals use too) so that `neighbourhood`/`neighborhood`
 * and `attacks`/`attack` share a key.
 *
 * @param folded Output of `foldForMatching`.
 * @param cache Keys of words already seen, shared across the sentences of one comparison.
 * @returns Keys in order of appearance (with repeats).
 */
export function wordKeys(folded: string, cache?: Map<string, string>): string[] {
  const keys: string[] = []
  for (const match of folded.matchAll(foldedWordPattern)) {
    const word = match[0]
    let key = cache?.get(word)
    if (key === undefined) {
      key = wordKey(word)
      cache?.set(word, key)
    }
    if (key !== '') keys.push(key)
  }
  return keys
}

/**
 * The key of one lowercase word, or `''` for a stop word.
 *
 * @param word A lowercase word.
 * @returns Its key.
 */
export function wordKey(word: string): string {
  let key = stripPossessive(word)
  if (hasLetter(key)) key = wordAliases.get(key.includes('.') ? key.replace(/\./g, '') : key) ?? key
  if (stopWords.has(key)) return ''
  if (isNumberLike(key)) return key.includes(',') ? key.replace(/,/g, '') : key
  return stemWord(key.includes('-') ? key.replace(/-/g, '') : key)
}

/** Whether a word has a letter (`\p{L}`): ASCII by code, anything else by the pattern. */
function hasLetter(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80) return /\p{L}/u.test(word)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true
  }
  return false
}

/** Whether a word is only digits (`\p{N}`), periods and commas, and not empty: ASCII by code, anything else by the pattern. */
function isNumberLike(word: string): boolean {
  if (word.length === 0) return false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80) return /^[\p{N}.,]+$/u.test(word)
    if (!((code >= 48 && code <= 57) || code === 0x2e || code === 0x2c)) return false
  }
  return true
}
