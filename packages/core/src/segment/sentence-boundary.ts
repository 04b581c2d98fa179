import {isSegmentSpace} from './segment-paragraphs'

/**
 * The rules that decide whether a run of sentence punctuation ends a
 * sentence. Both splitters (`rules` and `sentence-splitter`) propose
 * candidates; every candidate is decided here, so the two agree on the
 * cases that matter: abbreviations, initials, numbers, closing quotes.
 */

/** A run of sentence-final punctuation (`.`, `?!`, `...`, `…`, `。`). */
export const terminalRunPattern = /[.!?\u2026\u203C\u2047-\u2049\u3002\uFF01\uFF1F\uFF61]+/g

/** Full stops of scripts written without spaces: no space is needed after them. */
const closesWithoutSpace = /* @__PURE__ */ new Set([0x3002, 0xff01, 0xff1f, 0xff61])
/** Closing quotes and brackets that stay with the sentence they close (`USA!”`, `development.”)`). */
const closers = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('"\'\u201D\u2019\u00BB\u203A)]}\u300D\u300F', (c) => c.charCodeAt(0)))
/** Opening quotes and brackets that may begin a sentence (`“Now …`, `(Reuters) …`). */
const openers = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('"\'\u201C\u2018\u201E\u201A\u00AB\u2039([{\u00BF\u00A1\u300C\u300E', (c) => c.charCodeAt(0)))
/** Characters that continue a sentence when they follow the punctuation (`development.” .`, `Yahoo!, which`). */
const continuers = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from(',;:.!?)]}\u2026-\u2013\u2014%', (c) => c.charCodeAt(0)))

/** Abbreviations that never end a sentence: a title before a name, `e.g.`, `vs.`. */
const nonFinal = /* @__PURE__ */ new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'adm', 'sgt', 'cpl', 'pvt', 'sen', 'rep', 'gov', 'pres', 'supt', 'insp', 'rev', 'hon', 'fr', 'sr', 'sra',
  'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca', 'esp', 'incl',
])
/** Abbreviations that do not end a sentence before a number (`No. 5`, `Vol. 2`, `Fig. 3`). */
const nonFinalBeforeNumber = /* @__PURE__ */ new Set(['no', 'nos', 'vol', 'vols', 'pp', 'fig', 'figs', 'ch', 'sec', 'art', 'op', 'pt', 'tel', 'ext'])
/**
 * Abbreviations that may end a sentence (`… by the U.S. The …`) or not
 * (`Dec. 31`, `U.S. Embassy`, `Acme Inc. shares`): they end one only before a
 * word that typically starts a sentence.
 */
const ambiguous = /* @__PURE__ */ new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'jr', 'st', 'ave', 'blvd', 'rd', 'mt', 'ft', 'etc', 'al', 'dept', 'univ', 'govt', 'bros', 'est',
])
/** Names spelt with an exclamation mark, which does not end a sentence before the next word of the name (`Yahoo! News`). */
const exclaimedNames = /* @__PURE__ */ new Set(['yahoo', 'jeopardy'])
/** Words that commonly begin a sentence; after an ambiguous abbreviation they confirm the end of one. */
const starters = /* @__PURE__ */ new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'then', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'if', 'when', 'while', 'after',
  'before', 'since', 'however', 'meanwhile', 'still', 'also', 'some', 'many', 'most', 'no', 'not', 'one', 'our', 'his',
  'her', 'their', 'my', 'your', 'what', 'why', 'how', 'who', 'where', 'both', 'each', 'all', 'every', 'another', 'such',
  'thus', 'later', 'earlier', 'now', 'today', 'yesterday', 'tomorrow', 'here', 'there', 'once', 'during', 'despite',
])

const dottedAbbreviationPattern = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u
const singleLetterPattern = /^\p{L}$/u
const numberPattern = /^\p{N}+$/u
const lowercasePattern = /^\p{Ll}$/u
const wordPattern = /\p{L}+/uy
const linkPattern = /https?:\/\/|www\./y

