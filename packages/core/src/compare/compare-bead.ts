import type {AlignedBead} from '../align/align-sentences'
import type {Bead, Sentence, TextSpan} from '../types'
import {diffWordsBounded} from './diff-words'

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

/** What `compareBead` adds to an aligned bead besides the diff. */
export interface BeadExtras {
  readonly signals: Bead['signals']
  readonly drift: number
  readonly metrics?: Bead['metrics']
}

/**
 * Compare the two sides of one aligned bead: the word diff with offsets, and
 * the signals, drift and metrics the caller computed for the same spans.
 *
 * @param bead The aligned bead.
 * @param source The source side's span (absent for an insertion).
 * @param variant The variant side's span (absent for an omission).
 * @param extras Signals, drift and metrics of the bead.
 * @returns The bead of the report.
 */
export function compareBead(bead: AlignedBead, source: TextSpan | undefined, variant: TextSpan | undefined, extras: BeadExtras): Bead {
  const diff = source && variant ? diffWordsBounded(source, variant) : {parts: [], coarse: false}
  return {
    kind: bead.kind,
    source: bead.source,
    variant: bead.variant,
    moved: bead.moved,
    similarity: bead.similarity,
    ...(bead.weak ? {weak: true as const} : {}),
    diff: diff.parts,
    ...(diff.coarse ? {coarseDiff: true as const} : {}),
    signals: extras.signals,
    drift: extras.drift,
    ...(extras.metrics ? {metrics: extras.metrics} : {}),
  }
}
