import type {Severity, Signal} from '../../types'
import {driftWeights} from './drift-weights'

export {driftWeights}

/** Evidence about a bead besides its signals and similarity, computed by the caller from its two texts. */
export interface DriftEvidence {
  /** Sentence chrF of the variant side against the source side, 0–100 (sacrebleu's scale). */
  readonly chrf?: number
  /** Length of the shorter side over the longer one, in characters, in [0, 1] (1 for two empty sides). */
  readonly lengthRatio?: number
  /** Distinct content words of the source side the variant lacks (`countUnmatchedWords`), 0 or more. */
  readonly missingWords?: number
  /** Distinct content words of the variant side the source lacks (`countUnmatchedWords`), 0 or more. */
  readonly addedWords?: number
  /** Words of the source side, stop words included (`countUnmatchedWords`), 0 or more. */
  readonly sourceWords?: number
  /** Words of the variant side, stop words included (`countUnmatchedWords`), 0 or more. */
  readonly variantWords?: number
  /** Words the two sides share, by key and with repeats (`countUnmatchedWords`), 0 or more; at most the smaller of the two word counts. */
  readonly sharedWords?: number
  /** The longest run of consecutive words of one side the other lacks (`countUnmatchedWords`), 0 or more. */
  readonly longestRun?: number
}

/**
 * The inputs of the drift formula, each 0 for a bead whose two sides say the
 * same thing in the same words and growing with the difference.
 */
export interface DriftFeatures {
  /** 1 − chrF/100. */
  readonly characters: number
  /** 1 − the aligner's calibrated similarity. */
  readonly similarity: number
  /** 1 − length ratio. */
  readonly length: number
  /** ln(1 + content words of the source the variant lacks). */
  readonly missingWords: number
  /** ln(1 + content words of the variant the source lacks). */
  readonly addedWords: number
  /** ln(1 + error-severity signals). */
  readonly errors: number
  /** ln(1 + warning-severity signals). */
  readonly warnings: number
  /** ln(1 + info-severity signals). */
  readonly infos: number
  /**
   * The larger share of one side's words that the other side lacks, times
   * ln(1 + the sides' mean word count): max((s − shared)/s, (v − shared)/v) · ln(1 + (s + v)/2).
   */
  readonly unsharedWords: number
  /** ln(1 + the longest run of consecutive words of one side that the other side lacks). */
  readonly unmatchedRun: number
}

/** The names of the drift features, in the order of `driftWeights`. */
export const driftFeatureNames = ['characters', 'similarity', 'length', 'missingWords', 'addedWords', 'errors', 'warnings', 'infos', 'unsharedWords', 'unmatchedRun'] as const satisfies readonly (keyof DriftFeatures)[]

/**
 * The meaning drift of one bead in [0, 1]: 0 same meaning, 1 different.
 *
 * A logistic model over ten features, rescaled so that a bead with no
 * difference scores 0:
 *
 *     z     = b + Σ wᵢ xᵢ          (weights `driftWeights`, all ≥ 0)
 *     drift = (σ(z) − σ(b)) / (1 − σ(b)),   σ(t) = 1 / (1 + e^(−t))
 *
 * with x = 1 − chrF/100, 1 − similarity, 1 − lengthRatio, ln(1 + missing
 * content words), ln(1 + added content words), ln(1 + signals) of each
 * severity, the larger share of one side's words the other lacks times
 * ln(1 + mean word count), and ln(1 + the longest run of words of one side
 * the other lacks). The two word terms see what characters miss: a word
 * share is blind to the shared letters of `sold`/`bought` and grows with a
 * sentence's length (a long segment wrongly rendered moves more meaning
 * than a short one), and a run finds a clause said on one side only, the
 * commonest way a near-copy stops being a paraphrase. The weights were
 * fitted on the development half of two rated corpora (MRPC paraphrase
 * labels, and MQM ratings of machine translation ranked pairwise) by
 * `scripts/fit-drift.mjs`: logistic losses first, then a search on the
 * figures drift is judged by (MRPC AUC, MQM AUC, MQM τ), then one scale and
 * the intercept fitted on MRPC; see `docs/signals.md` (Bead drift) and
 * `docs/real-text.md` for the figures and the reasons. σ(z) estimates the
 * chance that a pair like the bead is not a paraphrase; the rescaling keeps
 * the order and makes identical sides 0.
 * Since every weight is non-negative, drift never falls when a feature
 * grows (a lower chrF, one more signal, one more unshared word); it stays
 * below 1.
 *
 * Without `chrf`, (1 − similarity) stands in for it; without `lengthRatio`
 * or the word counts, those terms are 0.
 *
 * @param signals The signals of the bead.
 * @param similarity The bead's calibrated similarity in [0, 1] (values a rounding error outside are clamped).
 * @param evidence Character and word evidence of the bead.
 * @returns Drift in [0, 1].
 */
