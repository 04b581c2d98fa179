// The stages of compareTexts timed one by one on the seeds concatenated 100×
// (001×100 as the source, 000×100 as the variant: about 1,700 × 1,800
// sentences), each fed what compareTexts feeds it, next to the full call; and
// seed pairs per CPU-second with everything on. Figures go to docs/benchmarks.md.
//
//   node bench/stages.bench.mjs [times]      (after a build; times defaults to 100)
//
// "alignment" is segmenting both texts and aligning the sentences; "signals",
// "metrics" (`scoreAlignment`, all four metrics of every bead and of the
// document) and "word diff" run over the beads of that alignment;
// "artifacts" runs every detector on both texts; "full" is compareTexts with
// its defaults, also without metrics, without signals, and with its report
// serialized (which reads TER, counted on first read).
import {loadavg} from 'node:os'
import {
  alignSentences,
  compareTexts,
  detectLanguage,
  diffWords,
  findArtifacts,
  findSignals,
  scoreAlignment,
  segmentSentences,
} from '../packages/core/dist/index.js'
import {seedTexts as seeds} from '../scripts/seed-texts.mjs'

const times = Number(process.argv[2] ?? 100)
const repeat = (text) => Array.from({length: times}, () => text).join('\n\n')
const source = repeat(seeds['001'])
const variant = repeat(seeds['000'])

// What compareTexts computes before each stage, computed once here.
const sourceSentences = segmentSentences(source)
const variantSentences = segmentSentences(variant)
const alignment = alignSentences(sourceSentences, variantSentences)
const groupSpan = (text, sentences, indices) => {
  if (indices.length === 0) return undefined
  const start = sentences[indices[0]].start
  const end = sentences[indices.at(-1)].end
  return {start, end, text: text.slice(start, end)}
}
const spans = alignment.beads.map((bead) => ({
  source: groupSpan(source, sourceSentences, bead.source),
  variant: groupSpan(variant, variantSentences, bead.variant),
}))
const linked = spans.filter((span) => span.source !== undefined && span.variant !== undefined)
const language = {maxLength: 256, ignore: ['sco']}
const sourceLanguage = detectLanguage(source, language)
const variantLanguage = detectLanguage(variant, language)

// CPU time of the process (user + system) per call, not wall clock: on a
// shared machine the wall clock mostly measures the other processes.
const cpuMs = (run) => {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}
const rounds = Number(process.env.ROUNDS ?? 7)
const stages = {
  alignment: () => alignSentences(segmentSentences(source), segmentSentences(variant)),
  signals: () => {
    for (const span of linked) findSignals(span.source, span.variant)
  },
  metrics: () => scoreAlignment(spans.map((span) => ({hypothesis: span.variant?.text ?? '', reference: span.source?.text ?? ''}))),
  'word diff': () => {
    for (const span of linked) diffWords(span.source, span.variant)
  },
  artifacts: () => {
    findArtifacts(source, {side: 'source', language: sourceLanguage, sentences: sourceSentences})
    findArtifacts(variant, {side: 'variant', language: variantLanguage, sentences: variantSentences})
  },
  full: () => compareTexts(source, variant),
  'full, without metrics': () => compareTexts(source, variant, {metrics: false}),
  'full, without signals': () => compareTexts(source, variant, {signals: false}),
  // Serializing reads every value, TER included (compareTexts counts it on first read).
  'full, report serialized': () => JSON.stringify(compareTexts(source, variant)),
}
const rows = []
for (const [stage, run] of Object.entries(stages)) {
  run()
  const samples = Array.from({length: rounds}, () => cpuMs(run)).sort((a, b) => a - b)
  rows.push({stage, 'median CPU ms': samples[rounds >> 1].toFixed(0), 'fastest CPU ms': samples[0].toFixed(0), rounds})
}
console.log(`001×${times} ↔ 000×${times}: ${sourceSentences.length} × ${variantSentences.length} sentences, ${alignment.beads.length} beads (${linked.length} linked)`)
console.table(rows)
const median = (stage) => Number(rows.find((row) => row.stage === stage)['median CPU ms'])
console.log(`full / alignment: ${(median('full') / median('alignment')).toFixed(2)}×`)

// Seed pairs per CPU-second, everything on: CPU time of the process (user +
// system) rather than wall clock, so other processes on the machine count less.
const pairs = [
  ['001', '000'],
  ['001', '002'],
  ['001', '003'],
  ['001', '004'],
]
const perSecond = (run, rounds) => {
  for (let i = 0; i < 20; i++) run()
  const before = process.cpuUsage()
  for (let i = 0; i < rounds; i++) run()
  const used = process.cpuUsage(before)
  return rounds / ((used.user + used.system) / 1e6)
}
const seedPair = perSecond(() => compareTexts(seeds['001'], seeds['000']), 300)
const fourPairs = perSecond(() => {
  for (const [a, b] of pairs) compareTexts(seeds[a], seeds[b])
}, 100) * pairs.length
console.log(`seed pairs per CPU-second, everything on: 001↔000 ${seedPair.toFixed(0)}; the four pairs ${pairs.map((pair) => pair.join('↔')).join(', ')} ${fourPairs.toFixed(0)}`)
console.log(`load average over the last minute: ${loadavg()[0].toFixed(2)}`)
