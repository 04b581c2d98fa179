// Precision and recall of the drift-signal detectors per kind over the
// hand-labelled sentence pairs in packages/core/test/fixtures/signals/:
// cases.json (the development set, also run by jest) or, with --set holdout,
// holdout.json (written after the detectors in batches, each scored blind once;
// see docs/signals.md for those first scores).
//
//   npx -y pnpm@10 build && node scripts/eval-signals.mjs [--set cases|holdout] [--verbose] [--json] [--module path/to/index.js]
//
// A case counts once per kind: a true positive when the kind is expected and
// found, a false positive when found but not expected, a false negative when
// expected but not found. Paraphrase cases (no expected kind) also give the
// share of paraphrases that raised any signal.
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {pathToFileURL} from 'node:url'

const {values} = parseArgs({options: {set: {type: 'string', default: 'cases'}, verbose: {type: 'boolean', default: false}, module: {type: 'string'}, json: {type: 'boolean', default: false}}})
const modulePath = values.module ?? new URL('../packages/core/dist/index.js', import.meta.url).pathname
const {findSignals, signalKinds} = await import(pathToFileURL(modulePath).href)
if (!['cases', 'holdout'].includes(values.set)) throw new Error(`Expected \`--set\` to be cases or holdout, not \`${values.set}\``)
const cases = JSON.parse(readFileSync(new URL(`../packages/core/test/fixtures/signals/${values.set}.json`, import.meta.url), 'utf8'))

const counts = Object.fromEntries(signalKinds.map((kind) => [kind, {tp: 0, fp: 0, fn: 0}]))
let paraphrases = 0
let noisyParaphrases = 0
const misses = []
for (const item of cases) {
  const source = {start: 0, end: item.source.length, text: item.source}
  const variant = {start: 0, end: item.variant.length, text: item.variant}
  const signals = findSignals(source, variant)
  const found = new Set(signals.map((s) => s.kind))
  const expected = new Set(item.expected)
  for (const kind of signalKinds) {
    if (found.has(kind) && expected.has(kind)) counts[kind].tp++
    else if (found.has(kind)) counts[kind].fp++
    else if (expected.has(kind)) counts[kind].fn++
  }
  if (expected.size === 0) {
    paraphrases++
    if (found.size > 0) noisyParaphrases++
  }
  const wrong = [...found].some((k) => !expected.has(k)) || [...expected].some((k) => !found.has(k))
  if (wrong) misses.push({id: item.id, expected: [...expected], found: signals.map((s) => `${s.kind}: ${s.message}`)})
}

const ratio = (a, b) => (b === 0 ? null : a / b)
const format = (x) => (x === null ? '–' : x.toFixed(2))
const rows = signalKinds.map((kind) => {
  const {tp, fp, fn} = counts[kind]
  return {kind, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn)}
})
const total = rows.reduce((sum, r) => ({tp: sum.tp + r.tp, fp: sum.fp + r.fp, fn: sum.fn + r.fn}), {tp: 0, fp: 0, fn: 0})
if (values.json) {
  console.log(JSON.stringify({cases: cases.length, paraphrases, noisyParaphrases, rows, total}, null, 2))
} else {
  console.log(`${values.set}.json: ${cases.length} labelled pairs (${paraphrases} paraphrases with no expected signal)\n`)
  console.log('| kind | TP | FP | FN | precision | recall |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const r of rows) console.log(`| ${r.kind} | ${r.tp} | ${r.fp} | ${r.fn} | ${format(r.precision)} | ${format(r.recall)} |`)
  console.log(`| all | ${total.tp} | ${total.fp} | ${total.fn} | ${format(ratio(total.tp, total.tp + total.fp))} | ${format(ratio(total.tp, total.tp + total.fn))} |`)
  console.log(`\nParaphrases that raised any signal: ${noisyParaphrases} of ${paraphrases}`)
  if (values.verbose) for (const miss of misses) console.log(`\n${miss.id}: expected [${miss.expected.join(', ')}]\n  ${miss.found.join('\n  ') || '(nothing)'}`)
}
