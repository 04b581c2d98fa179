import type {Artifact, Span} from '../types'
import {wordIndexRange} from '../normalize/text-words'
import {type ArtifactContext, makeArtifact} from './artifact-context'

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
  const wordsOf = (span: Span): Int32Array => {
    const range = wordIndexRange(words, span.start, span.end)
    return wordIds.subarray(range.start, range.end)
  }
  const found: Artifact[] = []
  const claimed = new Uint8Array(text.length)
  const seenParagraphs = new Set<string>()
  paragraphs.forEach((paragraph, index) => {
    const paragraphWords = wordsOf(paragraph)
    if (paragraphWords.length < minimumParagraphWords) return
    const key = keyOf(paragraphWords)
    if (!seenParagraphs.has(key)) {
      seenParagraphs.add(key)
      return
    }
    const next = paragraphs[index + 1]
    const end = next ? next.start : paragraph.end
    claimed.fill(1, paragraph.start, end)
    found.push(makeArtifact(text, side, 'duplicate-block', paragraph.start, end, 'info', 'This paragraph repeats an earlier one.', ''))
  })
  const spans = context.sentences
  const seenSentences = new Set<string>()
  // The sentences holding each trigram: the index of the only one, or the complement (`~k`) of its list in `lists`.
  const postings = new Map<number, number>()
  const lists: number[][] = []
  // Trigrams of the sentence at hand, and how many of them each earlier sentence shares (reset after each sentence).
  let trigramBuffer = new Float64Array(64)
  const hits = new Int32Array(spans.length)
  const touched: number[] = []
  spans.forEach((sentence, index) => {
    const sentenceWords = wordsOf(sentence)
    if (sentenceWords.length < minimumSentenceWords) return
    const key = keyOf(sentenceWords)
    const inClaimed = claimed[sentence.start] === 1
    if (seenSentences.has(key)) {
      if (!inClaimed) {
        const end = removalEnd(text, sentence, spans[index + 1])
        claimed.fill(1, sentence.start, end)
        found.push(makeArtifact(text, side, 'duplicate-block', sentence.start, end, 'info', 'This sentence repeats an earlier one.', ''))
      }
      return
    }
    seenSentences.add(key)
    if (sentenceWords.length < minimumNearWords) return
    // A trigram key packs three word ids below 2^17 each into one exact number (2^51 < 2^53); in a text
    // with more distinct words than that, ids wrap and two trigrams may share a key.
    const count = sentenceWords.length - 2
    if (trigramBuffer.length < count) trigramBuffer = new Float64Array(2 * count)
    for (let k = 0; k < count; k++) {
      trigramBuffer[k] = ((sentenceWords[k]! % 131072) * 131072 + (sentenceWords[k + 1]! % 131072)) * 131072 + (sentenceWords[k + 2]! % 131072)
    }
    // Sorted, so that each distinct trigram is read once; the earlier sentences sharing each are counted in `hits`.
    const trigrams = trigramBuffer.subarray(0, count).sort()
    let distinct = 0
    let best = 0
    for (let k = 0; k < count; k++) {
      const trigram = trigrams[k]!
      if (k > 0 && trigram === trigrams[k - 1]) continue
      distinct++
      const entry = postings.get(trigram)
      if (entry === undefined) {
        postings.set(trigram, index)
      } else if (entry >= 0) {
        // A second sentence with this trigram: the entry becomes a list.
        if (hits[entry] === 0) touched.push(entry)
        best = Math.max(best, ++hits[entry]!)
        postings.set(trigram, ~lists.length)
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
      claimed.fill(1, sentence.start, sentence.end)
      found.push(makeArtifact(text, side, 'duplicate-block', sentence.start, sentence.end, 'info', 'This sentence nearly repeats an earlier one.'))
    }
  })
  return found.sort((a, b) => a.start - b.start)
}

/**
 * A key for a sequence of word ids: its length and two independent 32-bit
 * multiplicative hashes (FNV-1a and a second odd multiplier), so that two
 * different sentences share a key with odds near 2^-64.
 */
function keyOf(ids: Int32Array): string {
  let first = 0x811c9dc5
  let second = 0x9e3779b9
  for (const id of ids) {
    first = Math.imul(first ^ id, 0x01000193)
    second = Math.imul(second ^ id, 0x5bd1e995) ^ (second >>> 15)
  }
  return `${ids.length}:${first >>> 0}:${second >>> 0}`
}

/** Where removing a sentence should stop: at the next sentence of the same line, else at the sentence's end. */
function removalEnd(text: string, sentence: Span, next: Span | undefined): number {
  if (next && /^[ \t]+$/.test(text.slice(sentence.end, next.start))) return next.start
  return sentence.end
}
