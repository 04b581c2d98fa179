// The rated items the drift is fitted and judged on, with the features of
// each: shared by scripts/fit-drift.mjs (which fits the shipped weights) and
// scripts/drift-ceiling.mjs (which measures how far any model over the same
// evidence gets). Runs the BUILT core passed in.
//
// Each item holds `x`, the shipped features (core.driftFeatureNames) exactly
// as compareTexts averages them for `summary.drift`, and `extra`, evidence the
// pipeline also has but the formula does not use (for the ceiling): sacrebleu
// chrF++, BLEU and TER of the whole texts, the count of words one side lacks,
// and the texts' length in words (not a difference: identical texts have it).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {inSplit, sample} from './common.mjs'

/** Drift features averaged over the linked beads, as buildReport does. */
export const linkedBeadFeatures = ['missingWords', 'addedWords', 'errors', 'warnings', 'infos']
/** Drift features averaged over every bead, an unaligned one counting its side against nothing. */
export const everyBeadFeatures = ['unsharedWords', 'unmatchedRun']
/** Names of the `extra` evidence, in order. */
export const extraNames = ['chrfpp', 'bleu', 'ter', 'unsharedCount', 'words']

const readJsonLines = (dir, file) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line))

/**
 * The document features of compareTexts(source, variant), as buildReport
 * averages them, and the extra evidence. Stops the process if the features
 * do not give back the drift compareTexts reports, so the scripts and the
 * library cannot drift apart.
 */
export function documentFeatures(core, source, variant) {
  const names = core.driftFeatureNames
  const perBead = [...linkedBeadFeatures, ...everyBeadFeatures]
  const report = core.compareTexts(source, variant)
  const sentences = (side, indices) => indices.map((i) => report[side].sentences[i])
  const lengthOf = (bead) => [...sentences('source', bead.source), ...sentences('variant', bead.variant)].reduce((sum, s) => sum + s.text.length, 0)
  const sourceLength = report.source.sentences.reduce((sum, s) => sum + s.text.length, 0)
  const variantLength = report.variant.sentences.reduce((sum, s) => sum + s.text.length, 0)
  const whole = report.summary.metrics.whole
  const features = {...core.driftFeatures([], report.summary.similarity, {chrf: whole.chrf, lengthRatio: Math.min(sourceLength, variantLength) / Math.max(1, sourceLength, variantLength)})}
  for (const name of perBead) features[name] = 0
  let unsharedCount = 0
  let words = 0
  let linkedLength = 0
  let totalLength = 0
  const span = (bead, side, text) => {
    const group = sentences(side, bead[side])
    if (group.length === 0) return {start: 0, end: 0, text: ''}
    const start = group[0].start
    const end = group[group.length - 1].end
    return {start, end, text: text.slice(start, end)}
  }
  for (const bead of report.alignment) {
    const sourceSpan = span(bead, 'source', source)
    const variantSpan = span(bead, 'variant', variant)
    const length = lengthOf(bead)
    totalLength += length
    const {missing, added, ...counts} = core.countUnmatchedWords(sourceSpan, variantSpan)
    unsharedCount += Math.log1p(Math.max(counts.sourceWords, counts.variantWords) - counts.sharedWords) * length
    words += Math.log1p((counts.sourceWords + counts.variantWords) / 2) * length
    if (bead.source.length === 0 || bead.variant.length === 0) {
      const unaligned = core.driftFeatures([], 0, {missingWords: missing, addedWords: added, ...counts})
      for (const name of everyBeadFeatures) features[name] += unaligned[name] * length
      continue
    }
    const lengthRatio = Math.min(sourceSpan.text.length, variantSpan.text.length) / Math.max(1, sourceSpan.text.length, variantSpan.text.length)
    const beadFeatures = core.driftFeatures(bead.signals, bead.similarity, {chrf: bead.metrics.chrf, lengthRatio, missingWords: missing, addedWords: added, ...counts})
    linkedLength += length
    for (const name of perBead) features[name] += beadFeatures[name] * length
  }
  for (const name of linkedBeadFeatures) features[name] = linkedLength === 0 ? 0 : features[name] / linkedLength
  for (const name of everyBeadFeatures) features[name] = totalLength === 0 ? 0 : features[name] / totalLength
  const recomputed = core.driftFromFeatures(features)
  if (Math.abs(recomputed - report.summary.drift) > 1e-9) {
    console.error(`drift features disagree with compareTexts (${recomputed} vs ${report.summary.drift}) on ${JSON.stringify(source.slice(0, 60))}`)
    process.exit(1)
  }
  const perLength = (value) => (totalLength === 0 ? 0 : value / totalLength)
  return {
    x: names.map((name) => features[name]),
    extra: [1 - whole.chrfpp / 100, 1 - whole.bleu / 100, Math.min(2, whole.ter / 100), perLength(unsharedCount), perLength(words)],
    chrf: whole.chrf,
    drift: report.summary.drift,
  }
}

/**
 * One half of the rated data: MRPC pairs `{y: 1 for not a paraphrase}` and
 * MQM segments, each a group of system outputs `{mqm, major, clean}`, sampled
 * as scripts/eval-real.mjs samples them.
 */
export function loadDriftData(core, dir, split) {
  const mrpc = sample(readJsonLines(dir, 'mrpc-train.jsonl').filter((row) => inSplit(row.id, split)), (row) => row.id, 1200).map((row) => ({
    y: row.paraphrase ? 0 : 1,
    ...documentFeatures(core, row.source, row.variant),
  }))
  const bySegment = new Map()
  for (const row of readJsonLines(dir, 'mqm-ted-zhen.jsonl')) {
    const key = `${row.doc}:${row.seg}`
    if (!inSplit(key, split)) continue
    if (!bySegment.has(key)) bySegment.set(key, [])
    bySegment.get(key).push(row)
  }
  const isAccuracy = (error) => error.category.startsWith('Accuracy/')
  const mqm = sample([...bySegment.entries()], ([key]) => key, 300).map(([, rows]) =>
    rows.map((row) => ({
      mqm: row.mqm_score,
      major: row.errors.some((e) => isAccuracy(e) && e.severity === 'Major'),
      clean: row.errors.length === 0,
      ...documentFeatures(core, row.reference, row.mt),
    })),
  )
  return {mrpc, mqm}
}
