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
    return {task: task.name, 'mean ms': latency.mean.toFixed(3), 'p99 ms': latency.p99.toFixed(3), samples: latency.samplesCount}
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
const adversarial = {
  'ampersands': '&'.repeat(size),
  'double-encoded entities': '&amp;'.repeat(size / 5),
  'bare entity names': 'quot;'.repeat(size / 5),
  'spaced entity starts': '& # '.repeat(size / 4),
  'mojibake leads': 'Ã'.repeat(size),
  'mojibake fragments': 'Ã¢â‚¬'.repeat(size / 6),
  'curly quotes': '’”'.repeat(size / 2),
  'open tags': '<p '.repeat(size / 3),
  'escaped tags': '&lt;p '.repeat(size / 6),
  'comment openings': '<!--'.repeat(size / 4),
  'shortcode attributes': '[caption a="'.repeat(size / 12),
  'backslashes': '\\'.repeat(size),
  'spaces': ' '.repeat(size),
  'periods': '.'.repeat(size),
  'spaced periods': ' .'.repeat(size / 2),
  'straight quotes': '"'.repeat(size),
  'spaced quotes': ' "'.repeat(size / 2),
  'repeated word': 'the '.repeat(size / 4),
  'glued sentences': 'ab.Cd'.repeat(size / 5),
  'unpunctuated paragraphs': 'Word word word word word word word word\n\n'.repeat(size / 40),
  'lower-case paragraphs': 'ran away\n\n'.repeat(size / 10),
  'handles': '(@a) '.repeat(size / 5),
  'metadata fields': 'date 2019-12-31 '.repeat(size / 16),
  'one long word': 'a'.repeat(size),
  'repeated sentence': 'The crowd gathered outside the embassy on Tuesday night. '.repeat(size / 57),
  'seed 003 repeated': seed003.repeat(Math.ceil(size / seed003.length)).slice(0, size),
}
const rows = []
for (const [name, text] of Object.entries(adversarial)) {
  findArtifacts(text)
  const start = performance.now()
  const runs = 3
  for (let run = 0; run < runs; run++) findArtifacts(text)
  rows.push({string: name, chars: text.length, 'ms per pass': ((performance.now() - start) / runs).toFixed(1)})
}
console.log('100 KB adversarial strings (all detectors, mean of 3 passes)')
console.table(rows)
