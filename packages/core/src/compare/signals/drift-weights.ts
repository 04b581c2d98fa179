// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.006,
  characters: 0.774,
  similarity: 1.821,
  length: 2.588,
  missingWords: 0.065,
  addedWords: 0.243,
  errors: 0.718,
  warnings: 0.406,
  infos: 0,
} as const
