// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.042,
  characters: 0.72,
  similarity: 2.012,
  length: 2.407,
  missingWords: 0.044,
  addedWords: 0.214,
  errors: 0.527,
  warnings: 0.326,
  infos: 0.409,
} as const
