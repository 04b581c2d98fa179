import type {Artifact, TextSpan} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'

/**
 * Words that English legitimately doubles: `that that`, `had had`, `is is`
 * (`what it is is`), `do do`, and reduplications such as `so so`, `bye bye`.
 */
const legitimateRepeats = /* @__PURE__ */ new Set(['that', 'had', 'is', 'do', 'no', 'so', 'bye', 'ha', 'very', 'knock', 'tut', 'chop', 'bora', 'walla', 'pago', 'yada', 'blah', 'far', 'again', 'more', 'now'])
/** Words of at most this many characters are "short": doubling one is evidence only in English. */
const maxShortWord = 3
/** Linking words of legitimate chains: `months and months and months`, `day by day by day`, `on and on and on`. */
const linkingWords = /* @__PURE__ */ new Set(['and', 'or', 'by', 'after', 'upon', 'than', 'nor'])
/** Function words that are an error when doubled even when capitalized (`The the`, `The The`). */
const functionWords = /* @__PURE__ */ new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'for', 'with', 'at', 'by', 'from', 'as', 'it', 'was', 'be', 'are', 'or', 'were', 'has', 'his', 'her', 'its', 'but', 'not', 'you', 'they', 'she', 'he', 'we'])

/**
 * Find a word or a pair of words written twice in a row (`the the`,
 * `weeks and weeks weeks`, `in the in the`), separated only by spaces or a
 * single line break. Not flagged: the repeats English allows (`that that`,
 * `had had`), repeated capitalized names (`Sirhan Sirhan`, `Walla Walla`),
 * numbers, and repeats with punctuation between them (`no, no`). The check
 * walks the word list once: linear time. The allowed repeats are English;
 * in any other or an unknown language a short word (three characters or
 * fewer) must appear three times in a row (`nan nan nan`), since doubling one
 * can be grammar (Gaelic `Cànan nan nan`); when the language is unknown,
 * English function words (`the the`) still count as known. Severity `warning`.
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The repeats in order; the repair keeps one copy.
 */
export function findRepeatedWords(context: ArtifactContext): Artifact[] {
  const {text, side, words} = context
  const english = context.language === 'eng'
  // With no language known, English function words still count as known (`the the`).
  const unknown = context.language === 'und'
  const found: Artifact[] = []
  let skipUntil = -1
  for (let index = 1; index < words.length; index++) {
    const previous = words[index - 1]!
    const word = words[index]!
    if (word.start < skipUntil) continue
    if (isSameRepeat(text, previous, word)) {
      let last = word
      if (!english && [...word.text].length <= maxShortWord && !(unknown && functionWords.has(word.text.toLowerCase()))) {
        // A short word doubled in a language without a list of allowed repeats may be
        // grammar (Gaelic `Cànan nan nan`, reduplication): only a third copy is evidence.
        const third = words[index + 1]
        if (third === undefined || !isSameRepeat(text, word, third)) continue
        last = third
      }
      found.push(makeArtifact(text, side, 'repeated-word', previous.start, last.end, 'warning', `The word \`${word.text}\` is repeated.`, previous.text))
      skipUntil = last.end
      continue
    }
    const knownPair = english || (unknown && functionWords.has(previous.text.toLowerCase()) && functionWords.has(word.text.toLowerCase()))
    if (index >= 3 && (knownPair || Math.min(previous.text.length, word.text.length) > maxShortWord)) {
      const first = words[index - 3]!
      const second = words[index - 2]!
      if (
        first.text.length === previous.text.length &&
        second.text.length === word.text.length &&
        first.text.toLowerCase() === previous.text.toLowerCase() &&
        second.text.toLowerCase() === word.text.toLowerCase() &&
        first.text.toLowerCase() !== second.text.toLowerCase() &&
        !linkingWords.has(second.text.toLowerCase()) &&
        !linkingWords.has(first.text.toLowerCase()) &&
        onlySpaceBetween(text, first, second) &&
        onlySpaceBetween(text, second, previous) &&
        onlySpaceBetween(text, previous, word) &&
        !/\p{N}/u.test(first.text + second.text)
      ) {
        found.push(makeArtifact(text, side, 'repeated-word', first.start, word.end, 'warning', `The words \`${first.text} ${second.text}\` are repeated.`, text.slice(first.start, second.end)))
        skipUntil = word.end
      }
    }
  }
  return found
}

/** True when two neighbouring words are the same word in a way English does not allow. */
function isSameRepeat(text: string, previous: TextSpan, word: TextSpan): boolean {
  if (previous.text.length !== word.text.length || (previous.text.charCodeAt(0) | 32) !== (word.text.charCodeAt(0) | 32)) return false
  const lower = word.text.toLowerCase()
  if (previous.text.toLowerCase() !== lower) return false
  if (!onlySpaceBetween(text, previous, word)) return false
  if (/\p{N}/u.test(lower) || legitimateRepeats.has(lower)) return false
  const bothCapitalized = /^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(word.text)
  if (bothCapitalized && !functionWords.has(lower)) return false
  if (word.text.length === 1 && /\p{Lu}/u.test(word.text)) return false
  return true
}

/** True when only spaces, tabs or one line break separate two words. */
function onlySpaceBetween(text: string, left: TextSpan, right: TextSpan): boolean {
  const gap = text.slice(left.end, right.start)
  return gap.length > 0 && /^[ \t\u00a0]*(?:\r?\n[ \t]*)?$/.test(gap)
}
