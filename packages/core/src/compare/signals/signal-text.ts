import type {TextSpan} from '../../types'
import type {WordVocabulary} from '../../analyze/document-words'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {stemWord, stripPossessive} from '../../normalize/stem-word'
import {signalStopWords, synonymGroups} from '../../normalize/lexicon/index'
import {irregularLemma, polarityKey} from '../../normalize/lexicon/antonyms'
import {StringIds} from '../../string-ids'

export {stemWord, stripPossessive}

/**
 * Shared word handling for the signal detectors: words with offsets into the
 * whole original document, folded keys for matching, and a small stop list.
 * Everything here is internal to `compare/signals`.
 */

/** A word of one side of a bead, with its folded forms. */
export interface SignalWord extends TextSpan {
  /** Position among the words of the side, from 0. */
  readonly index: number
  /** Lowercase, typographic apostrophes made plain, possessive `'s` removed. */
  readonly lower: string
  /** `lower` with British spellings folded, simple suffixes removed and a few near-synonyms merged (`neighbours` → `neighbor`, `attacks` → `strik`). */
  readonly key: string
  /** True for a word that carries content (`isContentWord`). */
  readonly content: boolean
  /** True when `lower` has a letter or a digit (not a stray mark). */
  readonly lettered: boolean
}

/**
 * One part of a token as the detectors see it (a token is split at its
 * hyphens): everything about it that depends on its text alone, worked out
 * once per distinct token of a comparison when the token has an id.
 */
export interface WordPart {
  /** Where the part starts in its token. */
  readonly offset: number
  readonly text: string
  readonly lower: string
  readonly key: string
  readonly content: boolean
  readonly lettered: boolean
}

/**
 * Cut a span of one side out of its original text.
 *
 * @param side The bead side, whose `start` is its offset in the document.
 * @param start Start offset in the whole document.
 * @param end End offset in the whole document.
 * @returns A `TextSpan` whose `text` is the original slice.
 */
export function sliceSide(side: TextSpan, start: number, end: number): TextSpan {
  return {start, end, text: sideText(side, start, end)}
}

/**
 * The original text of a span of one side: `sliceSide(side, start, end).text`.
 *
 * A detector that records a span with fields of its own writes them in one
 * object literal, `{start, end, text: sideText(side, start, end), …}`,
 * rather than spreading `sliceSide`: on the V8 of Node 20, adding a field to
 * an object copied by a spread (`{...sliceSide(…), cue}`) costs a few
 * microseconds and leaves a new hidden class in the old generation each
 * time, garbage that only a full collection frees.
 *
 * @param side The bead side.
 * @param start Start offset in the whole document.
 * @param end End offset in the whole document.
 */
export function sideText(side: TextSpan, start: number, end: number): string {
  return side.text.slice(start - side.start, end - side.start)
}

