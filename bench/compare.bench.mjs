// compareTexts on the seeds and on long synthetic documents (the seeds
// concatenated 10×, 50× and 100×): time per call, growth with input size,
// and memory. Figures go to docs/benchmarks.md.
//
// "foundation" is compareTexts as the alignment stage defines it (segment,
// detect the language, align, diff, report) with signals, metrics and
// artifacts switched off; "full" is the default, everything on.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {Bench} from 'tinybench'
import {alignSentences, compareTexts, segmentSentences} from '../packages/core/dist/index.js'

const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
const s001 = seed('001_db457dd8b98fe6bd.txt')
const s000 = seed('000_45abfce7d79872e0.txt')
const s003 = seed('003_30099c242313f430.txt')
const repeat = (text, times) => Array.from({length: times}, () => text).join('\n\n')
const foundation = {signals: false, metrics: false, artifacts: false}

// The memory figure is taken in a fresh process: peak RSS of one 100× alignment.
if (process.argv[2] === '--memory') {
  const source = segmentSentences(repeat(s001, 100))
  const variant = segmentSentences(repeat(s000, 100))
  const before = process.memoryUsage().rss
  const result = process.argv[3] === 'compare' ? compareTexts(repeat(s001, 100), repeat(s000, 100)) : alignSentences(source, variant)
  const peak = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({beads: (result.beads ?? result.alignment).length, rssBeforeMB: before / 1e6, peakRssMB: peak}))
  process.exit(0)
}

const bench = new Bench({time: 1000, warmupTime: 300, iterations: 16})
bench.add('compareTexts 001↔000, full', () => compareTexts(s001, s000))
bench.add('compareTexts 001↔000, full without signals', () => compareTexts(s001, s000, {signals: false}))
bench.add('compareTexts 001↔000, foundation', () => compareTexts(s001, s000, foundation))
bench.add('compareTexts 001↔003, full', () => compareTexts(s001, s003))
for (const times of [10, 50, 100]) {
  const source = repeat(s001, times)
  const variant = repeat(s000, times)
  bench.add(`compareTexts 001×${times} ↔ 000×${times}, foundation`, () => compareTexts(source, variant, foundation))
  bench.add(`compareTexts 001×${times} ↔ 000×${times}, full`, () => compareTexts(source, variant))
}
const source100 = segmentSentences(repeat(s001, 100))
const variant100 = segmentSentences(repeat(s000, 100))
const alignName = `alignSentences ${source100.length}×${variant100.length} sentences`
bench.add(alignName, () => alignSentences(source100, variant100))
await bench.run()

console.table(
  bench.tasks.map((task) => ({
    task: task.name,
    'mean ms': task.result.latency.mean.toFixed(2),
    'p50 ms': task.result.latency.p50.toFixed(2),
    'p99 ms': task.result.latency.p99.toFixed(2),
    samples: task.result.latency.samples.length,
  })),
)

const mean = (name) => bench.tasks.find((task) => task.name === name).result.latency.mean
for (const mode of ['foundation', 'full']) {
  console.log(`growth, ${mode}: 10× the input (001×10 → ×100) costs ${(mean(`compareTexts 001×100 ↔ 000×100, ${mode}`) / mean(`compareTexts 001×10 ↔ 000×10, ${mode}`)).toFixed(1)}× the time`)
}
console.log(`signals: full costs ${(mean('compareTexts 001↔000, full') / mean('compareTexts 001↔000, full without signals')).toFixed(2)}× full without signals on 001↔000`)

for (const what of ['align', 'compare']) {
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--memory', what], {encoding: 'utf8'})
  const memory = JSON.parse(child.stdout)
  console.log(`memory, ${what === 'align' ? alignName : 'compareTexts 001×100 ↔ 000×100, full'}: peak RSS ${memory.peakRssMB.toFixed(0)} MB (${memory.rssBeforeMB.toFixed(0)} MB before the call)`)
}
