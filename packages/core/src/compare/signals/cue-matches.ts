import type {TextSpan} from '../../types'

/**
 * The matches of a long word-cue pattern (hedges, negation cues, time
 * references) in one bead side, tried only where a match can start.
 *
 * Each such pattern is an alternation whose every branch opens with `\b`
 * and then an ASCII letter or digit: a match starts where a run of ASCII
 * letters begins a word (in the `\b` sense: no letter, digit or `_` before
 * it) and that run, lowercased, is one of the pattern's cue words (`may`,
 * `allegedly`, `the`), or, for a pattern that says so, where a digit
 * begins a word. Every ASCII letter and digit lies inside a word of
 * `tokenizeWords`, and a word of it never ends before one, so such a start
 * is a word start inside a token. Whether a token holds one is a question
 * of its text alone, answered once per distinct token of a comparison
 * (`cueBitsOf`, kept by token id by `tokenBits` in `analyze-side.ts`, one
 * pass for every pattern); the pattern is then run, anchored (`y`), at the word
 * starts of those tokens only, in reading order and from the end of the
 * last match on. That gives the matches a global `exec` loop over the whole
 * side gives, in the same order, without scanning the text between them:
 * most sentences hold no cue at all, and the rest a few.
 */
export interface CueScan {
  /** The pattern, anchored (`y`), with the flags of the global one otherwise. */
  readonly anchored: RegExp
  /** This scan's bit in `cueBitsOf`. */
  readonly bit: number
  /** True for a token's text that holds a possible match start: `(cueBitsOf(text) & bit) !== 0`. */
  readonly mayStart: (text: string) => boolean
}

/** True for an ASCII letter, digit or `_`: a word character of `\b` without the `u` flag. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
}

/** The hash of a lowercase ASCII word, as `cueBitsOf` reads it from a token without a string. */
function hashStep(hash: number, lowerCode: number): number {
  return (Math.imul(hash, 31) + lowerCode) | 0
}

/**
 * The cue words of every scan in an open-addressing table: slot
 * `hash & (slots.length - 1)` onwards holds, for each word, its index in
 * `cueWords` plus one (0: an empty slot, the end of a probe). A few hundred
 * words in 4,096 slots: a probe ends after one or two slots.
 */
const slots = /* @__PURE__ */ new Int32Array(4096)
/** The cue words by index: the word, its hash and the bits of the scans it may open. */
const cueWords: Array<{readonly word: string; readonly hash: number; bits: number}> = []
/** The bits of the scans whose matches may open with a digit. */
let digitBits = 0
/** How many scans there are. */
let scanCount = 0

/** The index of a cue word of `hash` whose letters `matches` accepts, or -1. */
function findCueWord(hash: number, matches: (word: string) => boolean): number {
  for (let slot = hash & (slots.length - 1); slots[slot] !== 0; slot = (slot + 1) & (slots.length - 1)) {
    const index = (slots[slot] as number) - 1
    const entry = cueWords[index]!
    if (entry.hash === hash && matches(entry.word)) return index
  }
  return -1
}

/**
 * Describe where a global pattern's matches can start. Every scan has a bit
 * of its own, so that one pass over a token answers for all of them
 * (`cueBitsOf`).
 *
 * @param pattern The pattern (its source and flags; `g` or not).
 * @param words Every ASCII-letter run, lowercase, that a match can open with (the whole run: `couldn` for `couldn't`, `mondays`).
 * @param digits True when a match can open with a digit.
 * @returns The scan, for `forEachCueMatch`.
 */
export function cueScan(pattern: RegExp, words: readonly string[], digits: boolean): CueScan {
  // Seven at most: a table of bits by token id keeps the bits plus one in a byte (`tokenBits`).
  if (scanCount === 7) throw new RangeError('Expected at most 7 cue scans, not 8')
  const bit = 1 << scanCount++
  for (const word of words) {
    let hash = 0
    for (let at = 0; at < word.length; at++) hash = hashStep(hash, word.charCodeAt(at))
    const known = findCueWord(hash, (other) => other === word)
    if (known !== -1) {
      cueWords[known]!.bits |= bit
      continue
    }
    if (cueWords.length * 2 >= slots.length) throw new RangeError(`Expected at most ${slots.length / 2} cue words, not more`)
    let slot = hash & (slots.length - 1)
    while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1)
    cueWords.push({word, hash, bits: bit})
    slots[slot] = cueWords.length
  }
  if (digits) digitBits |= bit
  return {anchored: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'), bit, mayStart: (text) => (cueBitsOf(text) & bit) !== 0}
}

