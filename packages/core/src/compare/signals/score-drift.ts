import type {Severity, Signal} from '../../types'

/** How much one signal of each severity moves a bead towards "different meaning". */
export const severityWeights: Readonly<Record<Severity, number>> = {info: 0.05, warning: 0.2, error: 0.4}

/** Share of the wording change (1 − similarity) that counts as drift on its own. */
export const lexicalWeight = 0.5

/**
 * The meaning drift of one bead in [0, 1]: 0 same meaning, 1 different.
 *
 * Two kinds of evidence are combined as independent chances of a change
 * (a noisy OR):
 *
 *     lexical = 0.5 × (1 − similarity)
 *     signals = 1 − Π (1 − w(signal))   with w = 0.05 info, 0.2 warning, 0.4 error
 *     drift   = 1 − (1 − lexical) × (1 − signals)
 *
 * Rewording alone therefore reaches at most 0.5 (a paraphrase with
 * similarity 0.6 scores 0.2), one error signal lifts a bead to at least 0.4,
 * and each further signal closes part of the remaining distance to 1.
 * No signals and similarity 1 give 0; the result never leaves [0, 1].
 *
 * @param signals The signals of the bead.
 * @param similarity The bead's calibrated similarity in [0, 1] (values a rounding error outside are clamped).
 * @returns Drift in [0, 1].
 */
export function scoreDrift(signals: readonly Signal[], similarity: number): number {
  if (typeof similarity !== 'number' || !Number.isFinite(similarity) || similarity < -1e-9 || similarity > 1 + 1e-9) {
    throw new RangeError(`Expected \`similarity\` to be a number in [0, 1], not \`${similarity}\``)
  }
  if (!Array.isArray(signals)) {
    throw new TypeError(`Expected \`signals\` to be an array, not \`${String(signals)}\``)
  }
  const lexical = lexicalWeight * (1 - Math.min(1, Math.max(0, similarity)))
  let unchanged = 1 - lexical
  for (const signal of signals as readonly Signal[]) unchanged *= 1 - (severityWeights[signal.severity] ?? 0)
  return Math.min(1, Math.max(0, 1 - unchanged))
}
