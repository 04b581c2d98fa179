/**
 * The two shapes references come in, as sacrebleu takes them: a sentence
 * function gets one reference text or several, a corpus function gets one
 * reference stream (one text per segment) or several streams, where
 * `references[k][i]` is the k-th reference of segment i. As in sacrebleu, a
 * `null` stands for a reference a segment does not have (fewer references
 * for some segments: `nrefs:var` in the signature); `''` is a reference.
 */
import {describeValue} from '../validate-options'

/** The reference(s) of one segment: a text, or several texts it may match (`null` entries are skipped). */
export type SentenceReferences = string | readonly (string | null)[]

/**
 * The references of a corpus: one stream (`references[i]` is segment i's
 * reference) or several (`references[k][i]` is the k-th reference of
 * segment i, `null` where segment i has no k-th reference).
 */
export type CorpusReferences = readonly string[] | readonly (readonly (string | null)[])[]

/** References per segment, as the signature states it: a number, or `var` when it differs between segments. */
export type ReferenceCount = number | 'var'

/** The references of each segment of a corpus, and how many there are per segment. */
export interface SegmentReferences {
  /** The reference texts of each segment, `null` entries left out (at least one each). */
  readonly segments: readonly (readonly string[])[]
  readonly referenceCount: ReferenceCount
}

/** Throw unless the hypothesis is a string. */
export function assertHypothesis(hypothesis: unknown): asserts hypothesis is string {
  if (typeof hypothesis !== 'string') {
    throw new TypeError(`Expected \`hypothesis\` to be a string, not \`${describeValue(hypothesis)}\``)
  }
}

/**
 * The reference texts of one segment as a non-empty list.
 *
 * @param references A string, or an array of strings and `null`s holding at least one string.
 * @returns The references, one or more.
 */
export function sentenceReferenceList(references: unknown): readonly string[] {
  if (typeof references === 'string') return [references]
  if (!Array.isArray(references) || references.some((item) => typeof item !== 'string' && item !== null)) {
    throw new TypeError(`Expected \`references\` to be a string or an array of strings, not \`${describeValue(references)}\``)
  }
  const texts = references.filter((item): item is string => item !== null)
  if (texts.length === 0) {
    throw new RangeError(`Expected \`references\` to hold at least one string, not \`${describeValue(references)}\``)
  }
  return texts
}

/**
 * The references of each segment of a corpus, checked against the hypotheses.
 *
 * @param hypotheses The hypothesis stream (validated here too).
 * @param references One stream of strings, or an array of streams of strings and `null`s.
 * @returns Each segment's references and the count the signature states.
 */
export function corpusReferences(hypotheses: unknown, references: unknown): SegmentReferences {
  if (!Array.isArray(hypotheses) || hypotheses.some((item) => typeof item !== 'string')) {
    throw new TypeError(`Expected \`hypotheses\` to be an array of strings, not \`${describeValue(hypotheses)}\``)
  }
  if (!Array.isArray(references)) {
    throw new TypeError(`Expected \`references\` to be an array of strings or of string arrays, not \`${describeValue(references)}\``)
  }
  const flat = references.every((item) => typeof item === 'string')
  if (!flat && !references.every((stream) => Array.isArray(stream) && stream.every((text) => typeof text === 'string' || text === null))) {
    throw new TypeError(
      'Expected `references` to be an array of strings (one stream) or an array of arrays of strings (several streams), ' +
        `not \`${describeValue(references)}\``,
    )
  }
  const streams = (flat ? [references] : references) as readonly (readonly (string | null)[])[]
  streams.forEach((stream, k) => {
    if (stream.length !== hypotheses.length) {
      const name = flat ? 'references' : `references[${k}]`
      throw new RangeError(`Expected \`${name}\` to have as many segments as \`hypotheses\` (${hypotheses.length}), not \`${stream.length}\``)
    }
  })
  const counts = new Set<number>()
  const segments = hypotheses.map((_, i) => {
    const texts = streams.map((stream) => stream[i]).filter((text): text is string => typeof text === 'string')
    if (texts.length === 0) throw new RangeError(`Expected segment ${i} to have at least one reference, not only \`null\``)
    counts.add(texts.length)
    return texts
  })
  const referenceCount = counts.size === 0 ? streams.length : counts.size === 1 ? [...counts][0]! : 'var'
  return {segments, referenceCount}
}
