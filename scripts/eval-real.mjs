// Accuracy of driftlens on real text nobody on this project wrote
// (../shared/data/real/, see its README): faithful translations, the MRPC and
// SICK sentence pairs, MQM-rated machine translation, and the alignment of
// WMT21 documents. Runs the BUILT core, so build first.
//
//   npx -y pnpm@10 build && node scripts/eval-real.mjs [dir] [--split dev|test|all] [--only faithful,ted,mrpc,sick,mqm,align] [--full] [--json] [--module path/to/index.js] [--show kind[:severity]]
//
// --show number:warning prints every faithful news bead raising a `number`
// signal of at least that severity (default info), with both sides and all
// its signals: the false alarms to read by hand. Use with --only faithful
// (or --only ted for the TED round trip); `any` stands for every kind.
//
// --split: every data set is halved by a hash of each item's id (document,
// chunk, row or segment): tune on `dev`, report on `test` (docs/real-text.md).
// Default `all`. --full: no subsampling (slower; MRPC, SICK and MQM are
// otherwise sampled deterministically, see each part's `limit`).
// One module per data kind lives in scripts/real/. The closing table lists,
// per signal kind, false alarms on faithful beads, recall on SICK
// contradictions and on MQM accuracy errors, and precision over those.
import {parseArgs} from 'node:util'
import {alignment} from './real/alignment.mjs'
import {countKinds, percent} from './real/common.mjs'
import {failFor, importCore, realDataDir} from './real/open-inputs.mjs'
import {faithful, ted} from './real/faithful.mjs'
import {mqm} from './real/mqm.mjs'
import {mrpc, sick} from './real/pairs.mjs'

const parts = [faithful, ted, mrpc, sick, mqm, alignment]
const partNames = parts.map((part) => part.name)

const fail = failFor('eval-real')

let parsed
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      split: {type: 'string', default: 'all'},
      only: {type: 'string'},
      full: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
      module: {type: 'string'},
      show: {type: 'string'},
    },
  })
} catch (error) {
  fail(error.message)
}
const {values, positionals} = parsed
const dir = realDataDir(positionals[0], fail)
if (!['dev', 'test', 'all'].includes(values.split)) fail(`Expected \`--split\` to be dev, test or all, not \`${values.split}\``)
const only = values.only === undefined ? partNames : values.only.split(',').map((name) => name.trim())
for (const name of only) if (!partNames.includes(name)) fail(`Expected \`--only\` to list some of ${partNames.join(', ')}, not \`${name}\``)
let showKind
if (values.show !== undefined) {
  const [kind, severity = 'info'] = values.show.split(':')
  if (!['info', 'warning', 'error'].includes(severity)) fail(`Expected \`--show\` to be kind[:info|warning|error], not \`${values.show}\``)
  showKind = {kind, severity}
}
const core = await importCore(values.module, fail)

const results = {}
for (const part of parts) {
  if (!only.includes(part.name)) continue
  const started = performance.now()
  results[part.name] = part.run(core, dir, {split: values.split, limit: values.full ? undefined : part.limit, show: showKind})
  results[part.name].seconds = (performance.now() - started) / 1000
  if (!values.json) console.error(`${part.name}: ${results[part.name].seconds.toFixed(1)} s`)
}

// Per signal kind: false alarms on faithful beads; recall on SICK contradictions and MQM accuracy errors.
const kinds = [...core.signalKinds]
const faithfulCounts = results.faithful ? countKinds(results.faithful.kindSets, kinds) : undefined
const faithfulWarnings = results.faithful ? countKinds(results.faithful.warningKindSets, kinds) : undefined
const faithfulErrors = results.faithful ? countKinds(results.faithful.errorKindSets, kinds) : undefined
const sickCounts = results.sick ? countKinds(results.sick.kindSets, kinds) : undefined
const mqmCounts = results.mqm ? countKinds(results.mqm.kindSets, kinds) : undefined
const kindRows = kinds.map((kind) => {
  const hits = (sickCounts?.[kind] ?? 0) + (mqmCounts?.[kind] ?? 0)
  const falseAlarms = faithfulCounts?.[kind] ?? 0
  return {
    kind,
    faithfulFalseAlarms: faithfulCounts ? percent(falseAlarms, results.faithful.kindSets.length) : null,
    faithfulWarnings: faithfulWarnings ? percent(faithfulWarnings[kind], results.faithful.kindSets.length) : null,
    faithfulErrors: faithfulErrors ? percent(faithfulErrors[kind], results.faithful.kindSets.length) : null,
    precision: faithfulCounts && (sickCounts || mqmCounts) && hits + falseAlarms > 0 ? hits / (hits + falseAlarms) : null,
    sickRecall: sickCounts ? percent(sickCounts[kind], results.sick.kindSets.length) : null,
    mqmRecall: mqmCounts ? percent(mqmCounts[kind], results.mqm.kindSets.length) : null,
  }
})

const rows = Object.values(results).flatMap((result) => result.rows)
if (values.json) {
  const detail = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, {rows: r.rows, detail: r.detail, seconds: r.seconds}]))
  console.log(JSON.stringify({dir, split: values.split, full: values.full, parts: detail, kinds: kindRows}, null, 2))
} else {
  const show = (value, unit) => (value === null || value === undefined ? '–' : unit === '%' ? `${value.toFixed(1)}%` : Number.isInteger(value) ? String(value) : value.toFixed(3))
  console.log(`driftlens on real text: ${dir} (split: ${values.split}${values.full ? ', full' : ''})\n`)
  console.log('| part | what | value | n | target |')
  console.log('| --- | --- | ---: | ---: | --- |')
  for (const row of rows) console.log(`| ${row.part} | ${row.what} | ${show(row.value, row.unit)} | ${row.n} | ${row.target ?? ''} |`)
  if (faithfulCounts || sickCounts || mqmCounts) {
    console.log('\nPer signal kind: faithful = % of faithful news beads raising it at any severity (false alarms), then at warning or error, then at error; SICK / MQM = % of contradictions / accuracy-error segments raising it; precision = those hits / (hits + faithful beads raising it).\n')
    console.log('| kind | faithful | faithful ≥ warning | faithful error | precision | SICK recall | MQM recall |')
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const r of kindRows) console.log(`| ${r.kind} | ${show(r.faithfulFalseAlarms, '%')} | ${show(r.faithfulWarnings, '%')} | ${show(r.faithfulErrors, '%')} | ${show(r.precision, '')} | ${show(r.sickRecall, '%')} | ${show(r.mqmRecall, '%')} |`)
  }
}
