import {diffArrays} from 'diff'
import {normalizeText, toOriginalSpan} from '../normalize/normalize-text'
import {wordPatternSource} from '../normalize/tokenize-words'
import type {DiffPart, TextSpan} from '../types'
import {assertKnownOptions, describeValue} from '../validate-options'

/** Words (as in `tokenizeWords`) and single punctuation marks. */
const tokenPattern = new RegExp(`${wordPatternSource}|[^\\s\\p{L}\\p{M}\\p{N}]`, 'gu')

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
 * The tokens of one side of a bead: where each is in the original document
 * (`starts[k]`, `ends[k]`) and its id (`ids[k]`), equal ids for equal
 * tokens of the two sides.
 */
interface SideTokens {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly ids: Int32Array
}

/**
 * Tokens of a text read through `normalizeText`, so case, quote and dash
 * style and entity residue (`quot;`) make no difference, each located in the
 * original text and given the id of its folded form in `vocabulary`.
 */
function tokenize(text: string, offset: number, vocabulary: Map<string, number>): SideTokens {
  const normalized = normalizeText(text)
  const starts: number[] = []
  const ends: number[] = []
  const ids: number[] = []
  for (const match of normalized.text.matchAll(tokenPattern)) {
    const span = toOriginalSpan(normalized, match.index, match.index + match[0].length)
    starts.push(span.start + offset)
    ends.push(span.end + offset)
    let id = vocabulary.get(match[0])
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(match[0], id)
    }
    ids.push(id)
  }
  return {starts: Int32Array.from(starts), ends: Int32Array.from(ends), ids: Int32Array.from(ids)}
}

function resolveDiffWordsOptions(options: DiffWordsOptions): Required<DiffWordsOptions> {
  assertKnownOptions(options, Object.keys(defaultDiffWordsOptions))
  const resolved = {...defaultDiffWordsOptions, ...options}
  if (!Number.isInteger(resolved.maxEditLength) || resolved.maxEditLength < 0) {
    throw new RangeError(`Expected \`maxEditLength\` to be a non-negative integer, not \`${describeValue(resolved.maxEditLength)}\``)
  }
  return resolved
}

/** One run of a diff over token keys, as counts. */
interface Run {
  readonly op: DiffPart['op']
  readonly count: number
}

/**
 * The coarse diff used past the edit budget: the longest common run of
 * tokens at the start and at the end are equal, the rest is replaced. Linear
 * in the number of tokens.
 */
function coarseRuns(source: Int32Array, variant: Int32Array): Run[] {
  let prefix = 0
  const shorter = Math.min(source.length, variant.length)
  while (prefix < shorter && source[prefix] === variant[prefix]) prefix++
  let suffix = 0
  while (suffix < shorter - prefix && source[source.length - 1 - suffix] === variant[variant.length - 1 - suffix]) suffix++
  return [
    {op: 'equal', count: prefix},
    {op: 'delete', count: source.length - prefix - suffix},
    {op: 'insert', count: variant.length - prefix - suffix},
    {op: 'equal', count: suffix},
  ]
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
  const vocabulary = new Map<string, number>()
  const sourceTokens = tokenize(source.text, source.start, vocabulary)
  const variantTokens = tokenize(variant.text, variant.start, vocabulary)
  // jsdiff's Myers search over the two id arrays; undefined once the edit length passes the cap.
  const exact = diffArrays(Array.from(sourceTokens.ids), Array.from(variantTokens.ids), {maxEditLength})
  const runs: Run[] = exact
    ? exact.map((change) => ({op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', count: change.count ?? change.value.length}))
    : coarseRuns(sourceTokens.ids, variantTokens.ids)
  const parts: DiffPart[] = []
  let s = 0
  let v = 0
  const span = (tokens: SideTokens, from: number, count: number, text: string, base: number): TextSpan => {
    const start = tokens.starts[from]!
    const end = tokens.ends[from + count - 1]!
    return {start, end, text: text.slice(start - base, end - base)}
  }
  for (const {op, count} of runs) {
    if (count === 0) continue
    if (op === 'insert') {
      parts.push({op, variant: span(variantTokens, v, count, variant.text, variant.start)})
      v += count
    } else if (op === 'delete') {
      parts.push({op, source: span(sourceTokens, s, count, source.text, source.start)})
      s += count
    } else {
      parts.push({
        op,
        source: span(sourceTokens, s, count, source.text, source.start),
        variant: span(variantTokens, v, count, variant.text, variant.start),
      })
      s += count
      v += count
    }
  }
  return {parts, coarse: exact === undefined}
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
