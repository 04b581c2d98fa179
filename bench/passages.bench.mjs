// findReusedPassages on the seed pairs, and its share of compareTexts (which
// runs it by default). Figures go to docs/benchmarks.md.
import {readFileSync} from 'node:fs'
import {Bench} from 'tinybench'
import {compareTexts, findReusedPassages} from '../packages/core/dist/index.js'

const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
const s001 = seed('001_db457dd8b98fe6bd.txt')
const others = {'000': seed('000_45abfce7d79872e0.txt'), '003': seed('003_30099c242313f430.txt'), '002': seed('002_23ede6548529f859.txt')}

const bench = new Bench({time: 1000, warmupTime: 300, iterations: 16})
for (const [name, text] of Object.entries(others)) bench.add(`findReusedPassages 001↔${name}`, () => findReusedPassages(s001, text))
bench.add('compareTexts 001↔003, full', () => compareTexts(s001, others['003']))
bench.add('compareTexts 001↔003, full without passages', () => compareTexts(s001, others['003'], {passages: false}))
await bench.run()
console.table(
  bench.tasks.map((task) => ({
    task: task.name,
    'mean ms': task.result.latency.mean.toFixed(2),
    'p50 ms': task.result.latency.p50.toFixed(2),
    samples: task.result.latency.samples.length,
  })),
)
