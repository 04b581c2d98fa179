// Precision and recall of findArtifacts per artifact kind, over the labelled
// cases in packages/core/test/fixtures/artifacts/cases.json.
//
//   npx -y pnpm@10 build && node scripts/eval-artifacts.mjs [--verbose]
//
// A case lists the kinds it should produce (none for a clean trap) and its
// set: `development` cases were used while building the detectors,
// `held-out` cases were written afterwards and not tuned on. Each (case, kind)
// pair counts once: found and expected is a true positive, found but not
// expected a false positive, expected but not found a false negative.
import {readFileSync} from 'node:fs'
import {findArtifacts} from '../packages/core/dist/index.js'

const verbose = process.argv.includes('--verbose')
const cases = JSON.parse(readFileSync(new URL('../packages/core/test/fixtures/artifacts/cases.json', import.meta.url), 'utf8'))
const tally = new Map()
const count = (kind, field) => {
  const row = tally.get(kind) ?? {tp: 0, fp: 0, fn: 0}
  row[field]++
  tally.set(kind, row)
}
const bySet = new Map()
const countSet = (set, field) => {
  const row = bySet.get(set) ?? {cases: 0, clean: 0, cleanKept: 0, tp: 0, fp: 0, fn: 0}
  row[field]++
  bySet.set(set, row)
}
let cleanTraps = 0
let cleanKept = 0
for (const {text, kinds, note, set = 'development'} of cases) {
  const found = new Set(findArtifacts(text).map((artifact) => artifact.kind))
  const expected = new Set(kinds)
  countSet(set, 'cases')
  if (expected.size === 0) {
    cleanTraps++
    countSet(set, 'clean')
    if (found.size === 0) {
      cleanKept++
      countSet(set, 'cleanKept')
    }
  }
  for (const kind of new Set([...found, ...expected])) {
    const field = found.has(kind) && expected.has(kind) ? 'tp' : found.has(kind) ? 'fp' : 'fn'
    count(kind, field)
    countSet(set, field)
    if (verbose && found.has(kind) !== expected.has(kind)) {
      console.log(`${found.has(kind) ? 'FP' : 'FN'} ${kind}: ${JSON.stringify(text)} (${note})`)
    }
  }
}
const ratio = (a, b) => (b === 0 ? 1 : a / b)
const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b))
const total = {tp: 0, fp: 0, fn: 0}
console.log('| kind | cases | TP | FP | FN | precision | recall |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [kind, {tp, fp, fn}] of rows) {
  total.tp += tp
  total.fp += fp
  total.fn += fn
  console.log(`| ${kind} | ${tp + fn} | ${tp} | ${fp} | ${fn} | ${ratio(tp, tp + fp).toFixed(2)} | ${ratio(tp, tp + fn).toFixed(2)} |`)
}
console.log(`| **all** | ${total.tp + total.fn} | ${total.tp} | ${total.fp} | ${total.fn} | ${ratio(total.tp, total.tp + total.fp).toFixed(2)} | ${ratio(total.tp, total.tp + total.fn).toFixed(2)} |`)
console.log(`\n${cases.length} cases; ${cleanKept} of ${cleanTraps} clean traps produced no artifact.\n`)
console.log('| set | cases | clean traps kept | TP | FP | FN | precision | recall |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [set, row] of bySet) {
  console.log(`| ${set} | ${row.cases} | ${row.cleanKept}/${row.clean} | ${row.tp} | ${row.fp} | ${row.fn} | ${ratio(row.tp, row.tp + row.fp).toFixed(2)} | ${ratio(row.tp, row.tp + row.fn).toFixed(2)} |`)
}

// ---------------------------------------------------------------------------------------------
// Mojibake by code page, on clean text nobody here wrote and on the project's own sentences.
//
//   node scripts/eval-artifacts.mjs [--verbose] [--data ../shared/data]
//
// Each line with a non-ASCII letter is taken as clean text (it must not be flagged as mojibake
// nor changed by the mojibake repair), then damaged on purpose: its UTF-8 bytes read in each
// code page the detector knows (the tables of scripts/code-page-tables.mjs, written into packages/core/src/artifacts/code-pages.ts). A
// damaged line must be flagged and repaired back to the original exactly. Sources: the six
// non-English pages of extraction-dev's ground truth (Korean, Russian, Portuguese, German,
// Indonesian), the Chinese of the TED talks in data/real, and the clean sentences of
// packages/core/test/fixtures/artifacts/clean-sentences.json (written for the tests, so a
// development set, reported apart).
// ---------------------------------------------------------------------------------------------
import {existsSync} from 'node:fs'
import {findArtifacts as findAll, repairText as repair} from '../packages/core/dist/index.js'
import {codePageTables} from './code-page-tables.mjs'

