// TER of two builds of the core timed against each other in one process:
// `corpusTer` (sacrebleu's defaults, no work budget) over the aligned
// sentence pairs of the seeds, the variant side as hypothesis, the source
// side as reference. The pairs are the beads with text on both sides of
// `compareTexts` on every ordered pair of the five seeds (`--x100`: of 001×100
// against 000×100); each side's text is its sentences joined by a space.
// Rounds alternate the builds (and which goes first); prints the median CPU
// time per round of each build and the median and quartiles of the per-round
// ratio (this build / the other), after checking that the two builds give
// the same statistics.
//
//   npx -y pnpm@10 build && node bench/ter-builds.mjs <other-build/packages/core/dist/index.js> [--x100] [--rounds 40]
import {parseArgs} from 'node:util'
import {seedTexts} from '../scripts/seed-texts.mjs'
import {loadTwoBuilds} from './two-builds.mjs'

const {positionals, values} = parseArgs({allowPositionals: true, options: {x100: {type: 'boolean'}, rounds: {type: 'string'}}})
const builds = await loadTwoBuilds('ter-builds', positionals[0])

const names = ['000', '001', '002', '003', '004']
const repeat = (text) => Array.from({length: 100}, () => text).join('\n\n')
const textPairs = values.x100 ? [[repeat(seedTexts['001']), repeat(seedTexts['000'])]] : names.flatMap((a) => names.filter((b) => b !== a).map((b) => [seedTexts[a], seedTexts[b]]))
const hypotheses = []
const references = []
for (const [source, variant] of textPairs) {
  const report = builds.this.compareTexts(source, variant, {metrics: false, signals: false, artifacts: false, passages: false})
  const side = (sentences, indices) => indices.map((index) => sentences[index].text).join(' ')
  for (const bead of report.alignment) {
    if (bead.source.length === 0 || bead.variant.length === 0) continue
    hypotheses.push(side(report.variant.sentences, bead.variant))
    references.push(side(report.source.sentences, bead.source))
  }
}

const statistics = (core) => JSON.stringify(hypotheses.map((hypothesis, index) => core.sentenceTer(hypothesis, references[index]).statistics))
if (statistics(builds.other) !== statistics(builds.this)) {
  console.error('ter-builds: the two builds give different TER statistics')
  process.exit(1)
}

const rounds = Number(values.rounds ?? (values.x100 ? 12 : 40))
const times = {other: [], this: []}
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 === 0 ? ['other', 'this'] : ['this', 'other']) {
    const start = process.cpuUsage()
    builds[name].corpusTer(hypotheses, [references])
    const used = process.cpuUsage(start)
    times[name].push((used.user + used.system) / 1000)
  }
}
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.floor(q * (list.length - 1))]
const ratios = times.this.map((time, index) => time / times.other[index])
console.log(`${hypotheses.length} sentence pairs, ${rounds} rounds, the same statistics in both builds`)
console.log(`CPU ms per round: other ${quantile(times.other, 0.5).toFixed(1)}, this ${quantile(times.this, 0.5).toFixed(1)}`)
console.log(`this / other per round: median ${quantile(ratios, 0.5).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)})`)
