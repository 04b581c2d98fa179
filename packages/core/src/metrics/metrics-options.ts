import {assertKnownOptions, describeValue} from '../validate-options'

/**
 * Which standard metrics `compareTexts` computes per bead and per document,
 * when its `metrics` option is an object. chrF, chrF++ and BLEU come from
 * n-gram counts shared with the sentence analysis and cost little; TER
 * aligns each bead's words with a greedy shift search (Snover et al. 2006),
 * the costliest of the four, so it can be left out on its own.
 */
export interface MetricsOptions {
  /**
   * Count TER of every bead and of the document. With `false`, `ter` (and
   * `terUpperBound`) are left out of every bead's `metrics` and of the
   * report's `summary.metrics`; the other three scores are the same as with
   * TER on. @default true
   */
  readonly ter?: boolean
}

/** Defaults of {@link MetricsOptions}: every metric on. */
export const defaultMetricsOptions = {ter: true} as const satisfies Required<MetricsOptions>

/** The names `MetricsOptions` accepts; any other throws. */
const metricsOptionNames = ['ter'] as const satisfies readonly (keyof MetricsOptions)[]

/**
 * Check the `metrics` option of `compareTexts` and fill in the defaults.
 *
 * @param metrics `true` or left out (every metric), `false` (none), or a {@link MetricsOptions}.
 * @returns `false` when no metric is asked for, otherwise the options with every default filled in.
 * @throws TypeError or RangeError naming an unknown or invalid option and its value.
 */
export function resolveMetricsOptions(metrics: boolean | MetricsOptions | undefined): Required<MetricsOptions> | false {
  if (metrics === undefined || metrics === true) return defaultMetricsOptions
  if (metrics === false) return false
  if (metrics === null || typeof metrics !== 'object' || Array.isArray(metrics)) {
    throw new TypeError(`Expected \`metrics\` to be a boolean or an object, not \`${describeValue(metrics)}\``)
  }
  assertKnownOptions(metrics, metricsOptionNames, 'metrics')
  const ter = metrics.ter === undefined ? defaultMetricsOptions.ter : metrics.ter
  if (typeof ter !== 'boolean') throw new TypeError(`Expected \`metrics.ter\` to be a boolean, not \`${describeValue(ter)}\``)
  return {ter}
}
