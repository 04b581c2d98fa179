import type {TextSpan} from '../../segment/sentence'
import type {Severity} from '../../severity'

/** The names of the drift-signal kinds (see `docs/signals.md`). */
export type SignalKind =
  | 'number'
  | 'entity'
  | 'negation'
  | 'antonym'
  | 'quote'
  | 'pronoun'
  | 'temporal'
  | 'modality'
  | 'omission'
  | 'addition'

/**
 * A change in meaning between the two sides of a bead, with evidence.
 * `source` and `variant` are offsets into the original source and variant texts.
 */
export interface Signal {
  readonly kind: SignalKind
  readonly severity: Severity
  /** One sentence for people. */
  readonly message: string
  readonly source?: TextSpan
  readonly variant?: TextSpan
}
