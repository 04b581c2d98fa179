// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.016,
  characters: 0.777,
  similarity: 1.863,
  length: 2.529,
  missingWords: 0.052,
  addedWords: 0.231,
  errors: 0.617,
  warnings: 0.461,
  infos: 0,
} as const
