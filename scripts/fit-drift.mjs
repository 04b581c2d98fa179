// Fit the weights of the drift formula (packages/core/src/compare/signals/
// drift-weights.ts) on the DEVELOPMENT half of the real-text data
// (../shared/data/real/, see docs/real-text.md), and print how the fitted
// formula does on both halves beside 1 − chrF. Runs the BUILT core.
//
//   npx -y pnpm@10 build && node scripts/fit-drift.mjs [dir] [--write]
//     [--objectives a,b,c] [--figures a,b,c] [--logistic]
//     [--with chrfpp,bleu,ter,unsharedCount,words]
//
// Three objectives, weighed by `objectiveWeights` (default 1, 1, 0), over the
// ten features per text pair (driftFeatureNames: 1 − chrF/100,
// 1 − similarity, 1 − length ratio, ln(1 + missing / added content words),
// ln(1 + signals) per severity, the larger share of one side's words the
// other lacks × ln(1 + mean word count), ln(1 + the longest run of words one
// side lacks)), as scripts/real/drift-data.mjs computes them:
//   - MRPC: logistic loss of "not a paraphrase";
//   - MQM: logistic loss of "the worse-rated of two systems' outputs of one
//     segment has the higher score" (pairwise ranking, no intercept): the
//     τ objective itself, fitted directly;
//   - MQM: logistic loss of "has a major accuracy error" against error-free.
// The third objective has weight 0. Any weight on it trades MRPC and τ for
// MQM AUC, on test as on dev (docs/real-text.md, "Drift: what ranks and what
// does not"): at 0.25, MQM AUC rises from .710 to .722 on test but MRPC falls
// below .80 and τ from .152 to .146; `--objectives … --logistic` prints such
// a fit.
// The logistic weights are then refined by a coordinate search on dev of
// MRPC AUC + MQM AUC + MQM τ themselves (`refineOnRanks`: the losses are
// stand-ins for these rank statistics, dominated by the pairs furthest
// apart), keeping the summed weight of the character evidence (chrF and the
// similarity) at least the logistic step's, and one scale and the intercept
// are fitted on dev MRPC (`calibrateOnMrpc`) so σ(z) still reads as "not a
// paraphrase".
// `--figures` weighs MRPC AUC, MQM AUC and τ in that search (default 1, 1, 1);
// `--logistic` stops after the logistic step. `--with` adds evidence the
// formula does not read (chrF++, BLEU, TER, ln(1 + words one side lacks),
// ln(1 + words)) to measure what it would add. None of these options can be
// combined with `--write`.
// Weights are kept ≥ 0 (projected gradient descent, then moves that keep
// them so), so drift never falls when a feature grows.
// Only the dev half is read for fitting; --write rewrites drift-weights.ts.
// A self-check recomputes each document drift from the features and stops
// if it differs from what compareTexts reports, so the script and the
// library cannot drift apart.
import {writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {extraNames, loadDriftData} from './real/drift-data.mjs'
import {failFor, importCore, realDataDir} from './real/open-inputs.mjs'
import {calibrateOnMrpc, evaluateScore, fitLogistic, formatFigures, refineOnRanks} from './real/drift-fit.mjs'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {write: {type: 'boolean', default: false}, objectives: {type: 'string'}, with: {type: 'string'}, logistic: {type: 'boolean', default: false}, figures: {type: 'string'}},
})
const here = dirname(fileURLToPath(import.meta.url))
const fail = failFor('fit-drift')
const dir = realDataDir(positionals[0], fail)
const core = await importCore(undefined, fail)
/** Weights of MRPC AUC, MQM AUC and MQM τ in the refining search (the three targets, equally). */
const figureWeights = values.figures === undefined ? [1, 1, 1] : values.figures.split(',').map(Number)
if (figureWeights.length !== 3 || figureWeights.some((v) => !(v >= 0)) || figureWeights.every((v) => v === 0)) {
  console.error(`fit-drift: expected \`--figures\` to be three weights ≥ 0, not \`${values.figures}\``)
  process.exit(2)
}
/** Weights of the MRPC, MQM ranking and MQM classification objectives. */
const objectiveWeights = values.objectives === undefined ? [1, 1, 0] : values.objectives.split(',').map(Number)
if (objectiveWeights.length !== 3 || objectiveWeights.some((v) => !(v >= 0)) || objectiveWeights.every((v) => v === 0)) {
  console.error(`fit-drift: expected \`--objectives\` to be three weights ≥ 0, not \`${values.objectives}\``)
  process.exit(2)
}
// Extra evidence tried beside the formula's features (measurement only: the formula cannot read it).
const extra = values.with === undefined ? [] : values.with.split(',')
for (const name of extra) {
  if (!extraNames.includes(name)) {
    console.error(`fit-drift: expected \`--with\` to name some of ${extraNames.join(', ')}, not \`${name}\``)
    process.exit(2)
  }
}
if (values.write && (extra.length > 0 || values.objectives !== undefined || values.figures !== undefined || values.logistic)) {
  console.error('fit-drift: `--write` writes the shipped fit only; drop `--with`, `--objectives`, `--figures` and `--logistic` (or change the defaults in this script)')
  process.exit(2)
}
const names = [...core.driftFeatureNames, ...extra]
const extraIndex = extra.map((name) => extraNames.indexOf(name))
const featuresOf = (row) => [...row.x, ...extraIndex.map((i) => row.extra[i])]

const dev = loadDriftData(core, dir, 'dev')
/** chrF and the similarity: the character evidence, whose summed weight the search keeps at least at the logistic step's. */
const characterFeatures = ['characters', 'similarity'].map((name) => core.driftFeatureNames.indexOf(name))
const logistic = fitLogistic(dev, featuresOf, {objectiveWeights})
const fitted = values.logistic ? logistic : calibrateOnMrpc(dev, featuresOf, refineOnRanks(dev, featuresOf, logistic.weights, {figureWeights, kept: characterFeatures}))
const weights = {intercept: fitted.intercept, ...Object.fromEntries(names.map((name, j) => [name, fitted.weights[j]]))}
const round = (v) => Math.round(v * 1000) / 1000
const rounded = Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, round(v)]))
const linear = (x) => names.reduce((sum, name, j) => sum + rounded[name] * x[j], rounded.intercept)
const score = (row) => linear(featuresOf(row))
console.log('fitted on dev:', JSON.stringify(rounded))
const test = loadDriftData(core, dir, 'test')
for (const [split, data] of [['dev', dev], ['test', test]]) {
  console.log(`${split}: fitted ${formatFigures(evaluateScore(data, score))}`)
  console.log(`${split}: 1 − chrF ${formatFigures(evaluateScore(data, (r) => -r.chrf))}`)
}
if (values.write) {
  const file = join(here, '..', 'packages', 'core', 'src', 'compare', 'signals', 'drift-weights.ts')
  const body = ['intercept', ...names].map((name) => `  ${name}: ${rounded[name]},`).join('\n')
  writeFileSync(
    file,
    `// Written by scripts/fit-drift.mjs: do not edit by hand; run\n// \`node scripts/fit-drift.mjs --write\` after changing the features.\n\n/**\n * Weights of the drift formula (\`scoreDrift\`): the intercept and one weight\n * per feature, fitted on the development half of MRPC and of the MQM-rated\n * machine translation (see \`docs/signals.md\`).\n */\nexport const driftWeights = {\n${body}\n} as const\n`,
  )
  console.log(`wrote ${file}; rebuild to use it`)
}
