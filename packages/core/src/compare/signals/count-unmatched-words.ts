import type {TextSpan} from '../../types'
import {analyzeSide, wordsOf} from './analyze-side'
import {isContentWord, type SignalWord} from './signal-text'

/** Words of one side of a bead that the other side lacks. */
export interface UnmatchedWords {
  /** Distinct content-word keys of the source side that the variant side lacks. */
  readonly missing: number
  /** Distinct content-word keys of the variant side that the source side lacks. */
  readonly added: number
  /** Words of the source side (stop words included; punctuation not), 0 or more. */
  readonly sourceWords: number
  /** Words of the variant side, counted the same way. */
  readonly variantWords: number
  /** Words the two sides share, by key and with repeats (a key twice on each side counts 2): at most the smaller of the two counts. */
  readonly sharedWords: number
  /** The longest run of consecutive words of either side whose keys the other side lacks, 0 or more. */
  readonly longestRun: number
}

/**
 * Count the words each side of a bead has and the other lacks, compared by
 * the keys the signal detectors use (lowercase, possessive dropped, British
 * spellings and simple suffixes folded, near-synonyms merged: `attacks` and
 * `raid` share a key). This is the word evidence of `scoreDrift`:
 *
 * - `missing` and `added` count distinct content-word keys of one side only:
 *   a variant that leaves out or brings in content words states less or
 *   more than its source, whatever its characters share;
 * - `sourceWords`, `variantWords` and `sharedWords` count every word, stop
 *   words too, so that the share of a side the other lacks can be taken;
 * - `longestRun` finds a clause said on one side only ("…, assuming those
 *   businesses aren't sold"), which a paraphrase rarely has and a share of
 *   scattered words does not see.
 *
 * The words come from the sides' shared analysis (`analyzeSide`), so a side
 * `findSignals` already analysed is not split again.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns The counts; all 0 for two empty sides.
 */
export function countUnmatchedWords(source: TextSpan, variant: TextSpan): UnmatchedWords {
  const sourceWords = wordsOf(analyzeSide(source)).filter(isWord)
  const variantWords = wordsOf(analyzeSide(variant)).filter(isWord)
  const sourceCounts = countKeys(sourceWords)
  const variantCounts = countKeys(variantWords)
  let sharedWords = 0
  for (const [key, count] of sourceCounts) sharedWords += Math.min(count, variantCounts.get(key) ?? 0)
  const sourceContent = contentKeys(sourceWords)
  const variantContent = contentKeys(variantWords)
  let missing = 0
  let added = 0
  for (const key of sourceContent) if (!variantContent.has(key)) missing++
  for (const key of variantContent) if (!sourceContent.has(key)) added++
  return {
    missing,
    added,
    sourceWords: sourceWords.length,
    variantWords: variantWords.length,
    sharedWords,
    longestRun: Math.max(longestRunMissing(sourceWords, variantCounts), longestRunMissing(variantWords, sourceCounts)),
  }
}

/** A word with a letter or a digit (the tokenizer's words; not a stray mark). */
function isWord(word: SignalWord): boolean {
  return word.lettered
}

function countKeys(words: readonly SignalWord[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word.key, (counts.get(word.key) ?? 0) + 1)
  return counts
}

function contentKeys(words: readonly SignalWord[]): Set<string> {
  const keys = new Set<string>()
  for (const word of words) if (isContentWord(word)) keys.add(word.key)
  return keys
}

/** The longest run of consecutive `words` whose keys `other` lacks. */
function longestRunMissing(words: readonly SignalWord[], other: ReadonlyMap<string, number>): number {
  let longest = 0
  let run = 0
  for (const word of words) {
    run = other.has(word.key) ? 0 : run + 1
    if (run > longest) longest = run
  }
  return longest
}
