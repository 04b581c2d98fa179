// The shared first stages of two builds of the core timed against each other
// in one process: `segmentSentences`, `normalizeText` and `tokenizeWords` on
// the five seeds, `alignSentences` on the sentences of 001 against 000, 002,
// 003 and 004, and alignment alone (segmenting both texts, then aligning).
// Rounds alternate the builds (and which goes first); each prints the fastest
// round's CPU time (user + system) per call of each build and the median of
// the per-round ratio (this build / the other). With `--x100`, the same on
// every seed repeated 100 times (001×100 is 1,700 sentences, 000×100 1,800),
// six rounds of one call; `--only a,b` keeps some cases.
//
//   npx -y pnpm@10 build && node bench/align-builds.mjs <other-build/packages/core/dist/index.js> [--x100] [--only align,alignment-alone]
import {parseArgs} from 'node:util'
import {seedTexts} from '../scripts/seed-texts.mjs'
import {loadTwoBuilds} from './two-builds.mjs'

const {positionals, values} = parseArgs({allowPositionals: true, options: {x100: {type: 'boolean'}, only: {type: 'string'}}})
const builds = await loadTwoBuilds('align-builds', positionals[0])
const repeat = (text) => (values.x100 ? Array.from({length: 100}, () => text).join('\n\n') : text)
const texts = ['000', '001', '002', '003', '004'].map((name) => repeat(seedTexts[name]))
const source = texts[1]
const variants = [texts[0], texts[2], texts[3], texts[4]]
const sourceSentences = builds.other.segmentSentences(source)
const variantSentences = variants.map((text) => builds.other.segmentSentences(text))
const cases = {
  segment: (core) => texts.forEach((text) => core.segmentSentences(text)),
  normalize: (core) => texts.forEach((text) => core.normalizeText(text)),
  tokenize: (core) => texts.forEach((text) => core.tokenizeWords(text)),
  'align 001-000': (core) => core.alignSentences(sourceSentences, variantSentences[0]),
  align: (core) => variantSentences.forEach((sentences) => core.alignSentences(sourceSentences, sentences)),
  'alignment alone': (core) => {
    const sentences = core.segmentSentences(source)
    for (const text of variants) core.alignSentences(sentences, core.segmentSentences(text))
  },
}
const only = values.only?.split(',')
const cpuMs = (run) => {
  const started = process.cpuUsage()
  run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}
const callsPerRound = values.x100 ? 1 : 20
const rounds = values.x100 ? 6 : 15
console.log(`${values.x100 ? 'seeds ×100' : 'seeds'}: fastest round, CPU ms per call (${rounds} rounds of ${callsPerRound} calls)`)
for (const [name, run] of Object.entries(cases)) {
  if (only && !only.includes(name)) continue
  for (const core of Object.values(builds)) for (let call = 0; call < (values.x100 ? 1 : 3); call++) run(core)
  const fastest = {other: Infinity, this: Infinity}
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['other', 'this'] : ['this', 'other']
    const ms = {}
    for (const build of order) {
      ms[build] = cpuMs(() => {
        for (let call = 0; call < callsPerRound; call++) run(builds[build])
      }) / callsPerRound
      fastest[build] = Math.min(fastest[build], ms[build])
    }
    ratios.push(ms.this / ms.other)
  }
  ratios.sort((a, b) => a - b)
  console.log(`${name.padEnd(16)} other ${fastest.other.toFixed(2).padStart(9)}  this ${fastest.this.toFixed(2).padStart(9)}  median ratio ${ratios[rounds >> 1].toFixed(3)}`)
}
