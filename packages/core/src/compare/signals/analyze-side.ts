import type {TextSpan} from '../../types'
import type {GroupedWords, WordVocabulary} from '../../analyze/document-words'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {type KeyIds, keyIdsOf, newKeyIds, type SideKeys, sideKeys, type SignalWord, sidePolarityKeys, sideWords} from './signal-text'
import {findTemporalExpressions, type TemporalExpression} from './temporal-expressions'
import {countCueMatches, cueBitsOf, type CueScan, forEachCueMatch} from './cue-matches'
import {grownToSize} from './word-id-bytes'

const analyzed = Symbol('analyzed side')

/** What the detectors share about one side, filled in on first use. */
interface SideCache {
  words?: SignalWord[]
  tokens?: readonly TextSpan[]
  /** The tokens' ids in the comparison's vocabulary, when they come from the sentence analysis. */
  grouped?: GroupedWords
  times?: TemporalExpression[]
  polarityKeys?: string[]
  /** `sideKeys` in the key ids of the vocabulary of `grouped`. */
  keys?: SideKeys
  values?: Map<string, unknown>
}

/**
 * A bead side together with what several detectors need from it: its words,
 * its raw tokens and its time references, each worked out on first use
 * (`wordsOf`, `tokensOf`, `timesOf`) and kept on this object only, so
 * `findSignals` splits each side once however many detectors run. Plain
 * fields rather than getters: V8 ran the getter version nearly twice as slow.
 */
export interface AnalyzedSide extends TextSpan {
  readonly [analyzed]: SideCache
}

/**
 * Wrap a bead side for the detectors; a side already wrapped is returned as is.
 *
 * @param side The bead side.
 * @param words Its words as `tokenizeWords(side.text, side.start)` gives them, with their ids, when the
 *   caller already has them (`compareTexts` takes them from the sentence analysis, `groupWords`); worked out on first use otherwise.
 * @returns The side with an empty cache (or one holding the words).
 */
export function analyzeSide(side: TextSpan, words?: GroupedWords): AnalyzedSide {
  if ((side as Partial<AnalyzedSide>)[analyzed] !== undefined) return side as AnalyzedSide
  return {start: side.start, end: side.end, text: side.text, [analyzed]: words === undefined ? {} : {tokens: words.tokens, grouped: words}}
}

/** Words with hyphenated compounds split and folded keys (`sideWords`). */
export function wordsOf(side: AnalyzedSide): readonly SignalWord[] {
  const cache = side[analyzed]
  cache.words ??= sideWords(side, tokensOf(side), cache.grouped?.ids, cache.grouped?.vocabulary)
  return cache.words
}

/** Words as `tokenizeWords` gives them (`twenty-five`, `1,200` whole). */
export function tokensOf(side: AnalyzedSide): readonly TextSpan[] {
  const cache = side[analyzed]
  cache.tokens ??= tokenizeWords(side.text, side.start)
  return cache.tokens
}

/** Time references (`findTemporalExpressions`). */
export function timesOf(side: AnalyzedSide): readonly TemporalExpression[] {
  const cache = side[analyzed]
  cache.times ??= findTemporalExpressions(side, tokensOf(side), tokenBits(side))
  return cache.times
}

/**
 * Call `visit` with each match of a cue pattern in the side's text, as a
 * global `exec` loop finds them (`forEachCueMatch`): the pattern is tried
 * only at the word starts of tokens that may open a match, each distinct
 * token read once per comparison (`tokenBits`).
 *
 * @param side The wrapped side.
 * @param scan The pattern's scan (`cueScan`).
 * @param visit Called with each match (`index` into `side.text`) in reading order.
 */
export function forEachSideCueMatch(side: AnalyzedSide, scan: CueScan, visit: (match: RegExpExecArray) => void): void {
  forEachCueMatch(side, tokensOf(side), tokenBits(side), scan, visit)
}

/**
 * How many matches of a cue pattern the side's text holds
 * (`text.match(global)?.length ?? 0`), found as `forEachSideCueMatch` does.
 *
 * @param side The wrapped side.
 * @param scan The pattern's scan (`cueScan`).
 */
export function countSideCueMatches(side: AnalyzedSide, scan: CueScan): number {
  return countCueMatches(side, tokensOf(side), tokenBits(side), scan)
}

/** `cueBitsOf` each token, plus one (0: not worked out yet), by token id, per vocabulary. */
const cueBitTables = /* @__PURE__ */ new WeakMap<WordVocabulary, Uint8Array>()

/**
 * `cueBitsOf` the side's token at an index (of `tokensOf`): which cue
 * patterns may start a match in it. When the tokens come from the sentence
 * analysis, each distinct token is read once per comparison, its bits kept
 * in an array indexed by its id, shared by every cue pattern.
 *
 * @param side The wrapped side.
 * @returns A function of the token index.
 */
