import type {AlignedBead} from '../align/align-sentences'
import type {Bead, Sentence, TextSpan} from '../types'
import {BeadTokenizer, type TokenizedDocument} from './bead-tokens'
import {diffTokens} from './diff-token-runs'
import {TokenBuffer} from './diff-tokens'
import {defaultDiffWordsOptions, type WordDiff} from './diff-words'

/**
 * The original text a group of consecutive sentences covers, from the start
 * of the first to the end of the last (whatever lies between them included).
 *
 * @param document The original text.
 * @param sentences The document's sentences.
 * @param indices Indices of the group, ascending and consecutive.
 * @returns The span, or `undefined` for an empty group.
 */
export function groupSpan(document: string, sentences: readonly Sentence[], indices: readonly number[]): TextSpan | undefined {
  if (indices.length === 0) return undefined
  const start = sentences[indices[0]!]!.start
  const end = sentences[indices[indices.length - 1]!]!.end
  return {start, end, text: document.slice(start, end)}
}

/** The diff of a bead with a side missing: nothing to compare. */
const noDiff: WordDiff = {parts: [], coarse: false}

/**
 * The word diffs of the beads of one comparison: `diffWordsBounded` of
 * each bead's two sides with the default budget, the tokens read from the
 * sentence analysis where that gives the same (`BeadTokenizer`), their ids
 * from one table for every bead and their offsets in two buffers reused from
 * bead to bead.
 */
export class BeadDiffer {
  private readonly tokenizer: BeadTokenizer
  private readonly sourceTokens = new TokenBuffer()
  private readonly variantTokens = new TokenBuffer()

  /**
   * @param documents The source and the variant, with their sentences and the analysis' words.
   */
  constructor(documents: {readonly source: TokenizedDocument; readonly variant: TokenizedDocument}) {
    this.tokenizer = new BeadTokenizer(documents)
  }

  /**
   * The word diff of one bead.
   *
   * @param bead The aligned bead.
   * @param source The source side's span (`groupSpan`; absent for an insertion).
   * @param variant The variant side's span (absent for an omission).
   * @returns The parts and whether they are coarse; no parts when a side is missing.
   */
  diff(bead: AlignedBead, source: TextSpan | undefined, variant: TextSpan | undefined): WordDiff {
    if (source === undefined || variant === undefined) return noDiff
    this.tokenizer.tokenize('source', bead.source, source, this.sourceTokens)
    this.tokenizer.tokenize('variant', bead.variant, variant, this.variantTokens)
    return diffTokens(source, this.sourceTokens, variant, this.variantTokens, defaultDiffWordsOptions.maxEditLength)
  }
}

/** What `compareBead` adds to an aligned bead besides the diff. */
export interface BeadExtras {
  readonly signals: Bead['signals']
  readonly drift: number
  readonly metrics?: Bead['metrics']
}

/**
 * The bead of the report: an aligned bead with its word diff (offsets in
 * both originals), and the signals, drift and metrics the caller computed
 * for the same spans.
 *
 * @param bead The aligned bead.
 * @param diff Its word diff (`BeadDiffer`).
 * @param extras Signals, drift and metrics of the bead.
 * @returns The bead of the report.
 */
export function compareBead(bead: AlignedBead, diff: WordDiff, extras: BeadExtras): Bead {
  const {kind, source, variant, moved, similarity} = bead
  const {signals, drift, metrics} = extras
  // Written as whole literals, in the report's key order: an object built by spreading
  // optional parts gets a hidden class of its own on the V8 of Node 20, which stays in
  // the old generation until a full collection (see docs/benchmarks.md).
  if (bead.weak !== true && !diff.coarse) {
    return metrics ? {kind, source, variant, moved, similarity, diff: diff.parts, signals, drift, metrics} : {kind, source, variant, moved, similarity, diff: diff.parts, signals, drift}
  }
  const out: {-readonly [K in keyof Bead]: Bead[K]} = {kind, source, variant, moved, similarity} as Bead
  if (bead.weak) out.weak = true
  out.diff = diff.parts
  if (diff.coarse) out.coarseDiff = true
  out.signals = signals
  out.drift = drift
  if (metrics) out.metrics = metrics
  return out
}
