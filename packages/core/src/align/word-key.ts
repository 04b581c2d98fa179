import {foldText} from '../normalize/normalize-text'
import {stemWord, stripPossessive} from '../normalize/stem-word'
import {wordPatternSource} from '../normalize/tokenize-words'
import {lookupTable} from '../lookup-table'

/**
 * Words too common to say anything about which sentence corresponds to which,
 * plus the names of HTML entities, whose residue (`quot;`) shows up as words.
 */
const stopWords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say according s t also which whose upon onto via per among amid toward towards within without ' +
    'quot amp apos nbsp lt gt rsquo lsquo rdquo ldquo ndash mdash hellip 39 34 8217 8220 8221'
  ).split(' '),
)

/** Multi-word names folded to one key before words are split: United States, U.S., USA → `us`; United Kingdom, U.K. → `uk`. */
const phraseAliasPattern = /\bunited states(?: of america)?\b|\bu\.s\.(?:a\.?)?(?![\p{L}\p{N}])|\bunited kingdom\b|\bu\.k\.(?![\p{L}\p{N}])/gu

/** Single words with the same referent. */
const wordAliases: Readonly<Record<string, string>> = lookupTable({usa: 'us', 'u.s': 'us', 'u.s.a': 'us', 'u.k': 'uk', shia: 'shiite', "shi'ite": 'shiite'})

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
  return foldText(text).replace(phraseAliasPattern, (match) => (match.includes('k') ? 'uk' : 'us'))
}

// The word pattern of `tokenizeWords`; on folded text its typographic apostrophes and dashes never occur.
const foldedWordPattern = new RegExp(wordPatternSource, 'gu')

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
  key = wordAliases[key] ?? key
  if (stopWords.has(key)) return ''
  if (/^[\p{N}.,]+$/u.test(key)) return key.replace(/,/g, '')
  return stemWord(key.replace(/-/g, ''))
}
