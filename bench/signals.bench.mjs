// Time of the drift signals on seed 001 ↔ seed 000: findSignals over the
// beads compareTexts aligns (sentence groups) and over the paragraph pairs,
// and compareTexts with and without signals. Figures go to docs/signals.md.
//
//   npx -y pnpm@10 build && node bench/signals.bench.mjs
import {readFileSync} from 'node:fs'
import {Bench} from 'tinybench'
import {compareTexts, findSignals} from '../packages/core/dist/index.js'

const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
const source = seed('001_db457dd8b98fe6bd.txt')
const variant = seed('000_45abfce7d79872e0.txt')

/** The side of a bead as a TextSpan: from its first sentence's start to its last sentence's end. */
function groupSpan(text, sentences, indices) {
  if (indices.length === 0) return undefined
  const start = sentences[indices[0]].start
  const end = sentences[indices[indices.length - 1]].end
  return {start, end, text: text.slice(start, end)}
}

const report = compareTexts(source, variant, {signals: false})
const beadPairs = report.alignment
  .map((bead) => [groupSpan(source, report.source.sentences, bead.source), groupSpan(variant, report.variant.sentences, bead.variant)])
  .filter(([s, v]) => s !== undefined && v !== undefined)

/** Blank-line separated paragraphs with offsets; 000 adds a seventh paragraph and drops the last one of 001. */
function paragraphs(text) {
  return [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)].map((m) => ({start: m.index, end: m.index + m[0].length, text: m[0]}))
}
const sourceParagraphs = paragraphs(source)
const variantParagraphs = paragraphs(variant)
const paragraphPairs = sourceParagraphs.slice(0, 14).map((s, i) => [s, variantParagraphs[i < 6 ? i : i + 1]])

const bench = new Bench({time: 1500, warmupTime: 300})
bench.add(`findSignals over the ${beadPairs.length} aligned beads`, () => {
  for (const [s, v] of beadPairs) findSignals(s, v)
})
bench.add(`findSignals over the ${paragraphPairs.length} paragraph pairs`, () => {
  for (const [s, v] of paragraphPairs) findSignals(s, v)
})
bench.add('compareTexts 001↔000', () => compareTexts(source, variant))
bench.add('compareTexts 001↔000 without signals', () => compareTexts(source, variant, {signals: false}))
await bench.run()

const rows = bench.tasks.map((task) => {
  const latency = task.result.latency
  return {task: task.name, 'mean ms': latency.mean.toFixed(3), 'p99 ms': latency.p99.toFixed(3), samples: latency.samples.length}
})
console.table(rows)
const mean = (prefix) => bench.tasks.find((task) => task.name.startsWith(prefix)).result.latency.mean
const withSignals = mean('compareTexts 001↔000')
const withoutSignals = mean('compareTexts 001↔000 without')
console.log(`compareTexts with signals / without: ${(withSignals / withoutSignals).toFixed(2)}× (budget: 2×)`)
console.log(`signals share of compareTexts: ${(((withSignals - withoutSignals) / withSignals) * 100).toFixed(0)}%`)

// Wall time suffers when other processes share the machine; CPU time of this
// process, best of several rounds, is steadier. Both are printed.
function cpuBest(fn, rounds = 9, calls = 30) {
  for (let i = 0; i < calls * 3; i++) fn()
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage()
    for (let i = 0; i < calls; i++) fn()
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1000 / calls)
  }
  return best
}
const cpuBeads = cpuBest(() => {
  for (const [s, v] of beadPairs) findSignals(s, v)
})
const cpuParagraphs = cpuBest(() => {
  for (const [s, v] of paragraphPairs) findSignals(s, v)
})
const cpuWith = cpuBest(() => compareTexts(source, variant), 7, 10)
const cpuWithout = cpuBest(() => compareTexts(source, variant, {signals: false}), 7, 10)
console.log(`CPU ms, best of rounds: findSignals over ${beadPairs.length} beads ${cpuBeads.toFixed(2)}, over ${paragraphPairs.length} paragraphs ${cpuParagraphs.toFixed(2)}; compareTexts ${cpuWith.toFixed(2)} with signals, ${cpuWithout.toFixed(2)} without (${(cpuWith / cpuWithout).toFixed(2)}×)`)
