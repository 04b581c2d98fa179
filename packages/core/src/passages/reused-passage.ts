import type {Span} from '../segment/sentence'

/**
 * A stretch of the variant taken from the source, word for word or lightly
 * edited, wherever it sits: in a sentence the aligner pairs or not, or a clause
 * lifted into a sentence of the variant's own (see `findReusedPassages`).
 */
export interface ReusedPassage {
  /** Where the passage is in the source: from its first to its last shared word. */
  readonly source: Span
  /** Where the passage is in the variant: from its first to its last shared word. */
  readonly variant: Span
  /** Number of words the two sides share in order (content and stop words). */
  readonly words: number
  /** True when both spans hold the same words in the same order (case, quotes and punctuation aside). */
  readonly verbatim: boolean
}
