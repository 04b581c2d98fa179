import type {Artifact, Span} from '../types'
import type {TextWords} from '../normalize/text-words'
import {type ArtifactContext, makeArtifact} from './artifact-context'
import {Claims} from './claims'

/** Sentences shorter than this many words are never reported as repeats (`He said.`). */
const minimumSentenceWords = 6
/** Paragraphs shorter than this many words are never reported as repeats (headings). */
const minimumParagraphWords = 5
/** Near repeats need this many words and this share of their word trigrams in one earlier sentence. */
const minimumNearWords = 10
const nearContainment = 0.8
/** A trigram seen in more sentences than this is too common to point at one earlier sentence; capping keeps the index linear. */
const maximumPostings = 16

/**
 * Find paragraphs and sentences that repeat earlier ones: exact repeats
 * (after lower-casing and dropping punctuation) and near repeats, where at
 * least 80% of a sentence's word trigrams occur in one earlier sentence (a
 * caption pasted twice with a word changed). Each word trigram is looked up in
 * an index with capped posting lists, so the work stays linear in the text.
 * Severity `info`: a repeat is a layout flaw, not corrupted text. Exact
 * repeats carry an empty repair (remove the later copy); near repeats carry
 * none, since which copy is right is unknown.
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The later copies, in order.
 */
export function findDuplicateBlocks(context: ArtifactContext): Artifact[] {
  const {text, side, paragraphs, words} = context
  // Each distinct lower-cased word gets a small integer, in order of first appearance, so trigrams become numbers instead of strings.
  const {count, formIds, forms} = words
  const localIds = new Int32Array(forms.lowerTexts.length).fill(-1)
  const wordIds = new Int32Array(count)
  let distinct = 0
  for (let index = 0; index < count; index++) {
    const lowerId = forms.lowerIds[formIds[index]!]!
    let id = localIds[lowerId]!
    if (id === -1) {
      id = distinct++
      localIds[lowerId] = id
    }
    wordIds[index] = id
  }
  const found: Artifact[] = []
  const claimed = new Claims(text.length)
  const seenParagraphs = new SequenceSet()
  paragraphs.forEach((paragraph, index) => {
    // A span's words are a range of `wordIds` (`wordIndexRange`), read in place.
    const first = firstWordFrom(words, paragraph.start)
    const last = Math.max(first, firstWordFrom(words, paragraph.end))
    if (last - first < minimumParagraphWords) return
    if (seenParagraphs.add(wordIds, first, last)) return
    const next = paragraphs[index + 1]
    const end = next ? next.start : paragraph.end
    claimed.claim(paragraph.start, end)
    found.push(makeArtifact(text, side, 'duplicate-block', paragraph.start, end, 'info', 'This paragraph repeats an earlier one.', ''))
  })
  const spans = context.sentences
  const seenSentences = new SequenceSet()
  const postings = new TrigramPostings(count)
  const {lists} = postings
  // How many trigrams of the sentence at hand each earlier sentence shares (reset after each sentence).
  const hits = new Int32Array(spans.length)
  const touched: number[] = []
  spans.forEach((sentence, index) => {
    const first = firstWordFrom(words, sentence.start)
    const last = Math.max(first, firstWordFrom(words, sentence.end))
    if (last - first < minimumSentenceWords) return
    const inClaimed = claimed.has(sentence.start)
    if (!seenSentences.add(wordIds, first, last)) {
      if (!inClaimed) {
        const end = removalEnd(text, sentence, spans[index + 1])
        claimed.claim(sentence.start, end)
        found.push(makeArtifact(text, side, 'duplicate-block', sentence.start, end, 'info', 'This sentence repeats an earlier one.', ''))
      }
      return
    }
    if (last - first < minimumNearWords) return
    let distinct = 0
    let best = 0
    for (let k = first; k + 2 < last; k++) {
      // Each distinct trigram of the sentence is read once; the earlier sentences sharing it are counted in `hits`.
      const slot = postings.visit(wordIds[k]!, wordIds[k + 1]!, wordIds[k + 2]!, index)
      if (slot === -1) continue
      distinct++
      const entry = postings.entries[slot]!
      if (entry === noSentence) {
        postings.entries[slot] = index
      } else if (entry >= 0) {
        // A second sentence with this trigram: the entry becomes a list.
        if (hits[entry] === 0) touched.push(entry)
        best = Math.max(best, ++hits[entry]!)
        postings.entries[slot] = ~lists.length
        lists.push([entry, index])
      } else {
        const list = lists[~entry]!
        for (const earlier of list) {
          if (hits[earlier] === 0) touched.push(earlier)
          best = Math.max(best, ++hits[earlier]!)
        }
        if (list.length < maximumPostings) list.push(index)
      }
    }
    for (const earlier of touched) hits[earlier] = 0
    touched.length = 0
    if (!inClaimed && best >= nearContainment * distinct) {
      claimed.claim(sentence.start, sentence.end)
      found.push(makeArtifact(text, side, 'duplicate-block', sentence.start, sentence.end, 'info', 'This sentence nearly repeats an earlier one.'))
    }
  })
  return found.sort((a, b) => a.start - b.start)
}

/** The entry of a trigram no sentence has been recorded under yet. */
const noSentence = 0x7fffffff

