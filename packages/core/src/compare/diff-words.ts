import {StringIds} from '../string-ids'
import type {DiffPart, TextSpan} from '../types'
import {assertKnownOptions, describeValue} from '../validate-options'
import {TokenBuffer, tokenizeFolded} from './diff-tokens'
import {diffTokens} from './diff-token-runs'

/** Options of `diffWords`. */
export interface DiffWordsOptions {
  /**
   * Largest number of token edits (deletions plus insertions) the exact
   * diff looks for. Myers' algorithm costs O((N + M) · D) for a pair of N
   * and M tokens that differ by D edits, so without a cap one long sentence
   * that differs in every punctuation mark (`a,a,a…` against `a;a;a…`)
   * costs time quadratic in its length. Past the cap the diff is coarse: the
   * common first and last tokens are kept equal and everything between them
   * is one deletion and one insertion. Beads of real translations stay
   * below half the default: the largest of 60 WMT21 documents (reference
   * against MT) differs by 104 edits, of two independent translations of
   * 2,000 news lines and 5 TED talks by 94. @default 200
   */
  readonly maxEditLength?: number
}

/** Defaults of {@link DiffWordsOptions}. */
export const defaultDiffWordsOptions = {maxEditLength: 200} as const satisfies Required<DiffWordsOptions>

/** A word diff and whether it had to fall back to the coarse form. */
export interface WordDiff {
  readonly parts: DiffPart[]
  /** True when the two sides differ by more than `maxEditLength` edits and `parts` is the coarse diff. */
  readonly coarse: boolean
}

/**
 * `options` of `diffWords` checked and completed with the defaults. Throws
 * on an unknown option or an invalid value.
 *
 * @param options Options as given.
 * @returns Every option.
 */
export function resolveDiffWordsOptions(options: DiffWordsOptions): Required<DiffWordsOptions> {
  assertKnownOptions(options, Object.keys(defaultDiffWordsOptions))
  const resolved = {...defaultDiffWordsOptions, ...options}
  if (!Number.isInteger(resolved.maxEditLength) || resolved.maxEditLength < 0) {
    throw new RangeError(`Expected \`maxEditLength\` to be a non-negative integer, not \`${describeValue(resolved.maxEditLength)}\``)
  }
  return resolved
}

/**
 * Word-level diff of the two sides of a bead, computed by Myers' diff over
 * token ids with jsdiff's `diffArrays`, with every part located in both originals,
 * and whether the work budget made it coarse. See {@link diffWords}.
 *
 * @param source The source side: its original text and offset in the source document.
 * @param variant The variant side: its original text and offset in the variant document.
 * @param options The edit budget.
 * @returns The parts and the `coarse` flag.
 */
export function diffWordsBounded(source: TextSpan, variant: TextSpan, options: DiffWordsOptions = {}): WordDiff {
  const {maxEditLength} = resolveDiffWordsOptions(options)
  const vocabulary = new StringIds()
  const sourceTokens = new TokenBuffer()
  const variantTokens = new TokenBuffer()
  tokenizeFolded(source.text, source.start, vocabulary, sourceTokens)
  tokenizeFolded(variant.text, variant.start, vocabulary, variantTokens)
  return diffTokens(source, sourceTokens, variant, variantTokens, maxEditLength)
}

/**
 * Word-level diff of the two sides of a bead, computed by Myers' diff over
 * token ids with jsdiff's `diffArrays`, with every part located in both originals.
 * Tokens are words and single punctuation marks of the text as
 * `normalizeText` folds it, so case, quote and dash style and entity residue
 * are not differences. An `equal` part covers a run of tokens on both sides; the
 * whitespace between tokens belongs to the run that surrounds it.
 *
 * The work is bounded: past `maxEditLength` token edits the diff is coarse
 * (common first and last tokens equal, the middle one deletion and one
 * insertion); `diffWordsBounded` also says when that happened, and a
 * report's bead carries it as `coarseDiff`.
 *
 * @param source The source side: its original text and offset in the source document.
 * @param variant The variant side: its original text and offset in the variant document.
 * @param options The edit budget.
 * @returns The parts in order; spans are offsets into the whole documents.
 */
export function diffWords(source: TextSpan, variant: TextSpan, options: DiffWordsOptions = {}): DiffPart[] {
  return diffWordsBounded(source, variant, options).parts
}
