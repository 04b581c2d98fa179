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
// segmentSentences on both texts plus alignSentences. Every figure is CPU time
// (user + system of this process, from process.cpuUsage), which a busy
// machine disturbs less than wall-clock time; stage costs are differences of
// two such means and carry their noise.
import {readFileSync} from 'node:fs'
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

// A fresh process runs the code in V8's lower tiers for its first several CPU
// seconds: on the seed pairs, a few pairs in the first CPU second, about 100
// per second by the fifth, level from about the eighth. What a worker on many
// pages sees is the level rate, so every figure below is taken after a warm-up
// of the four seed pairs of 001 in full for 10 CPU seconds, whose own rate is
// printed first.
const warmPairs = ['000', '002', '003', '004'].map((other) => [s001, seed(other)])
{
  const start = process.cpuUsage()
  const rates = []
  let done = 0
  let second = 1
  for (;;) {
    for (const [source, variant] of warmPairs) compareTexts(source, variant)
    done += warmPairs.length
    const {user, system} = process.cpuUsage(start)
    if (user + system >= second * 1e6) {
      rates.push(done)
      done = 0
      second++
      if (second > 10) break
    }
  }
  console.log(`warm-up, seed pairs in full in each of the first 10 CPU seconds: ${rates.join(' ')}`)
}

// Seed pairs per CPU second: the four pairs of 001 with another seed, in turn, for about 3 CPU seconds each mode.
const pairs = warmPairs
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

const cases = {'001↔000': [s001, s000, 2e6], '001×100 ↔ 000×100': [repeat(s001, 100), repeat(s000, 100), 12e6]}

/** CPU milliseconds per call of `run`, over calls until `budget` CPU microseconds are spent (at least 3 calls), after one warm-up call. */
function cpuPerCall(run, budget) {
  run()
  const start = process.cpuUsage()
  let calls = 0
  let used = 0
  while (calls < 3 || used < budget) {
    run()
    calls++
    const {user, system} = process.cpuUsage(start)
    used = user + system
  }
  return used / calls / 1000
}

for (const [name, [source, variant, budget]] of Object.entries(cases)) {
  const perVariant = budget / (Object.keys(variants).length + 1)
  const align = cpuPerCall(() => alignOnly(source, variant), perVariant)
  const cost = Object.fromEntries(Object.entries(variants).map(([mode, options]) => [mode, cpuPerCall(() => compareTexts(source, variant, options), perVariant)]))
  console.log(`\n${name} (CPU ms per call)\n`)
  console.log('| part | CPU ms |')
  console.log('| --- | --- |')
  console.log(`| alignment alone (segment + align) | ${align.toFixed(1)} |`)
  console.log(`| foundation (compareTexts without signals, metrics, artifacts, passages) | ${cost.foundation.toFixed(1)} |`)
  for (const stage of ['signals', 'metrics', 'artifacts', 'passages']) {
    console.log(`| + ${stage} (full − full without ${stage}) | ${(cost.full - cost[`without ${stage}`]).toFixed(1)} |`)
  }
  console.log(`| full | ${cost.full.toFixed(1)} |`)
  console.log(`\nfull vs alignment alone: ${(cost.full / align).toFixed(1)}×`)
}
