// Runs the peers' own test suites (sacrebleu, ftfy, the HTML entity decoders) against the built
// @driftlens/core and prints how many of their cases driftlens passes.
//
//   node scripts/eval-peers.mjs [peers-dir] [--verbose]
//
// peers-dir defaults to ../shared/fixtures/peers beside the repository. Each suite lives in its
// own module under scripts/peers/ and exports `name` and `run(dir, {verbose})`, which prints its
// figures and returns {suite, measure, result} rows for the closing table. Build first: `pnpm build`.
import {existsSync, readdirSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(here, '..', '..', 'shared', 'fixtures', 'peers'))

if (!existsSync(dir)) {
  console.error(`eval-peers: the peers' suites are not at ${dir}; pass their folder as the first argument`)
  process.exit(2)
}

const modules = readdirSync(join(here, 'peers')).filter((file) => file.endsWith('.mjs')).sort()
const rows = []
for (const file of modules) {
  const suite = await import(pathToFileURL(join(here, 'peers', file)).href)
  console.log(`\n## ${suite.name}\n`)
  rows.push(...(await suite.run(dir, {verbose})))
}

console.log('\n## Summary\n')
console.log('| suite | measure | result |')
console.log('| --- | --- | --- |')
for (const row of rows) console.log(`| ${row.suite} | ${row.measure} | ${row.result} |`)
