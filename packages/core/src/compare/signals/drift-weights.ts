// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -3.464,
  characters: 0.09,
  similarity: 1.432,
  length: 1.758,
  missingWords: 0,
  addedWords: 0,
  errors: 0.525,
  warnings: 0.414,
  infos: 0,
  unsharedWords: 0.76,
  unmatchedRun: 0.366,
} as const
