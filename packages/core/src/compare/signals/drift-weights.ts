// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.448,
  characters: 0,
  similarity: 0.648,
  length: 1.687,
  missingWords: 0.011,
  addedWords: 0.124,
  errors: 0.67,
  warnings: 0.419,
  infos: 0,
  unsharedWords: 1.006,
  unmatchedRun: 0.343,
} as const