export function tokenBits(side: AnalyzedSide): (index: number) => number {
  const tokens = tokensOf(side)
  const grouped = side[analyzed].grouped
  if (grouped === undefined) return (index) => cueBitsOf((tokens[index] as TextSpan).text)
  const size = grouped.vocabulary.texts.length
  const before = cueBitTables.get(grouped.vocabulary)
  const known = grownToSize(before, size, true)
  if (known !== before) cueBitTables.set(grouped.vocabulary, known)
  const {ids} = grouped
  return (index) => {
    const id = ids[index] as number
    let bits = known[id] as number
    if (bits === 0) known[id] = bits = cueBitsOf((tokens[index] as TextSpan).text) + 1
    return bits - 1
  }
}

/** The polarity key of each word of `wordsOf` (`polarityKey`: irregular forms to their lemma, then the stem; near-synonyms merged as in `key`), by word index. */
export function polarityKeysOf(side: AnalyzedSide): readonly string[] {
  const cache = side[analyzed]
  cache.polarityKeys ??= sidePolarityKeys(wordsOf(side), cache.grouped?.ids, cache.grouped?.vocabulary)
  return cache.polarityKeys
}

/** The ids of the side's tokens (`tokensOf`) in its vocabulary (`vocabularyOf`), when they come from the sentence analysis. */
export function tokenIdsOf(side: AnalyzedSide): Int32Array | undefined {
  return side[analyzed].grouped?.ids
}

/** The comparison's vocabulary the side's token ids belong to, when they come from the sentence analysis. */
export function vocabularyOf(side: AnalyzedSide): WordVocabulary | undefined {
  return side[analyzed].grouped?.vocabulary
}

/**
 * The key ids of the side's lettered words (`sideKeys`). When `keyIds` is
 * the key table of the vocabulary the side's tokens belong to, they are
 * read per distinct token and kept on the side; otherwise each word's key
 * is looked up in `keyIds`.
 *
 * @param side The wrapped side.
 * @param keyIds The key ids both sides of a comparison are counted in.
 */
export function keysOf(side: AnalyzedSide, keyIds: KeyIds): SideKeys {
  const cache = side[analyzed]
  const grouped = cache.grouped
  if (grouped !== undefined && keyIdsOf(grouped.vocabulary) === keyIds) {
    cache.keys ??= sideKeys(tokensOf(side), () => wordsOf(side), keyIds, grouped.ids, grouped.vocabulary)
    return cache.keys
  }
  return sideKeys(tokensOf(side), () => wordsOf(side), keyIds)
}

/**
 * The key ids two sides are compared in: their vocabulary's when they share
 * one (every bead of `compareTexts`; a side without ids counts as sharing
 * it), else a table for this comparison only.
 *
 * @param source One side.
 * @param variant The other side.
 */
export function sharedKeyIds(source: AnalyzedSide, variant: AnalyzedSide): KeyIds {
  const sourceVocabulary = vocabularyOf(source)
  const variantVocabulary = vocabularyOf(variant)
  const vocabulary = sourceVocabulary === undefined || variantVocabulary === undefined || sourceVocabulary === variantVocabulary ? (sourceVocabulary ?? variantVocabulary) : undefined
  return vocabulary === undefined ? newKeyIds() : keyIdsOf(vocabulary)
}

/** A yes-or-no test of a token's text, worked out once per distinct token of a comparison by `tokenTest`. */
export type TokenTest = (text: string) => boolean

/** The answers of each test, by token id (0 not asked yet, 1 no, 2 yes), per vocabulary. */
const answers = /* @__PURE__ */ new WeakMap<WordVocabulary, Map<TokenTest, Uint8Array>>()

/**
 * `test` of the side's token `index` (of `tokensOf`). When the tokens come
 * from the sentence analysis, each distinct token is tested once per
 * comparison, its answer kept in an array indexed by its id; otherwise the
 * test runs on every call.
 *
 * @param side The wrapped side.
 * @param test The test (one function per test, defined once at module level).
 * @returns A function of the token index.
 */
export function tokenTest(side: AnalyzedSide, test: TokenTest): (index: number) => boolean {
  const tokens = tokensOf(side)
  const grouped = side[analyzed].grouped
  if (grouped === undefined) return (index) => test((tokens[index] as TextSpan).text)
  let byTest = answers.get(grouped.vocabulary)
  if (byTest === undefined) answers.set(grouped.vocabulary, (byTest = new Map()))
  const before = byTest.get(test)
  const table = grownToSize(before, grouped.vocabulary.texts.length)
  if (table !== before) byTest.set(test, table)
  const {ids} = grouped
  return (index) => {
    const id = ids[index] as number
    let answer = table[id] as number
    if (answer === 0) table[id] = answer = test((tokens[index] as TextSpan).text) ? 2 : 1
    return answer === 2
  }
}

/**
 * What `compute` gives for `side`, worked out on first use and kept on the
 * side, for a value that more than one detector reads (the quantities).
 *
 * @param side The wrapped side.
 * @param name What is computed (one name per value).
 * @param compute Builds the value from the side.
 */
export function sideValue<T>(side: AnalyzedSide, name: string, compute: (side: AnalyzedSide) => T): T {
  const values = (side[analyzed].values ??= new Map())
  // One look-up when the value is known (every value computed so far is defined).
  let value = values.get(name) as T | undefined
  if (value === undefined && !values.has(name)) {
    value = compute(side)
    values.set(name, value)
  }
  return value as T
}