/** Fold typographic apostrophes and lowercase. */
export function foldWord(text: string): string {
  const lower = text.toLowerCase()
  // Nearly every word is plain ASCII without a backtick: skip the rewrite for those.
  return /[^\x00-\x5f\x61-\x7f]/.test(lower) ? lower.replace(/[’‘ʼ`´′]/g, "'") : lower
}


/**
 * The words of one bead side, hyphenated compounds split into their parts
 * (`Iran-backed` → `Iran`, `backed`), with offsets into the whole document.
 *
 * @param side The bead side.
 * @param tokens Its `tokenizeWords` tokens, when already split.
 * @param ids The id of each token in `vocabulary`, when the tokens come from the sentence analysis:
 *   each distinct token is then folded and stemmed once per comparison, not once per occurrence.
 * @param vocabulary The comparison's vocabulary the ids belong to.
 * @returns Words in reading order.
 */
export function sideWords(side: TextSpan, tokens: readonly TextSpan[] = tokenizeWords(side.text, side.start), ids?: Int32Array, vocabulary?: WordVocabulary): SignalWord[] {
  const words: SignalWord[] = []
  const known = ids !== undefined && vocabulary !== undefined ? partsTable(vocabulary) : undefined
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!
    let parts: readonly WordPart[]
    if (known === undefined) parts = partsOf(token.text)
    else {
      const id = ids![t]!
      parts = known[id] ??= partsOf(token.text)
    }
    for (const part of parts) {
      const start = token.start + part.offset
      words.push({start, end: start + part.text.length, text: part.text, index: words.length, lower: part.lower, key: part.key, content: part.content, lettered: part.lettered})
    }
  }
  return words
}

/**
 * The polarity key of each of `words` (`polarityKeysOf`): a word's key is
 * already its stem, except for stop words (kept whole) and near-synonyms
 * (merged); only those, and irregular forms (`rose` → `rise`), are worked
 * out again. With the ids of the side's tokens (those `words` was built
 * from), each distinct token's keys are worked out once per comparison.
 *
 * @param words The side's words (`sideWords`).
 * @param ids The id of each token the words were built from, when known.
 * @param vocabulary The comparison's vocabulary the ids belong to.
 */
export function sidePolarityKeys(words: readonly SignalWord[], ids?: Int32Array, vocabulary?: WordVocabulary): string[] {
  if (ids === undefined || vocabulary === undefined) return words.map((word) => polarityOf(word.lower, word.key))
  const parts = partsTable(vocabulary)
  let table = polarityTables.get(vocabulary)
  if (table === undefined) polarityTables.set(vocabulary, (table = []))
  const keys: string[] = []
  for (let t = 0; t < ids.length; t++) {
    const id = ids[t]!
    // `sideWords` filled the token's parts from the same ids.
    const known = (table[id] ??= parts[id]!.map((part) => polarityOf(part.lower, part.key)))
    for (const key of known) keys.push(key)
  }
  return keys
}

/**
 * The keys of a side's words with a letter or a digit (`lettered`), as
 * integers, in reading order: each word's key id times two, plus one for a
 * content word. What the drift's word counts compare, without a string or a
 * word object per word.
 */
export type SideKeys = readonly number[]

/**
 * Key ids of a comparison: each distinct word key gets one, and each token
 * of the vocabulary keeps its words' packed keys (as in `SideKeys`), so a
 * token's key is hashed once per comparison.
 */
export interface KeyIds {
  /** The id of each key. */
  readonly ids: StringIds
  /** By token id: 0 not worked out yet; the packed key plus one for a token of one lettered part; -1 for any other token (see `several`). */
  byToken: Int32Array
  /** The packed keys of the tokens of no or several lettered parts (`Iran-backed`), by token id. */
  readonly several: Map<number, readonly number[]>
}

/** An empty table of key ids. */
export function newKeyIds(): KeyIds {
  return {ids: new StringIds(), byToken: new Int32Array(256), several: new Map()}
}

/** The key ids of each vocabulary, made on first use. */
const keyIdTables = /* @__PURE__ */ new WeakMap<WordVocabulary, KeyIds>()

/**
 * The key ids of a vocabulary's words (`sideKeys`), shared by both sides of
 * every bead of a comparison.
 *
 * @param vocabulary The comparison's vocabulary.
 */
export function keyIdsOf(vocabulary: WordVocabulary): KeyIds {
  let table = keyIdTables.get(vocabulary)
  if (table === undefined) keyIdTables.set(vocabulary, (table = newKeyIds()))
  return table
}

/**
 * The packed keys of a side's lettered words (`SideKeys`), in the order of
 * `sideWords`. With the tokens' ids in the vocabulary `keyIds` belongs to,
 * each distinct token's parts are keyed once per comparison; without them,
 * the words' keys are looked up in `keyIds` one by one.
 *
 * @param tokens The side's tokens.
 * @param words The side's words (`sideWords`), read only when `ids` is absent.
 * @param keyIds Where key ids are kept: the vocabulary's, or one made for a single call.
 * @param ids The id of each token in `vocabulary`, when known.
 * @param vocabulary The vocabulary of `ids`.
 */
export function sideKeys(tokens: readonly TextSpan[], words: () => readonly SignalWord[], keyIds: KeyIds, ids?: Int32Array, vocabulary?: WordVocabulary): SideKeys {
  const keys: number[] = []
  if (ids === undefined || vocabulary === undefined) {
    for (const word of words()) if (word.lettered) keys.push(packedKey(keyIds, word.key, word.content))
    return keys
  }
  const parts = partsTable(vocabulary)
  for (let t = 0; t < tokens.length; t++) {
    const id = ids[t]!
    if (id >= keyIds.byToken.length) {
      const grown = new Int32Array(Math.max(id + 1, keyIds.byToken.length * 2))
      grown.set(keyIds.byToken)
      keyIds.byToken = grown
    }
    let known = keyIds.byToken[id]!
    if (known === 0) {
      const tokenParts = (parts[id] ??= partsOf(tokens[t]!.text))
      // Most tokens are one lettered part: no arrays for them.
      if (tokenParts.length === 1 && tokenParts[0]!.lettered) known = packedKey(keyIds, tokenParts[0]!.key, tokenParts[0]!.content) + 1
      else {
        known = -1
        keyIds.several.set(id, tokenParts.filter((part) => part.lettered).map((part) => packedKey(keyIds, part.key, part.content)))
      }
      keyIds.byToken[id] = known
    }
    if (known > 0) keys.push(known - 1)
    else for (const key of keyIds.several.get(id)!) keys.push(key)
  }
  return keys
}

function packedKey(keyIds: KeyIds, key: string, content: boolean): number {
  return keyIds.ids.idOf(key) * 2 + (content ? 1 : 0)
}

function polarityOf(lower: string, key: string): string {
  return key === lower || irregularLemma(lower) !== undefined ? polarityKey(lower) : key
}

/** The polarity keys of each word of a vocabulary, by id, filled on first use. */
const polarityTables = /* @__PURE__ */ new WeakMap<WordVocabulary, (readonly string[] | undefined)[]>()

/** The parts of each word of a vocabulary, by id, filled on first use; one table per comparison. */
const partsTables = /* @__PURE__ */ new WeakMap<WordVocabulary, (readonly WordPart[] | undefined)[]>()

/**
 * The parts of each token of a vocabulary, by token id, filled on first use
 * (`partsOf`); one table per comparison.
 *
 * @param vocabulary The comparison's vocabulary.
 */
export function partsTable(vocabulary: WordVocabulary): (readonly WordPart[] | undefined)[] {
  let table = partsTables.get(vocabulary)
  if (table === undefined) {
    table = []
    partsTables.set(vocabulary, table)
  }
  return table
}

const noParts: readonly WordPart[] = Object.freeze([])

/**
 * A token split at its hyphens, each part folded, keyed and flagged.
 *
 * @param text The token's text.
 */
export function partsOf(text: string): readonly WordPart[] {
  // Most tokens have no hyphen: one part, no split.
  if (!text.includes('-') && !text.includes('‐')) return text.length === 0 ? noParts : [partAt(text, 0)]
  const parts: WordPart[] = []
  let offset = 0
  for (const piece of text.split(/[-‐]/)) {
    if (piece.length > 0) parts.push(partAt(piece, offset))
    offset += piece.length + 1
  }
  return parts.length === 0 ? noParts : parts
}

/** One part of a token: `piece`, starting `offset` code units into it. */
function partAt(piece: string, offset: number): WordPart {
  const lower = stripPossessive(foldWord(piece))
  // Stop words are never compared by stem: their key is the word.
  const stem = stopWords.has(lower) ? lower : stemWord(lower)
  return {offset, text: piece, lower, key: synonyms.get(stem) ?? stem, content: isContentLower(lower), lettered: isLettered(lower)}
}

/** True when `lower` has a letter or a digit (`[\p{L}\p{N}]`), without the pattern when it starts with an ASCII one. */
function isLettered(lower: string): boolean {
  const code = lower.charCodeAt(0)
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || /[\p{L}\p{N}]/u.test(lower)
}

/** Near-synonyms by stem, mapped to one key (see `normalize/lexicon/synonyms.ts`). */
const synonyms: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ synonymGroups.flatMap((group) => group.map((stem) => [stem, group[0] as string] as const)),
)

/** Function words, light words and entity residue (`signalStopWords` in `normalize/lexicon/stop-words.ts`). */
export const stopWords: ReadonlySet<string> = signalStopWords

/** True for a word that carries content (not a stop word, not pure punctuation). */
export function isContentWord(word: SignalWord): boolean {
  return word.content
}

/** `isContentWord` of a word's `lower`, worked out once per word part. */
function isContentLower(lower: string): boolean {
  if (stopWords.has(lower)) return false
  // A word starting with an ASCII letter has one; the patterns look for one elsewhere.
  const code = lower.charCodeAt(0)
  if (!(code >= 97 && code <= 122) && !(/[a-z]/.test(lower) || /\p{L}/u.test(lower))) return false
  // Contractions of function words (`don't`, `we've`, `it's`) carry no content either.
  const apostrophe = lower.indexOf("'")
  return apostrophe === -1 || !(stopWords.has(lower.slice(0, apostrophe)) || lower.endsWith("n't"))
}

/** Characters before a word that make it open a sentence or a quotation. */
const openers = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('“„«‘"([.!?…:;'))
/** Characters skipped when looking back for an opener. */
const skippable = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('”»’\'-–—)]'))

