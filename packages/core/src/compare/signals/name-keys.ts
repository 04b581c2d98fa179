import type {WordVocabulary} from '../../analyze/document-words'
import {longestPhraseAlias, matchPhraseAlias, nameKeyOfLower, startsPhraseAlias} from './name-variants'
import {partsOf, partsTable, type SignalWord, type WordPart} from './signal-text'

/**
 * The name keys of runs of words, as the entity detector indexes them: each
 * word's key (`nameKeyOfLower`), or the key of a multi-word alias starting
 * at it (`United States` → `us`). A phrase is looked for only at a word
 * some alias starts with (`startsPhraseAlias`), and a whole document is
 * read by token id, each distinct token once.
 */

/**
 * Name keys of a sequence of words, multi-word aliases merged (`United
 * States` → `us`).
 *
 * @param words The words, in reading order.
 */
export function nameKeysOfWords(words: readonly SignalWord[]): string[] {
  const keys: string[] = []
  let lowers: string[] | undefined
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (startsPhraseAlias(word.lower)) {
      lowers ??= words.map((each) => each.lower)
      const phrase = matchPhraseAlias(lowers, i)
      if (phrase !== undefined) {
        keys.push(phrase.key)
        i += phrase.length - 1
        continue
      }
    }
    keys.push(nameKeyOfLower(word.text, word.lower))
  }
  return keys
}

/**
 * True when a multi-word alias may start at some of these words as
 * `phraseTokens` reads them: when none may, `phraseTokens` of their texts
 * finds nothing. (`phraseTokens` lowers a word and drops a final `'s` or
 * `’s`; no alias starts with an apostrophe, so a word it may start at has
 * the same `lower`.)
 *
 * @param words The words.
 */
export function mayHoldPhraseAlias(words: readonly SignalWord[]): boolean {
  for (const word of words) if (startsPhraseAlias(word.lower)) return true
  return false
}

/** By token id: 0 not met yet, 1 every key pushed (no part may start a phrase), 2 some part may start a phrase. */
const unseen = 0
const plainToken = 1
const phraseToken = 2

/**
 * `nameKeysOfWords` of every word of a text given by its token ids, without
 * the repeats a set of them drops: a token none of whose parts may start a
 * multi-word alias is read at its first occurrence only. A key may still
 * come more than once, but every key comes, and the keys come first in the
 * same order, so a set of them is the set of all keys, in the same order.
 *
 * @param ids The tokens' ids in `vocabulary`, in reading order.
 * @param vocabulary The comparison's vocabulary.
 */
export function nameKeysOfIds(ids: Int32Array, vocabulary: WordVocabulary): string[] {
  const parts = partsTable(vocabulary)
  const {texts} = vocabulary
  const partsAt = (t: number): readonly WordPart[] => (parts[ids[t]!] ??= partsOf(texts[ids[t]!]!))
  const state = new Uint8Array(texts.length)
  const keys: string[] = []
  const window: string[] = []
  let t = 0
  let p = 0
  while (t < ids.length) {
    const id = ids[t]!
    const tokenParts = partsAt(t)
    if (p === 0 && state[id] !== phraseToken) {
      if (state[id] === unseen) {
        let phrase = false
        for (const part of tokenParts) if (startsPhraseAlias(part.lower)) phrase = true
        state[id] = phrase ? phraseToken : plainToken
        if (!phrase) for (const part of tokenParts) keys.push(nameKeyOfLower(part.text, part.lower))
      }
      if (state[id] === plainToken) {
        t++
        continue
      }
    }
    if (p >= tokenParts.length) {
      t++
      p = 0
      continue
    }
    const part = tokenParts[p]!
    let length = 1
    const phrase = startsPhraseAlias(part.lower) ? matchPhraseAlias(lowersFrom(t, p, ids, partsAt, window), 0) : undefined
    if (phrase !== undefined) {
      keys.push(phrase.key)
      length = phrase.length
    } else keys.push(nameKeyOfLower(part.text, part.lower))
    // Step over `length` parts, into the following tokens when a phrase runs on.
    for (let k = 0; k < length; k++) {
      p++
      while (t < ids.length && p >= partsAt(t).length) {
        t++
        p = 0
      }
    }
  }
  return keys
}

/** The `lower` of the parts from part `p` of token `t` on, as many as the longest alias has words, in `window`. */
function lowersFrom(t: number, p: number, ids: Int32Array, partsAt: (t: number) => readonly WordPart[], window: string[]): string[] {
  window.length = 0
  for (let u = t, q = p; u < ids.length && window.length < longestPhraseAlias; ) {
    const following = partsAt(u)
    if (q < following.length) window.push(following[q++]!.lower)
    else {
      u++
      q = 0
    }
  }
  return window
}
