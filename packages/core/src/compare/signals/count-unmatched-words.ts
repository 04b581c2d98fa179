import type {TextSpan} from '../../types'
import {analyzeSide, wordsOf} from './analyze-side'
import {isContentWord} from './signal-text'

/** Content words of one side of a bead that the other side lacks, counted once per key. */
export interface UnmatchedWords {
  /** Distinct content-word keys of the source side that the variant side lacks. */
  readonly missing: number
  /** Distinct content-word keys of the variant side that the source side lacks. */
  readonly added: number
}

/**
 * Count the content words each side of a bead has and the other lacks,
 * compared by the keys the signal detectors use (lowercase, possessive
 * dropped, British spellings and simple suffixes folded, near-synonyms
 * merged: `attacks` and `raid` share a key), each key once. This is the
 * content-word evidence of `scoreDrift`: a variant that leaves out or brings
 * in content words states less or more than its source, whatever its
 * characters share.
 *
 * The words come from the sides' shared analysis (`analyzeSide`), so a side
 * `findSignals` already analysed is not split again.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns Counts of missing (source only) and added (variant only) content-word keys; 0 and 0 for two empty sides.
 */
export function countUnmatchedWords(source: TextSpan, variant: TextSpan): UnmatchedWords {
  const sourceKeys = contentKeys(source)
  const variantKeys = contentKeys(variant)
  let missing = 0
  let added = 0
  for (const key of sourceKeys) if (!variantKeys.has(key)) missing++
  for (const key of variantKeys) if (!sourceKeys.has(key)) added++
  return {missing, added}
}

function contentKeys(side: TextSpan): Set<string> {
  const keys = new Set<string>()
  for (const word of wordsOf(analyzeSide(side))) if (isContentWord(word)) keys.add(word.key)
  return keys
}