const dataArg = process.argv.indexOf('--data')
const dataDir = new URL(dataArg > 0 ? `file://${process.argv[dataArg + 1]}/` : '../../shared/data/', import.meta.url)
// The same tables the generator writes into code-pages.ts (whose test checks them against TextDecoder).
const codePages = Object.fromEntries(codePageTables().map(({name, chars}) => [name, chars]))
const encoder = new TextEncoder()
const damage = (line, chars) => Array.from(encoder.encode(line), (byte) => (byte < 0x80 ? String.fromCharCode(byte) : chars[byte - 0x80])).join('')

function realLines() {
  const lines = []
  const truthFile = new URL('extraction-dev/ground-truth.json', dataDir)
  const tedFile = new URL('real/two-refs-ted-zhen.json', dataDir)
  if (!existsSync(truthFile) || !existsSync(tedFile)) return undefined
  for (const {articleBody} of Object.values(JSON.parse(readFileSync(truthFile, 'utf8')))) {
    const letters = (articleBody.match(/[^\p{ASCII}]/gu) ?? []).filter((char) => /\p{L}/u.test(char)).length
    if (letters > 20) lines.push(...articleBody.split('\n'))
  }
  for (const talk of JSON.parse(readFileSync(tedFile, 'utf8'))) lines.push(...talk.source_zh)
  return lines.map((line) => line.trim()).filter((line) => /[^\p{ASCII}]/u.test(line) && /\p{L}/u.test(line) && line.length <= 2000)
}

function measure(label, lines) {
  let cleanFlagged = 0
  let cleanChanged = 0
  for (const line of lines) {
    if (findAll(line, {kinds: ['mojibake']}).length > 0) {
      cleanFlagged++
      if (verbose) console.log(`FP ${label}: ${JSON.stringify(line.slice(0, 120))}`)
    }
    if (repair(line, {kinds: ['mojibake']}) !== line) cleanChanged++
  }
  console.log(`\n### ${label}: ${lines.length} clean lines\n`)
  console.log(`clean lines flagged as mojibake: ${cleanFlagged}; changed by the mojibake repair: ${cleanChanged}\n`)
  console.log('| code page | damaged lines | flagged | repaired exactly |')
  console.log('| --- | ---: | ---: | ---: |')
  const total = {damaged: 0, flagged: 0, repaired: 0}
  for (const [name, chars] of Object.entries(codePages)) {
    let damaged = 0
    let flagged = 0
    let repaired = 0
    for (const line of lines) {
      const broken = damage(line, chars)
      if (broken === line) continue
      damaged++
      if (findAll(broken, {kinds: ['mojibake']}).length > 0) flagged++
      const fixed = repair(broken, {kinds: ['mojibake']})
      if (fixed === line) repaired++
      else if (verbose) console.log(`MISS ${name}: ${JSON.stringify(broken.slice(0, 80))} → ${JSON.stringify(fixed.slice(0, 80))}`)
    }
    total.damaged += damaged
    total.flagged += flagged
    total.repaired += repaired
    console.log(`| ${name} | ${damaged} | ${ratio(flagged, damaged).toFixed(3)} | ${ratio(repaired, damaged).toFixed(3)} |`)
  }
  console.log(`| **all** | ${total.damaged} | ${ratio(total.flagged, total.damaged).toFixed(3)} | ${ratio(total.repaired, total.damaged).toFixed(3)} |`)
}

const own = JSON.parse(readFileSync(new URL('../packages/core/test/fixtures/artifacts/clean-sentences.json', import.meta.url), 'utf8')).sentences.map((s) => s.text)
const real = realLines()
if (real === undefined) console.error(`\neval-artifacts: no real text under ${dataDir.pathname}; pass --data <folder holding extraction-dev/ and real/>`)
else measure('real text (extraction-dev pages, TED Chinese)', real)
measure('own clean sentences (development)', own)

// English news with curly quotes, dashes and accented names (WMT21 references, MT output and
// second translations): lines with a non-ASCII character must not be flagged as mojibake or
// entity residue.
const wmtFile = new URL('real/wmt21-ja-is-en-docs.json', dataDir)
const refsFile = new URL('real/two-refs-news-de-cs-en.json', dataDir)
if (existsSync(wmtFile) && existsSync(refsFile)) {
  const lines = []
  for (const doc of JSON.parse(readFileSync(wmtFile, 'utf8'))) lines.push(...doc.reference, ...Object.values(doc.mt).flat())
  for (const set of JSON.parse(readFileSync(refsFile, 'utf8'))) lines.push(...set.lines_a, ...set.lines_b)
  const nonAscii = lines.filter((line) => /[^\p{ASCII}]/u.test(line))
  const flagged = nonAscii.filter((line) => findAll(line, {kinds: ['mojibake', 'entity-residue']}).length > 0)
  console.log(`\n### English news (WMT21): ${nonAscii.length} lines with a non-ASCII character; flagged as mojibake or entity residue: ${flagged.length}`)
  if (verbose) for (const line of flagged) console.log(`FP ${JSON.stringify(line.slice(0, 120))}`)
}
