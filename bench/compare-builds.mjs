// Two builds of the core timed against each other in one process, so that
// the load of a shared machine weighs on both alike: compareTexts on the seed
// pair 001 ↔ 000 in three modes (full; foundation = without signals, metrics
// and artifacts; full without passages) and, in full, on the four seed pairs
// of 001 (with 000, 002, 003 and 004, CPU ms per pair); six rounds
// alternating the builds (and which goes first), each round 30 calls after 5
// warm-up calls; prints the fastest round's CPU time (user + system) per call.
// With `--x100`, also 001×100 ↔ 000×100 in full, six alternating rounds of
// one call each. With `--paired N`, instead N paired rounds of the four seed
// pairs of 001 in full (the builds alternating, which goes first alternating
// too): the ratio of this build's CPU time to the other's is taken per round
// and its median and quartiles printed; `--paired N --x100` pairs rounds of
// one call of 001×100 ↔ 000×100 in full instead. The fastest of a few rounds swings
// 10–20% on a loaded machine; a paired ratio over 150 rounds resolves about
// ±2% (a build against a copy of itself reads 1.00 ± 0.01).
//
//   npx -y pnpm@10 build && node bench/compare-builds.mjs <other-build/packages/core/dist/index.js> [--x100 | --paired 150 [--x100]]
//
// The other build is any checkout built in a scratch folder, e.g.
// `git worktree add /tmp/old <commit> && (cd /tmp/old && npx -y pnpm@10 install && npx -y pnpm@10 build)`.
import {seedTexts} from '../scripts/seed-texts.mjs'
import {loadTwoBuilds} from './two-builds.mjs'

const builds = await loadTwoBuilds('compare-builds', process.argv[2])
const source = seedTexts['001']
const variant = seedTexts['000']
const modes = {full: {}, foundation: {signals: false, metrics: false, artifacts: false}, 'full without passages': {passages: false}}
const seedPairs = ['000', '002', '003', '004'].map((other) => seedTexts[other])
const x100 = process.argv.includes('--x100')
const repeat = (text) => Array.from({length: 100}, () => text).join('\n\n')
const longSource = repeat(source)
const longVariant = repeat(variant)
const cpuMs = (run) => {
  const started = process.cpuUsage()
  run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}
const pairedAt = process.argv.indexOf('--paired')
if (pairedAt !== -1) {
  const rounds = Number(process.argv[pairedAt + 1])
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error(`compare-builds: --paired takes a whole number of rounds, not \`${process.argv[pairedAt + 1]}\``)
    process.exit(2)
  }
  // One unit of work per build and round: the four seed pairs twice, or the 100× pair once.
  const runPairs = x100
    ? (core) => core.compareTexts(longSource, longVariant)
    : (core) => {
        for (const other of seedPairs) core.compareTexts(source, other)
        for (const other of seedPairs) core.compareTexts(source, other)
      }
  const warmUps = x100 ? 2 : 3
  for (const core of Object.values(builds)) for (let call = 0; call < warmUps; call++) runPairs(core)
  const ratios = []
  const totals = {other: 0, this: 0}
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['other', 'this'] : ['this', 'other']
    const ms = {}
    for (const build of order) ms[build] = cpuMs(() => runPairs(builds[build]))
    totals.other += ms.other
    totals.this += ms.this
    ratios.push(ms.this / ms.other)
  }
  ratios.sort((a, b) => a - b)
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))].toFixed(3)
  const perRound = x100 ? 1 : 8
  console.log(x100 ? `${rounds} paired rounds, 001×100 ↔ 000×100 in full, once per round` : `${rounds} paired rounds, four seed pairs of 001 in full, twice per round`)
  console.log(`CPU ms per ${x100 ? 'call' : 'pair'}: other ${(totals.other / rounds / perRound).toFixed(2)}, this ${(totals.this / rounds / perRound).toFixed(2)}`)
  console.log(`this / other per round: median ${at(0.5)} (quartiles ${at(0.25)}–${at(0.75)})`)
  process.exit(0)
}
const fastest = {}
const keep = (key, ms) => {
  fastest[key] = Math.min(fastest[key] ?? Infinity, ms)
}
for (let round = 0; round < 6; round++) {
  const order = round % 2 === 0 ? Object.entries(builds) : Object.entries(builds).reverse()
  for (const [build, core] of order) {
    for (const [mode, options] of Object.entries(modes)) {
      for (let call = 0; call < 5; call++) core.compareTexts(source, variant, options)
      keep(`${mode}|${build}`, cpuMs(() => {
        for (let call = 0; call < 30; call++) core.compareTexts(source, variant, options)
      }) / 30)
    }
    for (const other of seedPairs) core.compareTexts(source, other)
    keep(`four seed pairs, full (per pair)|${build}`, cpuMs(() => {
      for (let call = 0; call < 8; call++) for (const other of seedPairs) core.compareTexts(source, other)
    }) / 32)
    if (x100) {
      if (round === 0) core.compareTexts(longSource, longVariant)
      keep(`001×100 ↔ 000×100, full|${build}`, cpuMs(() => core.compareTexts(longSource, longVariant)))
    }
  }
}
console.log('| compareTexts | other build, CPU ms per call | this build, CPU ms per call |')
console.log('| --- | ---: | ---: |')
const rows = [...Object.keys(modes), 'four seed pairs, full (per pair)', ...(x100 ? ['001×100 ↔ 000×100, full'] : [])]
for (const row of rows) console.log(`| ${row} | ${fastest[`${row}|other`].toFixed(2)} | ${fastest[`${row}|this`].toFixed(2)} |`)
