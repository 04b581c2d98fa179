import type {Signal} from '../compare/signals/signal'
import type {BeadMetrics} from '../metrics/bead-metrics'
import type {TextSpan} from '../segment/sentence'

/** How the sentences of a bead correspond. */
export type BeadKind = 'match' | 'merge' | 'split' | 'insertion' | 'omission'

/** One piece of a word-level diff between the two sides of a bead. */
export interface DiffPart {
  /** `equal`: on both sides; `delete`: source only; `insert`: variant only. */
  readonly op: 'equal' | 'delete' | 'insert'
  /** Present for `equal` and `delete`. */
  readonly source?: TextSpan
  /** Present for `equal` and `insert`. */
  readonly variant?: TextSpan
}

/**
 * A bead: the smallest group of source and variant sentences that correspond.
 * `match` is 1-1, `merge` is n-1 (several source sentences became one),
 * `split` is 1-n or n-m, `omission` is 1-0 (source only), `insertion` is 0-1.
 * This is what the aligner gives; a `Bead` of the report adds what comparing
 * its two sides finds.
 */
export interface AlignedBead {
  readonly kind: BeadKind
  /** Indices into `report.source.sentences`, ascending. Empty for an insertion. */
  readonly source: readonly number[]
  /** Indices into `report.variant.sentences`, ascending. Empty for an omission. */
  readonly variant: readonly number[]
  /** True when this pair is out of reading order relative to the main in-order path. */
  readonly moved: boolean
  /** Calibrated similarity of the two sides in [0, 1]; 0 for insertions and omissions. */
  readonly similarity: number
  /**
   * Present, and `true`, only on a weak pair: a 1-1 match taken from a gap
   * between two linked beads (or a linked bead and the documents' edge) at a
   * similarity below the aligner's `minSimilarity`, so the pairing rests on
   * position more than on words. Its signals come from that weak pair and are
   * one severity lower than the detectors give (error → warning, warning →
   * info): read them as "if these two sentences correspond, this changed".
   */
  readonly weak?: true
}

/** A bead of the report: the aligned sentences, their word diff, signals, drift and metrics. */
export interface Bead extends AlignedBead {
  /** Word-level diff with offsets into both originals; empty for insertions and omissions. */
  readonly diff: readonly DiffPart[]
  /**
   * Present, and `true`, only when the two sides differ by more token edits
   * than the word diff's budget (`defaultDiffWordsOptions.maxEditLength`):
   * `diff` is then coarse, the common first and last tokens equal and the
   * rest one deletion and one insertion, so that one hostile bead cannot
   * cost time quadratic in its length.
   */
  readonly coarseDiff?: true
  /** Meaning changes found in this bead. */
  readonly signals: readonly Signal[]
  /** How much the meaning drifted in [0, 1]: 0 unchanged, 1 entirely different. 1 for insertions and omissions. */
  readonly drift: number
  /** Standard metrics of the bead, variant scored against source. Absent for insertions and omissions. */
  readonly metrics?: BeadMetrics
}
