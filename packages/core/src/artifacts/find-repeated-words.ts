import type {Artifact} from '../types'
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
  const {count, offsets, formIds, forms} = words
  const {texts, lowerIds, lowerTexts} = forms
  const english = context.language === 'eng'
  // With no language known, English function words still count as known (`the the`).
  const unknown = context.language === 'und'
  // Word `i`: its text, its lowercase id and text, its start and end.
  const textOf = (index: number) => texts[formIds[index]!]!
  const lowerIdOf = (index: number) => lowerIds[formIds[index]!]!
  const lowerOf = (index: number) => lowerTexts[lowerIdOf(index)]!
  const startOf = (index: number) => offsets[2 * index]!
  const endOf = (index: number) => offsets[2 * index + 1]!
  /** True when only spaces, tabs or one line break separate two neighbouring words. */
  const onlySpaceBetween = (left: number, right: number): boolean => {
    const gap = text.slice(endOf(left), startOf(right))
    return gap.length > 0 && /^[ \t\u00a0]*(?:\r?\n[ \t]*)?$/.test(gap)
  }
  /** True when two neighbouring words are the same word in a way English does not allow. */
  const isSameRepeat = (previous: number, word: number): boolean => {
    if (lowerIdOf(previous) !== lowerIdOf(word)) return false
    const wordText = textOf(word)
    const previousText = textOf(previous)
    // Same lowercase but unlike as written (a different length, or `K` beside the Kelvin sign) is no repeat.
    if (previousText.length !== wordText.length || (previousText.charCodeAt(0) | 32) !== (wordText.charCodeAt(0) | 32)) return false
    if (!onlySpaceBetween(previous, word)) return false
    const lower = lowerOf(word)
    if (/\p{N}/u.test(lower) || legitimateRepeats.has(lower)) return false
    const bothCapitalized = /^\p{Lu}/u.test(previousText) && /^\p{Lu}/u.test(wordText)
    if (bothCapitalized && !functionWords.has(lower)) return false
    if (wordText.length === 1 && /\p{Lu}/u.test(wordText)) return false
    return true
  }
  const found: Artifact[] = []
  let skipUntil = -1
  for (let index = 1; index < count; index++) {
    const previous = index - 1
    const word = index
    if (startOf(word) < skipUntil) continue
    if (isSameRepeat(previous, word)) {
      let last = word
      if (!english && [...textOf(word)].length <= maxShortWord && !(unknown && functionWords.has(lowerOf(word)))) {
        // A short word doubled in a language without a list of allowed repeats may be
        // grammar (Gaelic `Cànan nan nan`, reduplication): only a third copy is evidence.
        const third = index + 1
        if (third >= count || !isSameRepeat(word, third)) continue
        last = third
      }
      found.push(makeArtifact(text, side, 'repeated-word', startOf(previous), endOf(last), 'warning', `The word \`${textOf(word)}\` is repeated.`, textOf(previous)))
      skipUntil = endOf(last)
      continue
    }
    const knownPair = english || (unknown && functionWords.has(lowerOf(previous)) && functionWords.has(lowerOf(word)))
    if (index >= 3 && (knownPair || Math.min(textOf(previous).length, textOf(word).length) > maxShortWord)) {
      const first = index - 3
      const second = index - 2
      // The integer comparisons first: most pairs fail them (every condition is pure, so the order changes no answer).
      if (
        lowerIdOf(first) === lowerIdOf(previous) &&
        lowerIdOf(second) === lowerIdOf(word) &&
        lowerIdOf(first) !== lowerIdOf(second) &&
        textOf(first).length === textOf(previous).length &&
        textOf(second).length === textOf(word).length &&
        !linkingWords.has(lowerOf(second)) &&
        !linkingWords.has(lowerOf(first)) &&
        onlySpaceBetween(first, second) &&
        onlySpaceBetween(second, previous) &&
        onlySpaceBetween(previous, word) &&
        !/\p{N}/u.test(textOf(first) + textOf(second))
      ) {
        found.push(
          makeArtifact(text, side, 'repeated-word', startOf(first), endOf(word), 'warning', `The words \`${textOf(first)} ${textOf(second)}\` are repeated.`, text.slice(startOf(first), endOf(second))),
        )
        skipUntil = endOf(word)
      }
    }
  }
  return found
}