/**
 * The bits of the scans (`cueScan`) whose matches may start in a token: at
 * each word start of it (its first character, or an ASCII letter or digit
 * after a character that is no ASCII word character), a digit, or a run of
 * ASCII letters that is a cue word in any case. One pass, no string made:
 * the run is hashed as it is read, looked up in the cue words' table and
 * compared letter by letter with the word found there.
 *
 * @param text The token's text.
 * @returns A bit set, 0 for most tokens.
 */
export function cueBitsOf(text: string): number {
  let bits = 0
  const length = text.length
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at)
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue
    if (code >= 48 && code <= 57) {
      bits |= digitBits
      continue
    }
    let end = at
    let hash = 0
    for (; end < length; end++) {
      const letter = text.charCodeAt(end) | 32
      // `| 32` lowercases an ASCII capital and keeps a lowercase letter; anything else ends the run.
      if (letter < 97 || letter > 122) break
      hash = hashStep(hash, letter)
    }
    if (end === at) continue
    // The probe, written out: no function made per run.
    for (let slot = hash & (slots.length - 1); slots[slot] !== 0; slot = (slot + 1) & (slots.length - 1)) {
      const entry = cueWords[(slots[slot] as number) - 1]!
      if (entry.hash === hash && entry.word.length === end - at && sameLetters(text, at, entry.word)) {
        bits |= entry.bits
        break
      }
    }
    at = end - 1
  }
  return bits
}

/** True when `text` from `at` holds `word`'s letters, ASCII case aside. */
function sameLetters(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false
  return true
}

/**
 * Call `visit` with each match of the scan's pattern in `side.text`, as a
 * global `exec` loop from 0 finds them (`match.index` into `side.text`).
 *
 * @param side The bead side.
 * @param tokens Its words as `tokenizeWords(side.text, side.start)` splits them.
 * @param bitsAt `cueBitsOf` the token at an index (kept by token id by `tokenBits` in `analyze-side.ts`).
 * @param scan The pattern's scan (`cueScan`).
 * @param visit Called with each match in reading order.
 */
export function forEachCueMatch(side: TextSpan, tokens: readonly TextSpan[], bitsAt: (index: number) => number, scan: CueScan, visit: (match: RegExpExecArray) => void): void {
  const {anchored, bit} = scan
  const text = side.text
  // Where the last match ended, in `text`: a match never starts inside another.
  let reached = 0
  for (let t = 0; t < tokens.length; t++) {
    if ((bitsAt(t) & bit) === 0) continue
    const token = tokens[t] as TextSpan
    const from = token.start - side.start
    if (from + token.text.length <= reached) continue
    // Every word start of the token: its first character, and any letter or digit after a character that is no word character.
    for (let at = 0; at < token.text.length; at++) {
      const position = from + at
      if (position < reached) continue
      if (at > 0 && (isWordCode(token.text.charCodeAt(at - 1)) || !isWordCode(token.text.charCodeAt(at)))) continue
      anchored.lastIndex = position
      const match = anchored.exec(text)
      if (match === null) continue
      reached = position + match[0].length
      visit(match)
    }
  }
}

/**
 * How many matches of the scan's pattern `side.text` holds:
 * `side.text.match(global)?.length ?? 0`.
 *
 * @param side The bead side.
 * @param tokens Its words (`tokenizeWords`).
 * @param bitsAt `cueBitsOf` the token at an index.
 * @param scan The pattern's scan (`cueScan`).
 */
export function countCueMatches(side: TextSpan, tokens: readonly TextSpan[], bitsAt: (index: number) => number, scan: CueScan): number {
  let count = 0
  forEachCueMatch(side, tokens, bitsAt, scan, () => {
    count++
  })
  return count
}