/**
 * True when the word opens a sentence or a quotation: only spaces, quotes,
 * brackets and dashes stand between it and the start of the text or a
 * sentence-ending mark, or an opening quote comes right before it, or a
 * bracketed aside that opens the sentence ("(Laughter) Want to…").
 *
 * @param side The bead side the word belongs to.
 * @param start Offset of the word in the whole document.
 */
export function opensSentence(side: TextSpan, start: number): boolean {
  // After a bracketed aside that opens the text or a sentence: "(Laughter) Want to…".
  if (side.text[start - side.start - 2] === ')' && /(?:^|[.!?…:;]\s*)\([^()]{1,40}\)\s$/.test(side.text.slice(Math.max(0, start - side.start - 60), start - side.start))) return true
  let i = start - side.start - 1
  while (i >= 0) {
    const char = side.text[i] as string
    if (openers.has(char)) return true
    if (!skippable.has(char) && !/\s/.test(char)) {
      // `quot;` residue stands for an opening quote too.
      return side.text.slice(Math.max(0, i - 4), i + 1) === 'quot;'
    }
    i--
  }
  return true
}

/** A quoted phrase for messages: `“text”`, cut to 60 characters. */
export function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return `“${clean.length > 60 ? `${clean.slice(0, 57)}…` : clean}”`
}