export function scoreDrift(signals: readonly Signal[], similarity: number, evidence: DriftEvidence = {}): number {
  return driftFromFeatures(driftFeatures(signals, similarity, evidence))
}

/**
 * The features of one bead (see `scoreDrift`), with its inputs checked.
 *
 * @param signals The signals of the bead.
 * @param similarity Calibrated similarity in [0, 1].
 * @param evidence Character and word evidence.
 * @returns The features, each 0 or more.
 */
export function driftFeatures(signals: readonly Signal[], similarity: number, evidence: DriftEvidence = {}): DriftFeatures {
  if (typeof similarity !== 'number' || !Number.isFinite(similarity) || similarity < -1e-9 || similarity > 1 + 1e-9) {
    throw new RangeError(`Expected \`similarity\` to be a number in [0, 1], not \`${similarity}\``)
  }
  if (!Array.isArray(signals)) {
    throw new TypeError(`Expected \`signals\` to be an array, not \`${String(signals)}\``)
  }
  const {chrf, lengthRatio, missingWords, addedWords, sourceWords, variantWords, sharedWords, longestRun} = evidence ?? {}
  if (chrf !== undefined && !(typeof chrf === 'number' && chrf >= 0 && chrf <= 100)) {
    throw new RangeError(`Expected \`chrf\` to be a number in [0, 100], not \`${String(chrf)}\``)
  }
  if (lengthRatio !== undefined && !(typeof lengthRatio === 'number' && lengthRatio >= 0 && lengthRatio <= 1)) {
    throw new RangeError(`Expected \`lengthRatio\` to be a number in [0, 1], not \`${String(lengthRatio)}\``)
  }
  const counts = [['missingWords', missingWords], ['addedWords', addedWords], ['sourceWords', sourceWords], ['variantWords', variantWords], ['sharedWords', sharedWords], ['longestRun', longestRun]] as const
  for (const [name, count] of counts) {
    if (count !== undefined && !(typeof count === 'number' && Number.isFinite(count) && count >= 0)) {
      throw new RangeError(`Expected \`${name}\` to be a number 0 or more, not \`${String(count)}\``)
    }
  }
  const apart = 1 - Math.min(1, Math.max(0, similarity))
  const bySeverity: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const signal of signals as readonly Signal[]) {
    const severity: Severity = signal.severity
    if (severity in bySeverity) bySeverity[severity]++
  }
  return {
    characters: chrf === undefined ? apart : 1 - chrf / 100,
    similarity: apart,
    length: lengthRatio === undefined ? 0 : 1 - lengthRatio,
    missingWords: Math.log1p(missingWords ?? 0),
    addedWords: Math.log1p(addedWords ?? 0),
    errors: Math.log1p(bySeverity.error),
    warnings: Math.log1p(bySeverity.warning),
    infos: Math.log1p(bySeverity.info),
    unsharedWords: unsharedWords(sourceWords ?? 0, variantWords ?? 0, sharedWords ?? 0),
    unmatchedRun: Math.log1p(longestRun ?? 0),
  }
}

/** max((s − shared)/s, (v − shared)/v) · ln(1 + (s + v)/2), a side without words counting 0. */
function unsharedWords(source: number, variant: number, shared: number): number {
  const share = (words: number) => (words === 0 ? 0 : Math.max(0, words - shared) / words)
  return Math.max(share(source), share(variant)) * Math.log1p((source + variant) / 2)
}

/**
 * Drift from features: the rescaled logistic of `scoreDrift`. Used for beads
 * and, with features averaged over a document, for `summary.drift`.
 *
 * @param features Features, each 0 or more.
 * @returns Drift in [0, 1]; 0 when every feature is 0.
 */
export function driftFromFeatures(features: DriftFeatures): number {
  let z = driftWeights.intercept
  for (const name of driftFeatureNames) z += driftWeights[name] * Math.max(0, features[name])
  const floor = sigmoid(driftWeights.intercept)
  return Math.min(1, Math.max(0, (sigmoid(z) - floor) / (1 - floor)))
}

function sigmoid(t: number): number {
  return 1 / (1 + Math.exp(-t))
}
