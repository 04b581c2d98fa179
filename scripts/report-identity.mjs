// Do two builds of the core give the same reports? Speed work must leave every
// report as it was: this script runs `compareTexts` of both builds on the same
// pairs, in full and as the foundation (`{signals: false, metrics: false,
// artifacts: false}`), serializes each report and compares the strings.
//
//   npx -y pnpm@10 build && node scripts/report-identity.mjs <other-build/packages/core/dist/index.js> [real-data-folder] [--every N]
//
// The pairs: the 20 ordered seed pairs, 001×10 ↔ 000×10, and from the real
// data (../shared/data/real unless given) every 8th MRPC pair, every 10th SICK
// pair, every 25th MQM segment (reference against MT), the news and TED
// chunks of the faithful part, and every 6th WMT21 document (reference against
// its first system). `--every N` takes every Nth of those pairs instead of all
// of them (a quicker check while working). Prints how many pairs were compared
// and, for each pair whose reports differ, its name and the first place where
// the two serialized reports part; exits 1 when any differs.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {readChunks} from './real/faithful.mjs'
import {failFor, importCore, realDataDir} from './real/open-inputs.mjs'

const fail = failFor('report-identity')
const {positionals, values} = parseArgs({allowPositionals: true, options: {every: {type: 'string', default: '1'}}})
const every = Number(values.every)
if (!Number.isInteger(every) || every < 1) fail(`--every takes a whole number ≥ 1, not \`${values.every}\``)
if (positionals[0] === undefined) fail('give the path of another build of the core (…/packages/core/dist/index.js)')
const other = await importCore(positionals[0], fail)
const current = await importCore(undefined, fail)
const dir = realDataDir(positionals[1], fail)

const jsonLines = (file) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
const nth = (items, step) => items.filter((_, index) => index % step === 0)

const seedsDir = new URL('../seeds/', import.meta.url)
const seeds = Object.fromEntries(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.slice(0, 3), readFileSync(new URL(name, seedsDir), 'utf8')]),
)
const pairs = []
for (const a of Object.keys(seeds)) for (const b of Object.keys(seeds)) if (a !== b) pairs.push({name: `seed ${a} ↔ ${b}`, source: seeds[a], variant: seeds[b]})
const times10 = (text) => Array.from({length: 10}, () => text).join('\n\n')
pairs.push({name: 'seed 001×10 ↔ 000×10', source: times10(seeds['001']), variant: times10(seeds['000'])})
for (const row of nth(jsonLines('mrpc-train.jsonl'), 8)) pairs.push({name: `mrpc ${row.id}`, source: row.source, variant: row.variant})
for (const row of nth(jsonLines('sick-train.jsonl'), 10)) pairs.push({name: `sick ${row.id}`, source: row.source, variant: row.variant})
for (const row of nth(jsonLines('mqm-ted-zhen.jsonl'), 25)) pairs.push({name: `mqm ${row.doc}:${row.seg}:${row.system}`, source: row.reference, variant: row.mt})
for (const file of ['two-refs-news-de-cs-en.json', 'two-refs-ted-zhen.json']) {
  for (const chunk of readChunks(dir, file)) pairs.push({name: chunk.key, source: chunk.source, variant: chunk.variant})
}
const documents = JSON.parse(readFileSync(join(dir, 'wmt21-ja-is-en-docs.json'), 'utf8'))
for (const document of nth(documents, 6)) {
  const [system] = Object.keys(document.mt)
  pairs.push({name: `wmt21 ${document.doc}`, source: document.reference.join('\n\n'), variant: document.mt[system].join('\n\n')})
}

const modes = {full: {}, foundation: {signals: false, metrics: false, artifacts: false}}
let compared = 0
let differing = 0
for (const pair of nth(pairs, every)) {
  for (const [mode, options] of Object.entries(modes)) {
    const before = JSON.stringify(other.compareTexts(pair.source, pair.variant, options))
    const after = JSON.stringify(current.compareTexts(pair.source, pair.variant, options))
    compared++
    if (before === after) continue
    differing++
    let at = 0
    while (at < before.length && before[at] === after[at]) at++
    const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60))
    console.log(`differs: ${pair.name} (${mode}) at character ${at}\n  other: ${around(before)}\n  this:  ${around(after)}`)
  }
}
console.log(`${compared} reports compared (${compared / 2} pairs, full and foundation): ${differing} differ`)
process.exit(differing === 0 ? 0 : 1)
