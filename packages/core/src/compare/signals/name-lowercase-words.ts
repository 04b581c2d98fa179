import type {TextSpan} from '../../types'
import type {WordVocabulary} from '../../analyze/document-words'
import {grownToSize} from './word-id-bytes'

/**
 * The words a whole text writes in lowercase: every match of
 * `lowercaseWordPattern` (a lowercase letter after no letter or digit, then
 * letters, apostrophes and hyphens), read from the text's words and their
 * ids instead of matching the pattern over every character.
 *
 * Why the two agree. The pattern's matches never hold a character outside
 * `[\p{L}'’-]` (its run class), so the text falls into runs of that class,
 * apart, each holding at most one match (from its first lowercase letter
 * after no letter or digit to the run's end). Every letter lies in a word of
 * the split (`tokenizeWords`), so a run with a match meets a word. A word of
 * run-class characters only with no run-class character on either side
 * (nor a letter or digit before it) is a whole run: its match is the
 * pattern's first match on the word's text alone, worked out once per
 * distinct word (by id). Around any other word, the pattern itself is run
 * on the runs the word touches, from the start of the first to the end of
 * the last: run-class characters never stand at those edges, so no match
 * crosses them and the pattern, read there, finds what it finds on the whole
 * text.
 */

/** A word written in lowercase, as the entity detector looks for them (`name-common-words.ts`). */
const lowercaseWordPattern = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu
/** The same, read at one position. */
const lowercaseWordAt = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/uy
const letterAt = /\p{L}/uy
const letterOrDigitAt = /[\p{L}\p{N}]/uy
const runClassText = /^[\p{L}'’-]+$/u
const firstLowercaseWord = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/u

/**
 * The lowercase words of a text by the pattern over its characters: what
 * `lowercaseWordsOfWords` gives, for a text whose words are not known.
 *
 * @param text Any text.
 */
export function lowercaseWordsOfText(text: string): Set<string> {
  return new Set(text.match(lowercaseWordPattern) ?? [])
}

/**
 * What each word of a vocabulary gives when it stands alone as a run, by
 * word id: 0 not worked out, 1 not a run (a character outside the run class:
 * a digit, a period, a mark), 2 a run without a match (`Paris`), 3 a run
 * whose match is kept in `matches` (`the`, `backed` of `Iran-backed`).
 */
interface RunWords {
  kinds: Uint8Array
  readonly matches: string[]
}

const notRun = 1
const runWithoutMatch = 2
const runWithMatch = 3

/** The run words of each vocabulary, one table per comparison, filled on first use. */
const runTables = /* @__PURE__ */ new WeakMap<WordVocabulary, RunWords>()

function runWordsOf(vocabulary: WordVocabulary): RunWords {
  let table = runTables.get(vocabulary)
  if (table === undefined) runTables.set(vocabulary, (table = {kinds: new Uint8Array(vocabulary.size), matches: []}))
  table.kinds = grownToSize(table.kinds, vocabulary.size)
  return table
}

/** `runWords` kind of one word's text, its match put in `matches[id]`. */
function runKindOf(text: string, id: number, matches: string[]): number {
  let ascii = true
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 128) {
      ascii = false
      break
    }
    if (!isAsciiRunCode(code)) return notRun
  }
  if (!ascii) {
    if (!runClassText.test(text)) return notRun
    const match = firstLowercaseWord.exec(text)
    if (match === null) return runWithoutMatch
    matches[id] = match[0]
    return runWithMatch
  }
  // ASCII: a lowercase letter at the start or after an apostrophe or hyphen starts the match.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 97 && code <= 122 && (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1)))) {
      matches[id] = at === 0 ? text : text.slice(at)
      return runWithMatch
    }
  }
  return runWithoutMatch
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/** True for an ASCII code unit of the run class: a letter, `'` or `-`. */
function isAsciiRunCode(code: number): boolean {
  return isAsciiLetter(code) || code === 0x27 || code === 0x2d
}

