import type {WordVocabulary} from '../../analyze/document-words'
import {longestPhraseAlias, matchPhraseAlias, nameKeyOfLower, startsPhraseAlias} from './name-variants'
import {partsOf, partsTable, type SignalWord, type WordPart} from './signal-text'
import {grownToSize} from './word-id-bytes'

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

/**
 * What each token of a vocabulary says for name keys, by token id, filled on
 * first use: whether some part of it may start a multi-word alias
 * (`phrase`: 0 not worked out, 1 none may, 2 one may), and for a token none
 * of whose parts may, its parts' keys: the key itself for a token of one
 * part (most), an array for a token of none or several.
 */
interface TokenNameKeys {
  phrase: Uint8Array
  readonly keys: (string | readonly string[] | undefined)[]
}

const plainToken = 1
const phraseToken = 2

/** The token name keys of each vocabulary, made on first use (one per comparison). */
const tokenNameTables = /* @__PURE__ */ new WeakMap<WordVocabulary, TokenNameKeys>()

function tokenNameKeys(vocabulary: WordVocabulary): TokenNameKeys {
  let table = tokenNameTables.get(vocabulary)
  if (table === undefined) tokenNameTables.set(vocabulary, (table = {phrase: new Uint8Array(vocabulary.size), keys: []}))
  table.phrase = grownToSize(table.phrase, vocabulary.size)
  return table
}

/**
 * The call in which each token id was last met (`nameKeysOfIds`), shared by
 * every call: a token counts as met in this call when its entry equals
 * `generation`, so nothing is cleared between calls.
 */
let metIn = new Int32Array(1024)
let generation = 0

/**
 * `nameKeysOfWords` of the words of the tokens given by their ids (a bead
 * side, or a whole document), without the repeats a set of them drops: a
 * token none of whose parts may start a multi-word alias is read at its
 * first occurrence only, its keys worked out once per comparison. A key may
 * still come more than once, but every key comes, and the keys come first
 * in the same order, so a set of them is the set of all keys, in the same
 * order (what `indexNames` reads).
 *
 * @param ids The tokens' ids in `vocabulary`, in reading order.
 * @param vocabulary The comparison's vocabulary.
 */
export function nameKeysOfIds(ids: Int32Array, vocabulary: WordVocabulary): string[] {
  const parts = partsTable(vocabulary)
  const {texts} = vocabulary
  const table = tokenNameKeys(vocabulary)
  const partsAt = (t: number): readonly WordPart[] => (parts[ids[t]!] ??= partsOf(texts[ids[t]!]!))
  if (metIn.length < texts.length) metIn = new Int32Array(Math.max(texts.length, metIn.length * 2))
  const call = ++generation
  const keys: string[] = []
  const window: string[] = []
  let t = 0
  let p = 0
  while (t < ids.length) {
    const id = ids[t]!
    const tokenParts = partsAt(t)
    if (p === 0) {
      if (table.phrase[id] === 0) {
        let phrase = false
        for (const part of tokenParts) if (startsPhraseAlias(part.lower)) phrase = true
        table.phrase[id] = phrase ? phraseToken : plainToken
        if (!phrase) table.keys[id] = tokenParts.length === 1 ? nameKeyOfLower(tokenParts[0]!.text, tokenParts[0]!.lower) : tokenParts.map((part) => nameKeyOfLower(part.text, part.lower))
      }
      if (table.phrase[id] === plainToken) {
        if (metIn[id] !== call) {
          metIn[id] = call
          const known = table.keys[id]!
          if (typeof known === 'string') keys.push(known)
          else for (const key of known) keys.push(key)
        }
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
