// The logistic fit behind the drift weights (scripts/fit-drift.mjs) and the
// linear rows of scripts/drift-ceiling.mjs, over items from drift-data.mjs.
import {auc, groupedKendall} from './common.mjs'

/** Mean logistic loss gradient of labelled rows `{x, y}` at weights `w` and intercept `b` (or none). */
function gradient(rows, w, b) {
  const g = new Array(w.length).fill(0)
  let gb = 0
  for (const {x, y} of rows) {
    let z = b ?? 0
    for (let j = 0; j < w.length; j++) z += w[j] * x[j]
    const error = 1 / (1 + Math.exp(-z)) - y
    for (let j = 0; j < w.length; j++) g[j] += (error * x[j]) / rows.length
    gb += error / rows.length
  }
  return {g, gb}
}

/** Same-segment pairs of MQM outputs with different ratings: `{x: difference of features, y: 1 when the first is rated worse}`. */
export function rankingRows(mqm, featuresOf) {
  const rows = []
  for (const group of mqm) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const h = group[i].mqm - group[j].mqm
        const a = featuresOf(group[i])
        const b = featuresOf(group[j])
        if (h !== 0) rows.push({x: a.map((v, k) => v - b[k]), y: h > 0 ? 1 : 0})
      }
    }
  }
  return rows
}

/**
 * Fit one weight vector to three logistic objectives at once, weighed by
 * `objectiveWeights` [MRPC "not a paraphrase", MQM "worse of two outputs of a
 * segment" (pairwise, no intercept), MQM "major accuracy error" vs
 * error-free], by (projected) gradient descent from 0. With `nonNegative`,
 * every weight is kept ≥ 0. Returns the weights and the MRPC intercept.
 */
export function fitLogistic(dev, featuresOf, {objectiveWeights = [1, 1, 0], nonNegative = true, steps = 6000, rate = 1} = {}) {
  const mrpcRows = dev.mrpc.map((row) => ({x: featuresOf(row), y: row.y}))
  const rankRows = rankingRows(dev.mqm, featuresOf)
  const classRows = dev.mqm.flat().filter((row) => row.major || row.clean).map((row) => ({x: featuresOf(row), y: row.major ? 1 : 0}))
  const size = mrpcRows[0].x.length
  const w = new Array(size).fill(0)
  let mrpcIntercept = 0
  let mqmIntercept = 0
  const total = objectiveWeights.reduce((sum, v) => sum + v, 0)
  const none = {g: new Array(size).fill(0), gb: 0}
  for (let step = 0; step < steps; step++) {
    const a = objectiveWeights[0] ? gradient(mrpcRows, w, mrpcIntercept) : none
    const r = objectiveWeights[1] ? gradient(rankRows, w, undefined) : none
    const c = objectiveWeights[2] ? gradient(classRows, w, mqmIntercept) : none
    for (let j = 0; j < size; j++) {
      const next = w[j] - (rate * (objectiveWeights[0] * a.g[j] + objectiveWeights[1] * r.g[j] + objectiveWeights[2] * c.g[j])) / total
      w[j] = nonNegative ? Math.max(0, next) : next
    }
    mrpcIntercept -= rate * a.gb
    mqmIntercept -= rate * c.gb
  }
  return {weights: w, intercept: mrpcIntercept}
}

/** MRPC AUC (not a paraphrase vs paraphrase), MQM AUC (major accuracy error vs error-free) and MQM τ (systems on one segment) of `score`. */
export function evaluateScore(data, score) {
  const flat = data.mqm.flat()
  return {
    mrpc: auc(data.mrpc.filter((r) => r.y).map(score), data.mrpc.filter((r) => !r.y).map(score)),
    mqm: auc(flat.filter((r) => r.major).map(score), flat.filter((r) => r.clean).map(score)),
    tau: groupedKendall(data.mqm, (r) => r.mqm, score).tau,
  }
}

/** The three figures as `MRPC AUC a, MQM AUC b, MQM τ c`. */
export function formatFigures({mrpc, mqm, tau}) {
  return `MRPC AUC ${mrpc.toFixed(3)}, MQM AUC ${mqm.toFixed(3)}, MQM τ ${tau.toFixed(3)}`
}

/**
 * Refine weights ≥ 0 by coordinate search on the figures drift is judged by,
 * on dev: `figureWeights` [MRPC AUC, MQM AUC, τ] weigh the three into one
 * objective. The logistic losses above are smooth stand-ins for these rank
 * statistics and are dominated by the pairs furthest apart (on MQM, the
 * human translation's outputs); searching the statistics themselves ranks
 * the close pairs too. Each pass tries, feature by feature, scaling its
 * weight by 0, ½, ⅘, 1¼ or 2, or adding 0.1 or 0.3, and keeps a move that
 * raises the objective; it stops after a pass without a move (at most
 * `passes`). Moves keep every weight ≥ 0. Deterministic.
 *
 * `kept` lists feature indexes whose summed weight the search may move
 * between them but not lower below the start's: drift combines character
 * evidence with the word and signal evidence by design (the character terms,
 * chrF and the similarity, say much the same, and on dev the search would
 * otherwise trade them away for a few thousandths of the figures).
 */
export function refineOnRanks(dev, featuresOf, start, {figureWeights = [1, 1, 1], passes = 8, kept = []} = {}) {
  const rows = {mrpc: dev.mrpc.map((row) => ({...row, f: featuresOf(row)})), mqm: dev.mqm.map((group) => group.map((row) => ({...row, f: featuresOf(row)})))}
  const objective = (w) => {
    const {mrpc, mqm, tau} = evaluateScore(rows, (row) => row.f.reduce((sum, v, j) => sum + w[j] * v, 0))
    return figureWeights[0] * mrpc + figureWeights[1] * mqm + figureWeights[2] * tau
  }
  const keptSum = (w) => kept.reduce((sum, j) => sum + w[j], 0)
  const floor = keptSum(start) - 1e-9
  let weights = start.slice()
  let best = objective(weights)
  const moves = [(v) => 0, (v) => v / 2, (v) => v * 0.8, (v) => v * 1.25, (v) => v * 2, (v) => v + 0.1, (v) => v + 0.3]
  for (let pass = 0; pass < passes; pass++) {
    let moved = false
    for (let j = 0; j < weights.length; j++) {
      for (const move of moves) {
        const trial = weights.slice()
        trial[j] = move(trial[j])
        if (kept.includes(j) && keptSum(trial) < floor) continue
        const value = objective(trial)
        if (value > best + 1e-6) {
          best = value
          weights = trial
          moved = true
        }
      }
    }
    if (!moved) break
  }
  return weights
}

/**
 * The intercept b and scale s that make σ(b + s · w·x) the chance that a dev
 * MRPC pair is not a paraphrase (logistic fit of two numbers; s ≥ 0 keeps the
 * order of `weights`). Returns the scaled weights and the intercept.
 */
export function calibrateOnMrpc(dev, featuresOf, weights, {steps = 4000, rate = 0.5} = {}) {
  const rows = dev.mrpc.map((row) => ({z: featuresOf(row).reduce((sum, v, j) => sum + weights[j] * v, 0), y: row.y}))
  let b = 0
  let s = 1
  for (let step = 0; step < steps; step++) {
    let gb = 0
    let gs = 0
    for (const {z, y} of rows) {
      const error = 1 / (1 + Math.exp(-(b + s * z))) - y
      gb += error / rows.length
      gs += (error * z) / rows.length
    }
    b -= rate * gb
    s = Math.max(0, s - rate * gs)
  }
  return {weights: weights.map((w) => w * s), intercept: b}
}
