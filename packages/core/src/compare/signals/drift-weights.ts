// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -7.087,
  characters: 0.044,
  similarity: 0.721,
  length: 1.882,
  missingWords: 0.423,
  addedWords: 0.172,
  errors: 0.556,
  warnings: 0.222,
  infos: 0,
  unsharedWords: 1.843,
  unmatchedRun: 0.922,
} as const
