// compareTexts on the seeds and on long synthetic documents (the seeds
// concatenated 10×, 50× and 100×), with time per call and the heap a call
// adds. Figures go to docs/benchmarks.md.
import {readFileSync} from 'node:fs'
import {Bench} from 'tinybench'
import {alignSentences, compareTexts, segmentSentences} from '../packages/core/dist/index.js'

const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
const s001 = seed('001_db457dd8b98fe6bd.txt')
const s000 = seed('000_45abfce7d79872e0.txt')
const s003 = seed('003_30099c242313f430.txt')
const repeat = (text, times) => Array.from({length: times}, () => text).join('\n\n')

const bench = new Bench({time: 1500, warmupTime: 300})
bench.add('compareTexts 001↔000', () => compareTexts(s001, s000))
bench.add('compareTexts 001↔003', () => compareTexts(s001, s003))
for (const times of [10, 50, 100]) {
  const source = repeat(s001, times)
  const variant = repeat(s000, times)
  bench.add(`compareTexts 001×${times} ↔ 000×${times}`, () => compareTexts(source, variant))
}
{
  const source = segmentSentences(repeat(s001, 100))
  const variant = segmentSentences(repeat(s000, 100))
  bench.add(`alignSentences ${source.length}×${variant.length} sentences`, () => alignSentences(source, variant))
}
await bench.run()

const rows = bench.tasks.map((task) => {
  const latency = task.result.latency
  return {task: task.name, 'mean ms': latency.mean.toFixed(3), 'p99 ms': latency.p99.toFixed(3), samples: latency.samplesCount}
})
console.table(rows)

// Growth: time of the 100× input over the 10× input (10× the input).
const mean = (name) => bench.tasks.find((task) => task.name === name).result.latency.mean
console.log(`growth 10×→100× input: ${(mean('compareTexts 001×100 ↔ 000×100') / mean('compareTexts 001×10 ↔ 000×10')).toFixed(1)}× the time`)

// Memory: heap retained while one 100× comparison is held, and peak RSS.
globalThis.gc?.()
const before = process.memoryUsage().heapUsed
const report = compareTexts(repeat(s001, 100), repeat(s000, 100))
const after = process.memoryUsage().heapUsed
console.log(`100× report: ${report.alignment.length} beads; heap held by one report ${((after - before) / 1e6).toFixed(1)} MB; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
