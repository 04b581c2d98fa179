import {diffArrays} from 'diff'
import type {DiffPart, TextSpan} from '../types'
import type {TokenBuffer} from './diff-tokens'
import type {WordDiff} from './diff-words'

/**
 * The word diff of two tokenized bead sides: jsdiff's `diffArrays` (Myers'
 * diff) over the token ids, each run of tokens made a part located in both
 * originals; past `maxEditLength` edits the coarse diff (see
 * `coarseParts`).
 *
 * The common first tokens are taken off before jsdiff is called and given
 * back as the first part. That is jsdiff's own first step (it follows the
 * diagonal from the origin as far as the tokens agree before it counts any
 * edit), and the rest of its search depends only on positions relative to
 * where that step ends, so the parts are the same as from the whole arrays;
 * two equal sides skip jsdiff altogether. The common last tokens are left to
 * jsdiff: where the rest has a token equal to one of them, jsdiff can place
 * the equal run elsewhere than at the end.
 *
 * @param source The source side's span (its text and offset in the source document).
 * @param sourceTokens The source side's tokens.
 * @param variant The variant side's span.
 * @param variantTokens The variant side's tokens, ids from the same table.
 * @param maxEditLength The edit budget.
 * @returns The parts and whether they are coarse.
 */
export function diffTokens(source: TextSpan, sourceTokens: TokenBuffer, variant: TextSpan, variantTokens: TokenBuffer, maxEditLength: number): WordDiff {
  const sourceLength = sourceTokens.length
  const variantLength = variantTokens.length
  const sourceIds = sourceTokens.ids
  const variantIds = variantTokens.ids
  const shorter = Math.min(sourceLength, variantLength)
  let prefix = 0
  while (prefix < shorter && sourceIds[prefix] === variantIds[prefix]) prefix++
  const parts = new PartWriter(source, sourceTokens, variant, variantTokens)
  if (prefix === sourceLength && prefix === variantLength) {
    parts.equal(prefix)
    return {parts: parts.parts, coarse: false}
  }
  const changes = diffArrays(idsFrom(sourceIds, prefix, sourceLength), idsFrom(variantIds, prefix, variantLength), {maxEditLength})
  if (changes === undefined) return {parts: coarseParts(parts, sourceIds, sourceLength, variantIds, variantLength), coarse: true}
  parts.equal(prefix)
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (change.added) parts.insert(count)
    else if (change.removed) parts.remove(count)
    else parts.equal(count)
  }
  return {parts: parts.parts, coarse: false}
}

/** `ids[from, to)` as a plain array, the input jsdiff reads fastest. */
function idsFrom(ids: Int32Array, from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(ids[k]!)
  return out
}

/**
 * The coarse diff used past the edit budget: the longest common run of
 * tokens at the start and at the end are equal, the rest is replaced. Linear
 * in the number of tokens.
 */
function coarseParts(parts: PartWriter, source: Int32Array, sourceLength: number, variant: Int32Array, variantLength: number): DiffPart[] {
  let prefix = 0
  const shorter = Math.min(sourceLength, variantLength)
  while (prefix < shorter && source[prefix] === variant[prefix]) prefix++
  let suffix = 0
  while (suffix < shorter - prefix && source[sourceLength - 1 - suffix] === variant[variantLength - 1 - suffix]) suffix++
  parts.equal(prefix)
  parts.remove(sourceLength - prefix - suffix)
  parts.insert(variantLength - prefix - suffix)
  parts.equal(suffix)
  return parts.parts
}

/** Turns runs of tokens, in order, into parts located in both originals. */
class PartWriter {
  readonly parts: DiffPart[] = []
  /** The next source token and the next variant token. */
  private sourceAt = 0
  private variantAt = 0

  constructor(
    private readonly source: TextSpan,
    private readonly sourceTokens: TokenBuffer,
    private readonly variant: TextSpan,
    private readonly variantTokens: TokenBuffer,
  ) {}

  /** A run of `count` tokens equal on both sides (nothing when 0). */
  equal(count: number): void {
    if (count === 0) return
    this.parts.push({op: 'equal', source: this.sourceSpan(count), variant: this.variantSpan(count)})
  }

  /** A run of `count` source tokens the variant lacks. */
  remove(count: number): void {
    if (count > 0) this.parts.push({op: 'delete', source: this.sourceSpan(count)})
  }

  /** A run of `count` variant tokens the source lacks. */
  insert(count: number): void {
    if (count > 0) this.parts.push({op: 'insert', variant: this.variantSpan(count)})
  }

  private sourceSpan(count: number): TextSpan {
    const from = this.sourceAt
    this.sourceAt += count
    return spanOf(this.source, this.sourceTokens, from, count)
  }

  private variantSpan(count: number): TextSpan {
    const from = this.variantAt
    this.variantAt += count
    return spanOf(this.variant, this.variantTokens, from, count)
  }
}

/** The span of `count` tokens from `from`, its text sliced from the side's text. */
function spanOf(side: TextSpan, tokens: TokenBuffer, from: number, count: number): TextSpan {
  const start = tokens.starts[from]!
  const end = tokens.ends[from + count - 1]!
  return {start, end, text: side.text.slice(start - side.start, end - side.start)}
}
