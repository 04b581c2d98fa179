// Two flexible learners for scripts/drift-ceiling.mjs, written small and
// deterministic: gradient-boosted regression trees with second-order steps
// (Friedman 2001; Chen & Guestrin 2016, without column sampling) on a
// logistic or pairwise-logistic loss, and k nearest neighbours on
// standardized features. They only measure how far the drift evidence can go;
// nothing here ships.

function buildTree(X, g, h, rows, depth, minLeaf, lambda) {
  let G = 0
  let H = 0
  for (const i of rows) {
    G += g[i]
    H += h[i]
  }
  const leaf = {value: -G / (H + lambda)}
  if (depth === 0 || rows.length < 2 * minLeaf) return leaf
  const parent = (G * G) / (H + lambda)
  let best
  for (let f = 0; f < X[0].length; f++) {
    const sorted = rows.slice().sort((a, b) => X[a][f] - X[b][f])
    let gl = 0
    let hl = 0
    for (let k = 0; k < sorted.length - 1; k++) {
      gl += g[sorted[k]]
      hl += h[sorted[k]]
      if (k + 1 < minLeaf || sorted.length - k - 1 < minLeaf || X[sorted[k]][f] === X[sorted[k + 1]][f]) continue
      const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent
      if (best === undefined || gain > best.gain) best = {gain, feature: f, threshold: (X[sorted[k]][f] + X[sorted[k + 1]][f]) / 2}
    }
  }
  if (best === undefined || best.gain <= 1e-9) return leaf
  const left = rows.filter((i) => X[i][best.feature] <= best.threshold)
  const right = rows.filter((i) => X[i][best.feature] > best.threshold)
  return {
    feature: best.feature,
    threshold: best.threshold,
    left: buildTree(X, g, h, left, depth - 1, minLeaf, lambda),
    right: buildTree(X, g, h, right, depth - 1, minLeaf, lambda),
  }
}

const predictTree = (tree, x) => (tree.feature === undefined ? tree.value : predictTree(x[tree.feature] <= tree.threshold ? tree.left : tree.right, x))

/**
 * Boosted trees over rows `X`; `gradients(F)` gives the first and second
 * derivatives of the loss at the current scores. Returns a scoring function.
 */
export function boostTrees(X, gradients, {rounds = 100, rate = 0.1, depth = 2, minLeaf = 30, lambda = 1} = {}) {
  const F = new Float64Array(X.length)
  const trees = []
  const rows = X.map((_, i) => i)
  for (let round = 0; round < rounds; round++) {
    const {g, h} = gradients(F)
    const tree = buildTree(X, g, h, rows, depth, minLeaf, lambda)
    trees.push(tree)
    for (let i = 0; i < X.length; i++) F[i] += rate * predictTree(tree, X[i])
  }
  return (x) => trees.reduce((sum, tree) => sum + rate * predictTree(tree, x), 0)
}

/** Logistic loss of labels `y` (0 or 1). */
export function logisticLoss(y) {
  return (F) => {
    const g = new Float64Array(F.length)
    const h = new Float64Array(F.length)
    for (let i = 0; i < F.length; i++) {
      const p = 1 / (1 + Math.exp(-F[i]))
      g[i] = p - y[i]
      h[i] = Math.max(1e-6, p * (1 - p))
    }
    return {g, h}
  }
}

/** Pairwise logistic loss (RankNet): each `[i, j]` says row i should score above row j. */
export function pairwiseLoss(pairs, size) {
  return (F) => {
    const g = new Float64Array(size)
    const h = new Float64Array(size)
    // Scaled so a row's step is about as large as under the logistic loss.
    const scale = size / pairs.length
    for (const [i, j] of pairs) {
      const p = 1 / (1 + Math.exp(-(F[i] - F[j])))
      const first = (p - 1) * scale
      const second = Math.max(1e-6, p * (1 - p)) * scale
      g[i] += first
      g[j] -= first
      h[i] += second
      h[j] += second
    }
    return {g, h}
  }
}

/** k nearest neighbours (Euclidean, features standardized on `X`): the mean of their `y`. */
export function nearestNeighbours(X, y, k) {
  const size = X[0].length
  const mean = Array.from({length: size}, (_, j) => X.reduce((sum, x) => sum + x[j], 0) / X.length)
  const spread = Array.from({length: size}, (_, j) => Math.sqrt(X.reduce((sum, x) => sum + (x[j] - mean[j]) ** 2, 0) / X.length) || 1)
  const standard = (x) => x.map((v, j) => (v - mean[j]) / spread[j])
  const Z = X.map(standard)
  return (x) => {
    const z = standard(x)
    const distances = Z.map((row, i) => [row.reduce((sum, v, j) => sum + (v - z[j]) ** 2, 0), i]).sort((a, b) => a[0] - b[0])
    let sum = 0
    for (let n = 0; n < k; n++) sum += y[distances[n][1]]
    return sum / k
  }
}