/**
 * Decide whether the punctuation run `[runStart, runEnd)` ends a sentence.
 *
 * It does when it is followed (after any closing quotes and brackets) by
 * whitespace or the end of the paragraph, and the next sentence starts with
 * something other than a lowercase letter or a continuing punctuation mark
 * (a link such as `https://t.co/…` counts as a start),
 * and, for a single period, the word before it is not an abbreviation that
 * keeps the sentence going (`Mr.`, `e.g.`, initials like `J.`, `U.S. Embassy`,
 * `Dec. 31`). A number before the period ends a sentence (`killed 25. The`).
 *
 * @param text The original text.
 * @param start Start of the paragraph holding the run.
 * @param runStart Start of the punctuation run.
 * @param runEnd End of the punctuation run.
 * @param end End of the paragraph.
 * @returns The end of the sentence (after its closing quotes), or -1 when the run does not end one.
 */
export function decideBoundary(text: string, start: number, runStart: number, runEnd: number, end: number): number {
  let close = runEnd
  while (close < end && closers.has(text.charCodeAt(close))) close++
  if (close >= end) return end
  if (!isSegmentSpace(text.charCodeAt(close)) && !closesWithoutSpace.has(text.charCodeAt(runEnd - 1))) return -1

  // What comes next: skip whitespace and opening quotes, look at the first character.
  let next = close
  while (next < end && isSegmentSpace(text.charCodeAt(next))) next++
  let letter = next
  while (letter < end && openers.has(text.charCodeAt(letter))) letter++
  if (letter >= end) return -1
  const first = text.charCodeAt(letter)
  // A link after finished punctuation starts a unit of its own (an embedded post's `https://t.co/…` byline).
  linkPattern.lastIndex = letter
  const startsLink = linkPattern.test(text)
  if (continuers.has(first) || (!startsLink && lowercasePattern.test(String.fromCodePoint(text.codePointAt(letter) ?? first)))) return -1

  if (runEnd - runStart === 1 && text.charCodeAt(runStart) === 0x21) {
    // `Yahoo! News`: a name spelt with its `!` ends a sentence only before a typical sentence opener.
    let nameStart = runStart
    while (nameStart > start && /\p{L}/u.test(text[nameStart - 1] ?? '')) nameStart--
    if (exclaimedNames.has(text.slice(nameStart, runStart).toLowerCase())) {
      wordPattern.lastIndex = letter
      const nextWord = wordPattern.exec(text)
      return nextWord && starters.has(nextWord[0].toLowerCase()) ? close : -1
    }
  }
  if (runEnd - runStart !== 1 || text.charCodeAt(runStart) !== 0x2e) return close

  // A single period: look at the word before it.
  let wordStart = runStart
  while (wordStart > start && !isSegmentSpace(text.charCodeAt(wordStart - 1))) wordStart--
  let from = wordStart
  while (from < runStart && openers.has(text.charCodeAt(from))) from++
  let to = runStart
  while (to > from && closers.has(text.charCodeAt(to - 1))) to--
  const word = text.slice(from, to)
  if (word === '' || numberPattern.test(word)) return close
  const key = word.toLowerCase()
  if (nonFinal.has(key)) return -1
  const nextIsNumber = first >= 0x30 && first <= 0x39
  if (nonFinalBeforeNumber.has(key)) return nextIsNumber ? -1 : close
  const isInitial = singleLetterPattern.test(word)
  if (isInitial || ambiguous.has(key) || dottedAbbreviationPattern.test(word)) {
    // `J. Christopher Stevens`, `U.S. Embassy`, `Dec. 31`: only a typical sentence opener ends the sentence.
    if (isInitial && word !== 'I') return -1
    wordPattern.lastIndex = letter
    const nextWord = wordPattern.exec(text)
    return nextWord && starters.has(nextWord[0].toLowerCase()) ? close : -1
  }
  return close
}