/**
 * The lowercase words of a whole text (as `lowercaseWordsOfText` gives
 * them), read from its words.
 *
 * @param text The whole text.
 * @param words Its words, as `tokenizeWords(text)` splits it, in order.
 * @param ids The id of each word in `vocabulary`.
 * @param vocabulary The vocabulary of `ids`.
 */
export function lowercaseWordsOfWords(text: string, words: readonly TextSpan[], ids: Int32Array, vocabulary: WordVocabulary): Set<string> {
  const table = runWordsOf(vocabulary)
  const {kinds, matches} = table
  const found = new Set<string>()
  // Where the last stretch read by the pattern ended (at a character outside the run class, or the end): words before it are done.
  let covered = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const {start, end} = word
    let from: number
    if (start < covered) {
      // A word the last stretch read only in part (`a''a.a`: the stretch ended at the period): read on from where it ended.
      if (end <= covered) continue
      from = covered
    } else {
      const id = ids[index]!
      let kind = kinds[id]!
      if (kind === 0) kinds[id] = kind = runKindOf(word.text, id, matches)
      if (kind !== notRun && opensRun(text, start) && closesRun(text, end)) {
        if (kind === runWithMatch) found.add(matches[id]!)
        continue
      }
      from = runStart(text, start)
    }
    // `from` and `covered` stand at the edges of runs: no match crosses them.
    covered = runEnd(text, end)
    for (let at = from; at < covered; ) {
      lowercaseWordAt.lastIndex = at
      const match = lowercaseWordAt.exec(text)
      if (match !== null) {
        found.add(match[0])
        at = lowercaseWordAt.lastIndex
      } else at += codePointLength(text, at)
    }
  }
  return found
}

/** True when nothing of the run class, nor a digit, stands right before `at`. */
function opensRun(text: string, at: number): boolean {
  if (at === 0) return true
  const code = text.charCodeAt(at - 1)
  if (code < 128) return !isAsciiRunCode(code) && !(code >= 48 && code <= 57)
  if (code === 0x2019 || (code >= 0xd800 && code <= 0xdfff)) return false
  letterOrDigitAt.lastIndex = at - 1
  return !letterOrDigitAt.test(text)
}

/** True when nothing of the run class stands right after `at`. */
function closesRun(text: string, at: number): boolean {
  if (at === text.length) return true
  const code = text.charCodeAt(at)
  if (code < 128) return !isAsciiRunCode(code)
  if (code === 0x2019 || (code >= 0xd800 && code <= 0xdfff)) return false
  letterAt.lastIndex = at
  return !letterAt.test(text)
}

/** Where the run of the run class that ends at `at` starts (`at` when none does). */
function runStart(text: string, at: number): number {
  while (at > 0) {
    const code = text.charCodeAt(at - 1)
    if (code < 128) {
      if (!isAsciiRunCode(code)) return at
      at--
    } else if (code === 0x2019) at--
    else if (code >= 0xdc00 && code <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2))) {
      letterAt.lastIndex = at - 2
      if (!letterAt.test(text)) return at
      at -= 2
    } else {
      letterAt.lastIndex = at - 1
      if (!letterAt.test(text)) return at
      at--
    }
  }
  return at
}

/** Where the run of the run class that starts at `at` ends (`at` when none does). */
function runEnd(text: string, at: number): number {
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code < 128) {
      if (!isAsciiRunCode(code)) return at
      at++
    } else if (code === 0x2019) at++
    else {
      letterAt.lastIndex = at
      if (!letterAt.test(text)) return at
      at = letterAt.lastIndex
    }
  }
  return at
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** How far a pattern with the `u` flag steps from `at` when nothing matches there: a pair of surrogates at once. */
function codePointLength(text: string, at: number): number {
  return isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length && text.charCodeAt(at + 1) >= 0xdc00 && text.charCodeAt(at + 1) <= 0xdfff ? 2 : 1
}
