// Time of findArtifacts: all detectors over each seed (the target is under
// 5 ms on seed 003), each detector alone over seed 003, and one pass over
// 100 KB adversarial strings (the linear-time check). Figures go to
// docs/artifacts.md.
//
//   npx -y pnpm@10 build && node bench/artifacts.bench.mjs
import {readFileSync, readdirSync} from 'node:fs'
import {Bench} from 'tinybench'
import {artifactKinds, findArtifacts} from '../packages/core/dist/index.js'

const seedFolder = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name.slice(0, 3), readFileSync(new URL(name, seedFolder), 'utf8')])
const seed003 = seeds.find(([name]) => name === '003')[1]

const summarize = (bench) =>
  bench.tasks.map((task) => {
    const latency = task.result.latency
    return {task: task.name, 'mean ms': latency.mean.toFixed(3), 'p50 ms': latency.p50.toFixed(3), 'p99 ms': latency.p99.toFixed(3), samples: latency.samples?.length ?? task.result.samples?.length}
  })

const whole = new Bench({time: 1000, warmupTime: 300})
for (const [name, text] of seeds) {
  whole.add(`findArtifacts seed ${name} (${text.length} chars)`, () => findArtifacts(text))
}
whole.add('findArtifacts seed 003, language given', () => findArtifacts(seed003, {language: 'eng'}))
await whole.run()
console.log('All detectors')
console.table(summarize(whole))

const perKind = new Bench({time: 400, warmupTime: 100})
for (const kind of artifactKinds) perKind.add(kind, () => findArtifacts(seed003, {kinds: [kind]}))
await perKind.run()
console.log('Each detector alone on seed 003')
console.table(summarize(perKind))

const size = 100_000
const patterns = {
  'ampersands': '&',
  'double-encoded entities': '&amp;',
  'bare entity names': 'quot;',
  'spaced entity starts': '& # ',
  'mojibake leads': 'Ã',
  'mojibake fragments': 'Ã¢â‚¬',
  'curly quotes': '’”',
  'open tags': '<p ',
  'escaped tags': '&lt;p ',
  'comment openings': '<!--',
  'shortcode attributes': '[caption a="',
  'backslashes': '\\',
  'spaces': ' ',
  'periods': '.',
  'spaced periods': ' .',
  'straight quotes': '"',
  'spaced quotes': ' "',
  'repeated word': 'the ',
  'glued sentences': 'ab.Cd',
  'unpunctuated paragraphs': 'Word word word word word word word word\n\n',
  'lower-case paragraphs': 'ran away\n\n',
  'handles': '(@a) ',
  'metadata fields': 'date 2019-12-31 ',
  'one long word': 'a',
  'repeated sentence': 'The crowd gathered outside the embassy on Tuesday night. ',
  'seed 003 repeated': seed003,
}
/** Fastest of a few passes of findArtifacts over `text`, after one warm-up pass (the minimum is the figure least disturbed by other load). */
function timePasses(text, runs = 5) {
  findArtifacts(text)
  let fastest = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    findArtifacts(text)
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}
const rows = []
for (const [name, unit] of Object.entries(patterns)) {
  const full = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  const half = full.slice(0, size / 2)
  const fullMs = timePasses(full)
  const halfMs = timePasses(half)
  rows.push({string: name, 'ms at 50 KB': halfMs.toFixed(1), 'ms at 100 KB': fullMs.toFixed(1), ratio: (fullMs / halfMs).toFixed(2)})
}
console.log('Adversarial strings (all detectors, fastest of 5 passes; a ratio near 2 means linear time, near 4 quadratic)')
console.table(rows)
