// Shared helpers of scripts/eval-real.mjs: the dev/test split, deterministic
// sampling, a seeded random generator, and the statistics (AUC, Kendall's tau,
// link precision/recall) every part reports.

/** 32-bit FNV-1a hash of a string: the basis of the split and of sampling. */
export function hashKey(key) {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/**
 * Which half of the data an item belongs to, from a hash of its id: `dev` to
 * tune on, `test` to report on. `all` keeps everything.
 */
export function inSplit(key, split) {
  if (split === 'all') return true
  return ((hashKey(`split:${key}`) & 1) === 0 ? 'dev' : 'test') === split
}

/** At most `limit` items, chosen by a hash of their key (the same ones on every run). */
export function sample(items, keyOf, limit) {
  if (limit === undefined || items.length <= limit) return items
  const ranked = items.map((item, index) => ({item, index, h: hashKey(`sample:${keyOf(item)}`)}))
  ranked.sort((a, b) => a.h - b.h || a.index - b.index)
  return ranked.slice(0, limit).sort((a, b) => a.index - b.index).map((r) => r.item)
}

/** mulberry32: a small seeded PRNG, so synthetic edits are the same on every run. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a
 * random negative (ties count half), by the Mann–Whitney rank sum.
 */
export function auc(positives, negatives) {
  if (positives.length === 0 || negatives.length === 0) return null
  const all = [...positives.map((v) => ({v, p: 1})), ...negatives.map((v) => ({v, p: 0}))].sort((a, b) => a.v - b.v)
  let rankSum = 0
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j < all.length && all[j].v === all[i].v) j++
    const rank = (i + 1 + j) / 2
    for (let k = i; k < j; k++) if (all[k].p) rankSum += rank
    i = j
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length)
}

/**
 * Kendall's tau over pairs of items of the same group whose human scores
 * differ: (concordant − discordant) / (concordant + discordant + metric ties),
 * so a metric gains nothing by tying. `human` and `metric` both grow with
 * "worse".
 */
export function groupedKendall(groups, human, metric) {
  let concordant = 0
  let discordant = 0
  let ties = 0
  for (const items of groups) {
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const h = human(items[i]) - human(items[j])
        if (h === 0) continue
        const m = metric(items[i]) - metric(items[j])
        if (Math.abs(m) < 1e-12) ties++
        else if (Math.sign(m) === Math.sign(h)) concordant++
        else discordant++
      }
    }
  }
  const pairs = concordant + discordant + ties
  return {tau: pairs === 0 ? null : (concordant - discordant) / pairs, pairs}
}

/** Precision, recall and F1 of predicted links against gold links (arrays of `"s:v"` strings). */
export function linkScores(predicted, gold) {
  const goldSet = new Set(gold)
  const predictedSet = new Set(predicted)
  let correct = 0
  for (const link of predictedSet) if (goldSet.has(link)) correct++
  return {correct, predicted: predictedSet.size, gold: goldSet.size}
}

/** Adds link counts. */
export function addCounts(total, counts) {
  total.correct += counts.correct
  total.predicted += counts.predicted
  total.gold += counts.gold
  return total
}

/** P/R/F1 of summed link counts. */
export function prf(counts) {
  const precision = counts.predicted === 0 ? 1 : counts.correct / counts.predicted
  const recall = counts.gold === 0 ? 1 : counts.correct / counts.gold
  const f1 = counts.predicted + counts.gold === 0 ? 1 : (2 * counts.correct) / (counts.predicted + counts.gold)
  return {precision, recall, f1, ...counts}
}

/**
 * Join lines into one text and remember where each line starts, so a sentence
 * of the segmented text can be traced back to its line.
 */
export function joinLines(lines, separator) {
  const starts = []
  let text = ''
  lines.forEach((line, index) => {
    if (index > 0) text += separator
    starts.push(text.length)
    text += line
  })
  return {text, lineOf: (offset) => lastAtOrBelow(starts, offset)}
}

function lastAtOrBelow(sorted, value) {
  let low = 0
  let high = sorted.length - 1
  let found = 0
  while (low <= high) {
    const mid = (low + high) >> 1
    if (sorted[mid] <= value) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

/** Line-level links `"i:j"` of a report whose two texts came from `joinLines`. */
export function lineLinks(report, sourceJoin, variantJoin) {
  const links = new Set()
  for (const bead of report.alignment) {
    for (const s of bead.source) {
      const sourceLine = sourceJoin.lineOf(report.source.sentences[s].start)
      for (const v of bead.variant) links.add(`${sourceLine}:${variantJoin.lineOf(report.variant.sentences[v].start)}`)
    }
  }
  return [...links]
}

/** Every signal of a report, over all beads. */
export function reportSignals(report) {
  return report.alignment.flatMap((bead) => bead.signals)
}

const negationWord = /\b(?:not|no|never|nobody|none|nothing|nowhere|neither|nor|without|cannot)\b|n['’]t\b/i

/** True when a sentence holds a negation word (the baseline regex of the SICK figures). */
export function hasNegationWord(text) {
  return negationWord.test(text)
}

/** Count per kind of the set of kinds each item raised. */
export function countKinds(kindSets, kinds) {
  const counts = Object.fromEntries(kinds.map((kind) => [kind, 0]))
  for (const set of kindSets) for (const kind of set) if (kind in counts) counts[kind]++
  return counts
}

export const percent = (part, whole) => (whole === 0 ? null : (100 * part) / whole)
