import type {Severity, Signal} from '../../types'

/** How much one signal of each severity moves a bead towards "different meaning". */
export const severityWeights: Readonly<Record<Severity, number>> = {info: 0.02, warning: 0.05, error: 0.12}

/**
 * Weights of the three kinds of wording evidence in the lexical part of drift
 * (they sum to 1): character n-grams (chrF), the aligner's calibrated
 * similarity (content words weighted by rarity, and bigrams), and the length
 * ratio of the two sides.
 */
export const lexicalWeights = {characters: 0.5, similarity: 1 / 3, length: 1 / 6} as const

/** Character-level evidence of a bead, computed by the caller from its two texts. */
export interface DriftEvidence {
  /** Sentence chrF of the variant side against the source side, 0–100 (sacrebleu's scale). */
  readonly chrf?: number
  /** Length of the shorter side over the longer one, in characters, in [0, 1] (1 for two empty sides). */
  readonly lengthRatio?: number
}

/**
 * The meaning drift of one bead in [0, 1]: 0 same meaning, 1 different.
 *
 * Two kinds of evidence are combined as independent chances of a change
 * (a noisy OR):
 *
 *     lexical = ½ (1 − chrF/100) + ⅓ (1 − similarity) + ⅙ (1 − lengthRatio)
 *     signals = 1 − Π (1 − w(signal))   with w = 0.02 info, 0.05 warning, 0.12 error
 *     drift   = 1 − (1 − lexical) × (1 − signals)
 *
 * Why: drift must rank the worse of two renderings of one sentence higher.
 * chrF (Popović 2015) is the strongest single ranker of machine translation
 * against a reference, but it counts every reworded function word; the
 * aligner's similarity weighs rare content words and so separates a
 * paraphrase from a different statement better (MRPC); a side much shorter
 * than the other has lost or gained content. Signals add little at these
 * weights on purpose: on rated machine translation, heavier weights made the
 * ranking worse, since many signals fire on faithful rewording too (see
 * `docs/signals.md` for the figures). Without `chrf`, (1 − similarity) stands
 * in for it; without `lengthRatio`, no length term. No signals, similarity 1,
 * chrF 100 and equal lengths give 0; the result never leaves [0, 1].
 *
 * @param signals The signals of the bead.
 * @param similarity The bead's calibrated similarity in [0, 1] (values a rounding error outside are clamped).
 * @param evidence Character-level evidence of the bead.
 * @returns Drift in [0, 1].
 */
export function scoreDrift(signals: readonly Signal[], similarity: number, evidence: DriftEvidence = {}): number {
  if (typeof similarity !== 'number' || !Number.isFinite(similarity) || similarity < -1e-9 || similarity > 1 + 1e-9) {
    throw new RangeError(`Expected \`similarity\` to be a number in [0, 1], not \`${similarity}\``)
  }
  if (!Array.isArray(signals)) {
    throw new TypeError(`Expected \`signals\` to be an array, not \`${String(signals)}\``)
  }
  const {chrf, lengthRatio} = evidence ?? {}
  if (chrf !== undefined && !(typeof chrf === 'number' && chrf >= 0 && chrf <= 100)) {
    throw new RangeError(`Expected \`chrf\` to be a number in [0, 100], not \`${String(chrf)}\``)
  }
  if (lengthRatio !== undefined && !(typeof lengthRatio === 'number' && lengthRatio >= 0 && lengthRatio <= 1)) {
    throw new RangeError(`Expected \`lengthRatio\` to be a number in [0, 1], not \`${String(lengthRatio)}\``)
  }
  return combineDrift(lexicalDrift(similarity, {chrf, lengthRatio}), signalDrift(signals))
}

/**
 * The lexical part of drift in [0, 1] (see `scoreDrift`), from checked inputs.
 *
 * @param similarity Calibrated similarity in [0, 1].
 * @param evidence Character-level evidence.
 * @returns ½ (1 − chrF/100) + ⅓ (1 − similarity) + ⅙ (1 − lengthRatio).
 */
export function lexicalDrift(similarity: number, evidence: DriftEvidence): number {
  const apart = 1 - Math.min(1, Math.max(0, similarity))
  return (
    lexicalWeights.characters * (evidence.chrf === undefined ? apart : 1 - evidence.chrf / 100) +
    lexicalWeights.similarity * apart +
    lexicalWeights.length * (evidence.lengthRatio === undefined ? 0 : 1 - evidence.lengthRatio)
  )
}

/**
 * The signal part of drift in [0, 1]: 1 − Π (1 − w(signal)).
 *
 * @param signals Signals of one bead.
 * @returns The chance of a change the signals give on their own.
 */
export function signalDrift(signals: readonly Signal[]): number {
  let unchanged = 1
  for (const signal of signals) unchanged *= 1 - (severityWeights[signal.severity] ?? 0)
  return 1 - unchanged
}

/**
 * Noisy OR of the lexical and signal parts, clamped to [0, 1].
 *
 * @param lexical Lexical part in [0, 1].
 * @param signals Signal part in [0, 1].
 * @returns 1 − (1 − lexical)(1 − signals).
 */
export function combineDrift(lexical: number, signals: number): number {
  return Math.min(1, Math.max(0, 1 - (1 - lexical) * (1 - signals)))
}
