import {indexNames, nameKey, nameTokens, type NameIndex, phraseTokens} from './name-variants'
import {mayHoldPhraseAlias} from './name-keys'
import type {SideKeys, SignalWord} from './signal-text'

/**
 * The omission detector's word matcher: which content words of one side of
 * a bead have a counterpart on the other. Internal to `compare/signals`.
 */

const prefixOf = (word: SignalWord): string | undefined => (word.key.length >= 5 ? word.key.slice(0, 5) : undefined)

/**
 * True for a word whose text opens with an uppercase letter (`\p{Lu}`),
 * told by its first code unit when that is ASCII.
 *
 * @param word A word of a side.
 */
export function isCapitalized(word: SignalWord): boolean {
  const code = word.text.charCodeAt(0)
  if (code < 0x80) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word.text)
}

/** The first word of each key on the other side not taken yet (an index plus one), by key id; all 0 between calls. */
let heads = new Int32Array(1024)
/** The next word of the same key on the other side (an index plus one, 0 for none), by word: written before it is read in each call. */
let next = new Int32Array(256)
/** The other side's words taken, by word: cleared at the start of each call. */
let used = new Uint8Array(256)

/** The other side's words by their 5-letter start (`prefixOf`), in reading order. */
function prefixIndex(words: readonly SignalWord[]): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>()
  for (let k = 0; k < words.length; k++) {
    const prefix = prefixOf(words[k] as SignalWord)
    if (prefix === undefined) continue
    const list = byPrefix.get(prefix)
    if (list === undefined) byPrefix.set(prefix, [k])
    else list.push(k)
  }
  return byPrefix
}

/**
 * For each content word of `side`, whether some content word of `other` is the
 * same word in another form, each word of `other` used once: equal stems
 * first, then a shared 5-letter start (`retaliation`, `retaliatory`), then,
 * for capitalized words, a spelling variant of a name on the other side.
 * The pairing runs on arrays shared by every call (`heads`, `next`,
 * `used`), so a bead costs no allocation for it.
 *
 * @param side The side's content words.
 * @param sideKeys Their key ids, in the same order (`contentKeys`).
 * @param other The other side's content words.
 * @param otherKeys Their key ids.
 * @param otherAll Every word of the other side (for multi-word names).
 * @param keyCount How many key ids there are (every id is below it).
 * @param matched Set to 1 at the index of each word of `side` matched (the caller clears it); at least `side.length` long.
 */
export function matchWords(side: readonly SignalWord[], sideKeys: readonly number[], other: readonly SignalWord[], otherKeys: readonly number[], otherAll: readonly SignalWord[], keyCount: number, matched: Uint8Array): void {
  if (other.length > used.length) {
    used = new Uint8Array(Math.max(other.length, used.length * 2))
    next = new Int32Array(used.length)
  }
  used.fill(0, 0, other.length)
  // Equal keys: the other side's words of each key as a list in reading order, taken from the front
  // (`heads` by key id, `next` by word, each an index plus one, 0 for none).
  if (keyCount > heads.length) heads = new Int32Array(Math.max(keyCount, heads.length * 2))
  for (let k = other.length - 1; k >= 0; k--) {
    const key = otherKeys[k]!
    next[k] = heads[key]!
    heads[key] = k + 1
  }
  for (let i = 0; i < side.length; i++) {
    const key = sideKeys[i]!
    const head = heads[key]!
    if (head === 0) continue
    used[head - 1] = 1
    heads[key] = next[head - 1]!
    matched[i] = 1
  }
  for (const key of otherKeys) heads[key] = 0
  // A shared 5-letter start, among the other side's words left.
  let byPrefix: Map<string, number[]> | undefined
  for (let i = 0; i < side.length; i++) {
    if (matched[i] === 1) continue
    const prefix = prefixOf(side[i] as SignalWord)
    if (prefix === undefined) continue
    byPrefix ??= prefixIndex(other)
    const free = byPrefix.get(prefix)?.find((k) => used[k] === 0)
    if (free === undefined) continue
    used[free] = 1
    matched[i] = 1
  }
  // Multi-word names the other side writes in another form (United States ↔ US).
  const phrases = mayHoldPhraseAlias(side) ? phraseTokens(side.map((w) => w.text)) : []
  // The other side's keys are worked out only when this side has a phrase to look for.
  const otherPhraseKeys = phrases.length === 0 ? undefined : new Set(nameTokens(otherAll.map((w) => w.text)).map((t) => t.key))
  for (const token of phrases) {
    if (!otherPhraseKeys!.has(token.key)) continue
    for (let i = token.first; i <= token.last; i++) matched[i] = 1
  }
  // Name variants last, by presence: a spelling of a name on the other side.
  let otherNames: NameIndex | undefined
  for (let i = 0; i < side.length; i++) {
    const word = side[i] as SignalWord
    if (matched[i] === 1 || !isCapitalized(word)) continue
    otherNames ??= indexNames(other.filter(isCapitalized).map((candidate) => nameKey(candidate.text)))
    if (otherNames.has(nameKey(word.text))) matched[i] = 1
  }
}

/**
 * The key ids of the content words among a side's packed keys (`SideKeys`).
 *
 * @param keys A side's packed keys (`keysOf`).
 * @returns The key ids of its content words, in reading order.
 */
export function contentKeys(keys: SideKeys): number[] {
  const content: number[] = []
  for (const packed of keys) if ((packed & 1) !== 0) content.push(packed >> 1)
  return content
}
