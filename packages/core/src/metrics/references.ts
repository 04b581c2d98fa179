/**
 * The two shapes references come in, as sacrebleu takes them: a sentence
 * function gets one reference text or several, a corpus function gets one
 * reference stream (one text per segment) or several streams, where
 * `references[k][i]` is the k-th reference of segment i.
 */
import {describeValue} from '../validate-options'

/** The reference(s) of one segment: a text, or several texts it may match. */
export type SentenceReferences = string | readonly string[]

/**
 * The references of a corpus: one stream (`references[i]` is segment i's
 * reference) or several (`references[k][i]` is the k-th reference of segment i).
 */
export type CorpusReferences = readonly string[] | readonly (readonly string[])[]

/** Throw unless the hypothesis is a string. */
export function assertHypothesis(hypothesis: unknown): asserts hypothesis is string {
  if (typeof hypothesis !== 'string') {
    throw new TypeError(`Expected \`hypothesis\` to be a string, not \`${describeValue(hypothesis)}\``)
  }
}

/**
 * The reference texts of one segment as a non-empty list.
 *
 * @param references A string, or a non-empty array of strings.
 * @returns The references, one or more.
 */
export function sentenceReferenceList(references: unknown): readonly string[] {
  if (typeof references === 'string') return [references]
  if (!Array.isArray(references) || references.length === 0 || references.some((item) => typeof item !== 'string')) {
    throw new TypeError(
      `Expected \`references\` to be a string or a non-empty array of strings, not \`${describeValue(references)}\``,
    )
  }
  return references as readonly string[]
}

/**
 * The reference streams of a corpus, checked against the hypotheses.
 *
 * @param hypotheses The hypothesis stream (validated here too).
 * @param references One stream of strings, or an array of streams.
 * @returns The streams (one or more), each as long as `hypotheses`.
 */
export function corpusReferenceStreams(hypotheses: unknown, references: unknown): readonly (readonly string[])[] {
  if (!Array.isArray(hypotheses) || hypotheses.some((item) => typeof item !== 'string')) {
    throw new TypeError(`Expected \`hypotheses\` to be an array of strings, not \`${describeValue(hypotheses)}\``)
  }
  if (!Array.isArray(references)) {
    throw new TypeError(`Expected \`references\` to be an array of strings or of string arrays, not \`${describeValue(references)}\``)
  }
  let streams: readonly (readonly string[])[]
  if (references.every((item) => typeof item === 'string')) {
    streams = [references as readonly string[]]
  } else if (references.every((item) => Array.isArray(item) && item.every((text) => typeof text === 'string'))) {
    streams = references as readonly (readonly string[])[]
  } else {
    throw new TypeError(
      'Expected `references` to be an array of strings (one stream) or an array of string arrays (several streams), ' +
        `not \`${describeValue(references)}\``,
    )
  }
  streams.forEach((stream, k) => {
    if (stream.length !== hypotheses.length) {
      const name = streams.length === 1 && typeof references[0] !== 'object' ? 'references' : `references[${k}]`
      throw new RangeError(`Expected \`${name}\` to have as many segments as \`hypotheses\` (${hypotheses.length}), not \`${stream.length}\``)
    }
  })
  return streams
}

/** The references of segment `i` across all streams. */
export function segmentReferences(streams: readonly (readonly string[])[], i: number): string[] {
  return streams.map((stream) => stream[i]!)
}
