import type {TextSpan} from '../../types'
import {analyzeSide, keysOf, sharedKeyIds} from './analyze-side'
import type {SideKeys} from './signal-text'

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
  const sourceSide = analyzeSide(source)
  const variantSide = analyzeSide(variant)
  const keyIds = sharedKeyIds(sourceSide, variantSide)
  const sourceKeys = keysOf(sourceSide, keyIds)
  const variantKeys = keysOf(variantSide, keyIds)
  return countKeys(sourceKeys, variantKeys, keyIds.ids.size)
}

/**
 * Counters by key id, shared by every call and left all zero after each:
 * how often each key occurs on the source side and on the variant side,
 * and flags (see `countKeys`).
 */
let sourceCounts = new Int32Array(1024)
let variantCounts = new Int32Array(1024)
let flags = new Uint8Array(1024)

/** Flags of a key: a content word on the source side, on the variant side; already counted as missing or added. */
const sourceContent = 1
const variantContent = 2
const sourceSeen = 4
const variantSeen = 8

function countKeys(sourceKeys: SideKeys, variantKeys: SideKeys, keyCount: number): UnmatchedWords {
  if (keyCount > flags.length) {
    const size = Math.max(keyCount, flags.length * 2)
    sourceCounts = new Int32Array(size)
    variantCounts = new Int32Array(size)
    flags = new Uint8Array(size)
  }
  // A packed key is the key id times two, plus one for a content word.
  for (const packed of sourceKeys) {
    const key = packed >> 1
    sourceCounts[key]!++
    if ((packed & 1) !== 0) flags[key]! |= sourceContent
  }
  for (const packed of variantKeys) {
    const key = packed >> 1
    variantCounts[key]!++
    if ((packed & 1) !== 0) flags[key]! |= variantContent
  }
  const longestRun = Math.max(longestRunMissing(sourceKeys, variantCounts), longestRunMissing(variantKeys, sourceCounts))
  let sharedWords = 0
  let missing = 0
  let added = 0
  for (const packed of sourceKeys) {
    const key = packed >> 1
    const flag = flags[key]!
    if ((flag & sourceSeen) !== 0) continue
    flags[key] = flag | sourceSeen
    sharedWords += Math.min(sourceCounts[key]!, variantCounts[key]!)
    if ((flag & sourceContent) !== 0 && (flag & variantContent) === 0) missing++
  }
  for (const packed of variantKeys) {
    const key = packed >> 1
    const flag = flags[key]!
    if ((flag & variantSeen) !== 0) continue
    flags[key] = flag | variantSeen
    if ((flag & variantContent) !== 0 && (flag & sourceContent) === 0) added++
  }
  for (const packed of sourceKeys) sourceCounts[packed >> 1] = variantCounts[packed >> 1] = flags[packed >> 1] = 0
  for (const packed of variantKeys) sourceCounts[packed >> 1] = variantCounts[packed >> 1] = flags[packed >> 1] = 0
  return {missing, added, sourceWords: sourceKeys.length, variantWords: variantKeys.length, sharedWords, longestRun}
}

/** The longest run of consecutive `keys` that `other` counts 0 times. */
function longestRunMissing(keys: SideKeys, other: Int32Array): number {
  let longest = 0
  let run = 0
  for (const packed of keys) {
    run = other[packed >> 1] !== 0 ? 0 : run + 1
    if (run > longest) longest = run
  }
  return longest
}
