// The whole pipeline against its parts: what each stage of compareTexts
// costs at 100× the seeds, the full pipeline against alignment alone on the
// seed pair and at 100×, and how many seed pairs one CPU second compares.
// Figures go to docs/benchmarks.md.
//
// Run: npx -y pnpm@10 build && node bench/run.mjs pipeline
//
// A stage's cost is the full pipeline's time less the time with that stage
// switched off (`{signals: false}`, `{metrics: false}`, …), so it counts what
// the stage adds, through the public API only. "Alignment alone" is
// segmentSentences on both texts plus alignSentences. Throughput is CPU time
// (user + system of this process, from process.cpuUsage), which a busy
// machine disturbs less than wall-clock time.
import {readFileSync} from 'node:fs'
import {Bench} from 'tinybench'
import {alignSentences, compareTexts, segmentSentences} from '../packages/core/dist/index.js'

const seed = (prefix) => {
  const folder = new URL('../seeds/', import.meta.url)
  const names = ['000_45abfce7d79872e0.txt', '001_db457dd8b98fe6bd.txt', '002_23ede6548529f859.txt', '003_30099c242313f430.txt', '004_f1b56273edc3bd21.txt']
  return readFileSync(new URL(names.find((name) => name.startsWith(prefix)), folder), 'utf8')
}
const repeat = (text, times) => Array.from({length: times}, () => text).join('\n\n')
const s001 = seed('001')
const s000 = seed('000')

const variants = {
  full: {},
  'without signals': {signals: false},
  'without metrics': {metrics: false},
  'without artifacts': {artifacts: false},
  'without passages': {passages: false},
  foundation: {signals: false, metrics: false, artifacts: false, passages: false},
}
const alignOnly = (source, variant) => alignSentences(segmentSentences(source), segmentSentences(variant))

const cases = {'001↔000': [s001, s000], '001×100 ↔ 000×100': [repeat(s001, 100), repeat(s000, 100)]}
const bench = new Bench({time: 1500, warmupTime: 300, iterations: 8})
for (const [name, [source, variant]] of Object.entries(cases)) {
  bench.add(`${name}, alignment alone`, () => alignOnly(source, variant))
  for (const [mode, options] of Object.entries(variants)) bench.add(`${name}, ${mode}`, () => compareTexts(source, variant, options))
}
await bench.run()
const mean = (name) => bench.tasks.find((task) => task.name === name).result.latency.mean

for (const name of Object.keys(cases)) {
  const full = mean(`${name}, full`)
  const align = mean(`${name}, alignment alone`)
  console.log(`\n${name}\n`)
  console.log('| part | ms (mean) |')
  console.log('| --- | --- |')
  console.log(`| alignment alone (segment + align) | ${align.toFixed(2)} |`)
  console.log(`| foundation (compareTexts without signals, metrics, artifacts, passages) | ${mean(`${name}, foundation`).toFixed(2)} |`)
  for (const stage of ['signals', 'metrics', 'artifacts', 'passages']) {
    console.log(`| + ${stage} (full − full without ${stage}) | ${(full - mean(`${name}, without ${stage}`)).toFixed(2)} |`)
  }
  console.log(`| full | ${full.toFixed(2)} |`)
  console.log(`\nfull vs alignment alone: ${(full / align).toFixed(1)}×`)
}

// Seed pairs per CPU second: the four pairs of 001 with another seed, in turn, for about 3 CPU seconds each mode.
const pairs = ['000', '002', '003', '004'].map((other) => [s001, seed(other)])
console.log('\n| mode | seed pairs per CPU second | per wall-clock second |')
console.log('| --- | --- | --- |')
for (const [mode, options] of [['full', {}], ['foundation', variants.foundation], ['alignment alone', undefined]]) {
  const run = (source, variant) => (options === undefined ? alignOnly(source, variant) : compareTexts(source, variant, options))
  for (const [source, variant] of pairs) run(source, variant)
  const cpuStart = process.cpuUsage()
  const wallStart = performance.now()
  let done = 0
  let cpu = 0
  while (cpu < 3e6) {
    for (const [source, variant] of pairs) run(source, variant)
    done += pairs.length
    const used = process.cpuUsage(cpuStart)
    cpu = used.user + used.system
  }
  const wall = (performance.now() - wallStart) / 1000
  console.log(`| ${mode} | ${(done / (cpu / 1e6)).toFixed(0)} | ${(done / wall).toFixed(0)} |`)
}
