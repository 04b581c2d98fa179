/** Standard sacrebleu-compatible scores of one bead (variant = hypothesis, source = reference). */
export interface BeadMetrics {
  /** chrF (0–100, higher is closer). */
  readonly chrf: number
  /** chrF++ (0–100, higher is closer). */
  readonly chrfpp: number
  /** Sentence BLEU (0–100, higher is closer). */
  readonly bleu: number
  /**
   * TER (0 and up, lower is closer; can exceed 100). Absent only in a
   * report of `compareTexts` with `metrics: {ter: false}`; `scoreBead` and
   * `scoreAlignment` always count it.
   */
  readonly ter?: number
  /**
   * Present, and `true`, only when TER's shift search ran out of its work
   * budget on this bead (a very long bead with many shift candidates):
   * `ter` is then an upper bound of sacrebleu's value, never below it.
   */
  readonly terUpperBound?: true
}

/** Document-level standard metrics (sacrebleu scales). */
export interface DocumentMetrics {
  readonly chrf: number
  readonly chrfpp: number
  readonly bleu: number
  /** TER (0 and up, lower is closer). Absent only in a report of `compareTexts` with `metrics: {ter: false}`. */
  readonly ter?: number
}
