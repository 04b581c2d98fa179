// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.441,
  characters: 0,
  similarity: 0.669,
  length: 1.626,
  missingWords: 0.007,
  addedWords: 0.108,
  errors: 0.571,
  warnings: 0.427,
  infos: 0,
  unsharedWords: 1.03,
  unmatchedRun: 0.326,
} as const
