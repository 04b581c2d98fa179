// Written by scripts/fit-drift.mjs: do not edit by hand; run
// `node scripts/fit-drift.mjs --write` after changing the features.

/**
 * Weights of the drift formula (`scoreDrift`): the intercept and one weight
 * per feature, fitted on the development half of MRPC and of the MQM-rated
 * machine translation (see `docs/signals.md`).
 */
export const driftWeights = {
  intercept: -5.819,
  characters: 0.633,
  similarity: 0,
  length: 2.444,
  missingWords: 0.257,
  addedWords: 0.203,
  errors: 0.549,
  warnings: 0.211,
  infos: 0,
  unsharedWords: 2.119,
  unmatchedRun: 0.732,
} as const
