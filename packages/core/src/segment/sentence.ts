import type {TextSpan} from '../span'

/** One sentence of a document, located in the original text. */
export interface Sentence extends TextSpan {
  /** Position of the sentence in the document, from 0. */
  readonly index: number
  /** Index of the paragraph (blank-line separated block) the sentence belongs to, from 0. */
  readonly paragraph: number
}
