// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.444,
  characters: 0,
  similarity: 0.645,
  length: 1.693,
  missingWords: 0.021,
  addedWords: 0.12,
  errors: 0.669,
  warnings: 0.36,
  infos: 0,
  unsharedWords: 1.004,
  unmatchedRun: 0.347,
} as const
