// Two builds of the core timed against each other in one process, so that
// the load of a shared machine weighs on both alike: compareTexts on the seed
// pair 001 ↔ 000 in three modes (full; foundation = without signals, metrics
// and artifacts; full without passages), six rounds alternating the builds,
// each round 30 calls after 5 warm-up calls; prints the fastest round's CPU
// time (user + system) per call.
//
//   npx -y pnpm@10 build && node bench/compare-builds.mjs <other-build/packages/core/dist/index.js>
//
// The other build is any checkout built in a scratch folder, e.g.
// `git worktree add /tmp/old <commit> && (cd /tmp/old && npx -y pnpm@10 install && npx -y pnpm@10 build)`.
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {seedTexts} from '../scripts/seed-texts.mjs'

const other = process.argv[2]
if (other === undefined || !existsSync(other)) {
  console.error('compare-builds: give the path of another build of the core (…/packages/core/dist/index.js)')
  process.exit(2)
}
const builds = {
  other: await import(pathToFileURL(resolve(other)).href),
  this: await import(new URL('../packages/core/dist/index.js', import.meta.url).href),
}
const source = seedTexts['001']
const variant = seedTexts['000']
const modes = {full: {}, foundation: {signals: false, metrics: false, artifacts: false}, 'full without passages': {passages: false}}
const fastest = {}
for (let round = 0; round < 6; round++) {
  for (const [build, core] of Object.entries(builds)) {
    for (const [mode, options] of Object.entries(modes)) {
      for (let call = 0; call < 5; call++) core.compareTexts(source, variant, options)
      const started = process.cpuUsage()
      for (let call = 0; call < 30; call++) core.compareTexts(source, variant, options)
      const used = process.cpuUsage(started)
      const key = `${mode}|${build}`
      fastest[key] = Math.min(fastest[key] ?? Infinity, (used.user + used.system) / 1000 / 30)
    }
  }
}
console.log('| 001 ↔ 000 | other build, CPU ms per call | this build, CPU ms per call |')
console.log('| --- | ---: | ---: |')
for (const mode of Object.keys(modes)) console.log(`| ${mode} | ${fastest[`${mode}|other`].toFixed(2)} | ${fastest[`${mode}|this`].toFixed(2)} |`)
