/**
 * Where things are: spans of UTF-16 code units into an *original* input,
 * half-open (`text.slice(start, end)` is always the covered text), and the
 * sentences the segmenter finds. Plain JSON-serializable data, like every
 * type of the report.
 */

/** A half-open range `[start, end)` of UTF-16 code units in an original input. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the original text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string
}

/** Which of the two compared texts something belongs to. */
export type Side = 'source' | 'variant'

/** One sentence of a document, located in the original text. */
export interface Sentence extends TextSpan {
  /** Position of the sentence in the document, from 0. */
  readonly index: number
  /** Index of the paragraph (blank-line separated block) the sentence belongs to, from 0. */
  readonly paragraph: number
}