/**
 * The sentences holding each word trigram, in an open-addressing hash table
 * of typed arrays: no string or boxed number per trigram. A trigram key packs
 * three word ids below 2^17 each into one exact number (2^51 < 2^53); in a
 * text with more distinct words than that, ids wrap and two trigrams may
 * share a key.
 */
class TrigramPostings {
  /** Per slot: the packed trigram. */
  private keys: Float64Array
  /** Per slot: the index of the only sentence holding it, the complement (`~k`) of its list in `lists`, or `noSentence`. */
  entries: Int32Array
  /** Per slot: one more than the last sentence that visited it; 0 for an empty slot. */
  private visits: Int32Array
  private size = 0
  /** The lists of sentences of the trigrams held by two sentences or more. */
  readonly lists: number[][] = []

  /**
   * @param words How many words the text has: a text has fewer trigrams, so the table starts large enough for most texts.
   */
  constructor(words: number) {
    let slots = 1024
    while (slots < 2 * words && slots < 1 << 14) slots *= 2
    this.keys = new Float64Array(slots)
    this.entries = new Int32Array(slots)
    this.visits = new Int32Array(slots)
  }

  /**
   * Find (or add) the slot of a trigram for a sentence.
   *
   * @returns The slot, or -1 when the sentence has visited this trigram already.
   */
  visit(first: number, second: number, third: number, sentence: number): number {
    // At most half the slots in use: probes stay short.
    if (2 * (this.size + 1) > this.keys.length) this.grow()
    const a = first % 131072
    const b = second % 131072
    const c = third % 131072
    const key = (a * 131072 + b) * 131072 + c
    const {keys, visits} = this
    const mask = keys.length - 1
    let slot = hashTriple(a, b, c) & mask
    while (visits[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask
    if (visits[slot] === sentence + 1) return -1
    if (visits[slot] === 0) {
      keys[slot] = key
      this.entries[slot] = noSentence
      this.size++
    }
    visits[slot] = sentence + 1
    return slot
  }

  private grow(): void {
    const {keys, entries, visits} = this
    this.keys = new Float64Array(2 * keys.length)
    this.entries = new Int32Array(2 * keys.length)
    this.visits = new Int32Array(2 * keys.length)
    const mask = this.keys.length - 1
    for (let old = 0; old < keys.length; old++) {
      if (visits[old] === 0) continue
      const key = keys[old]!
      let slot = hashTriple(Math.floor(key / 17179869184), Math.floor(key / 131072) % 131072, key % 131072) & mask
      while (this.visits[slot] !== 0) slot = (slot + 1) & mask
      this.keys[slot] = key
      this.entries[slot] = entries[old]!
      this.visits[slot] = visits[old]!
    }
  }
}

/** A hash of three word ids. */
function hashTriple(a: number, b: number, c: number): number {
  const hash = Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35), 0x27d4eb2f)
  return hash ^ (hash >>> 15)
}

/**
 * The sequences of word ids seen so far, each kept as its length and two
 * independent 32-bit multiplicative hashes (FNV-1a and a second odd
 * multiplier), so that two different sentences are taken for one with odds
 * near 2^-64; an open-addressing table of typed arrays.
 */
class SequenceSet {
  /** Per slot: the sequence's length plus one (0 for an empty slot) and its two hashes. */
  private lengths = new Int32Array(256)
  private firsts = new Int32Array(256)
  private seconds = new Int32Array(256)
  private size = 0

  /**
   * Add the sequence `ids[from]`, …, `ids[to - 1]`.
   *
   * @returns Whether it was new.
   */
  add(ids: Int32Array, from: number, to: number): boolean {
    let first = 0x811c9dc5
    let second = 0x9e3779b9
    for (let index = from; index < to; index++) {
      const id = ids[index]!
      first = Math.imul(first ^ id, 0x01000193)
      second = Math.imul(second ^ id, 0x5bd1e995) ^ (second >>> 15)
    }
    return this.insert(to - from + 1, first, second)
  }

  private insert(length: number, first: number, second: number): boolean {
    const mask = this.lengths.length - 1
    let slot = (first ^ Math.imul(second, 0x85ebca6b)) & mask
    for (; this.lengths[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.lengths[slot] === length && this.firsts[slot] === first && this.seconds[slot] === second) return false
    }
    this.lengths[slot] = length
    this.firsts[slot] = first
    this.seconds[slot] = second
    if (2 * ++this.size > this.lengths.length) this.grow()
    return true
  }

  private grow(): void {
    const {lengths, firsts, seconds} = this
    this.lengths = new Int32Array(2 * lengths.length)
    this.firsts = new Int32Array(2 * lengths.length)
    this.seconds = new Int32Array(2 * lengths.length)
    this.size = 0
    for (let slot = 0; slot < lengths.length; slot++) if (lengths[slot] !== 0) this.insert(lengths[slot]!, firsts[slot]!, seconds[slot]!)
  }
}

/** The index of the first word starting at or after `offset` (a binary search of the word offsets, as `wordIndexRange` does, without a range object). */
function firstWordFrom(words: TextWords, offset: number): number {
  const {offsets} = words
  let low = 0
  let high = words.count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (offsets[2 * middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Where removing a sentence should stop: at the next sentence of the same line, else at the sentence's end. */
function removalEnd(text: string, sentence: Span, next: Span | undefined): number {
  if (next && /^[ \t]+$/.test(text.slice(sentence.end, next.start))) return next.start
  return sentence.end
}
