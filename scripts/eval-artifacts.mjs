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
