// Polarity signals (negation, antonym, modality) on real sentence pairs, with
// `findSignals` run on each pair as one bead, so the figures do not depend on
// the aligner: SICK contradictions and entailments, the gold line pairs of two
// professional translations (a signal there is a false alarm unless a
// translator really changed something), and MRPC true paraphrases. Same
// dev/test halves as scripts/eval-real.mjs (a hash of each item's id; for the
// translations, of the 20-line chunk the line belongs to). Runs the BUILT core.
//
//   npx -y pnpm@10 build && node scripts/eval-polarity.mjs [dir] [--split dev|test|all] [--show sick-misses|sick-alarms|faithful|mrpc] [--module path/to/index.js]
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {inSplit, percent} from './real/common.mjs'
import {chunkLines} from './real/faithful.mjs'
import {failFor, importCore, realDataDir} from './real/open-inputs.mjs'

const fail = failFor('eval-polarity')

let parsed
try {
  parsed = parseArgs({allowPositionals: true, options: {split: {type: 'string', default: 'all'}, show: {type: 'string'}, module: {type: 'string'}}})
} catch (error) {
  fail(error.message)
}
const {values, positionals} = parsed
const dir = realDataDir(positionals[0], fail)
if (!['dev', 'test', 'all'].includes(values.split)) fail(`Expected \`--split\` to be dev, test or all, not \`${values.split}\``)
const shows = ['sick-misses', 'sick-alarms', 'faithful', 'mrpc']
if (values.show !== undefined && !shows.includes(values.show)) fail(`Expected \`--show\` to be one of ${shows.join(', ')}, not \`${values.show}\``)
const {findSignals, signalKinds} = await importCore(values.module, fail)

const polarityKinds = ['negation', 'antonym', 'modality'].filter((kind) => signalKinds.includes(kind))
const bead = (text) => ({start: 0, end: text.length, text})
const readJsonLines = (file) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line))
const shown = []
const show = (part, source, variant, signals) => {
  if (values.show === part) shown.push(`${source}\n${variant}\n${signals.map((s) => `=> ${s.kind} ${s.severity}: ${s.message}`).join('\n')}\n`)
}
const rows = []
const row = (part, what, count, n) => rows.push({part, what, value: percent(count, n), n})

// SICK: contradictions and entailments, every signal kind, error severity.
const sick = {CONTRADICTION: {n: 0, error: 0, kinds: {}}, ENTAILMENT: {n: 0, error: 0, kinds: {}}}
for (const item of readJsonLines('sick-train.jsonl')) {
  const tally = sick[item.entailment]
  if (tally === undefined || !inSplit(item.id, values.split)) continue
  const errors = findSignals(bead(item.source), bead(item.variant)).filter((s) => s.severity === 'error')
  tally.n++
  if (errors.length > 0) tally.error++
  for (const kind of new Set(errors.map((s) => s.kind))) tally.kinds[kind] = (tally.kinds[kind] ?? 0) + 1
  if (item.entailment === 'CONTRADICTION' && errors.length === 0) show('sick-misses', item.source, item.variant, [])
  if (item.entailment === 'ENTAILMENT' && errors.length > 0) show('sick-alarms', item.source, item.variant, errors)
}
row('sick', 'contradictions with an error-severity signal', sick.CONTRADICTION.error, sick.CONTRADICTION.n)
row('sick', 'entailments with an error-severity signal', sick.ENTAILMENT.error, sick.ENTAILMENT.n)
for (const kind of polarityKinds) {
  row('sick', `contradictions raising \`${kind}\` (error)`, sick.CONTRADICTION.kinds[kind] ?? 0, sick.CONTRADICTION.n)
  row('sick', `entailments raising \`${kind}\` (error)`, sick.ENTAILMENT.kinds[kind] ?? 0, sick.ENTAILMENT.n)
}

// Two professional translations, gold line i ↔ line i, polarity kinds only.
const faithful = {n: 0, kinds: {}}
for (const set of JSON.parse(readFileSync(join(dir, 'two-refs-news-de-cs-en.json'), 'utf8'))) {
  const lines = Math.min(set.lines_a.length, set.lines_b.length)
  for (let i = 0; i < lines; i++) {
    const chunk = i - (i % chunkLines)
    if (!inSplit(`two-refs-news-de-cs-en.json:${set.doc}:${chunk}`, values.split)) continue
    const signals = findSignals(bead(set.lines_a[i]), bead(set.lines_b[i]), {kinds: polarityKinds})
    faithful.n++
    for (const kind of new Set(signals.map((s) => `${s.kind} ${s.severity}`))) faithful.kinds[kind] = (faithful.kinds[kind] ?? 0) + 1
    if (signals.length > 0) show('faithful', set.lines_a[i], set.lines_b[i], signals)
  }
}
for (const kind of polarityKinds) {
  for (const severity of ['error', 'warning']) {
    if (kind !== 'modality' && severity === 'warning') continue
    row('faithful', `line pairs raising \`${kind}\` (${severity}): false alarms`, faithful.kinds[`${kind} ${severity}`] ?? 0, faithful.n)
  }
}

// MRPC true paraphrases: negation and antonym only (a paraphrase keeps polarity).
const mrpc = {n: 0, kinds: {}}
for (const item of readJsonLines('mrpc-train.jsonl')) {
  if (!item.paraphrase || !inSplit(item.id, values.split)) continue
  const signals = findSignals(bead(item.source), bead(item.variant), {kinds: polarityKinds.filter((k) => k !== 'modality')})
  mrpc.n++
  for (const kind of new Set(signals.map((s) => s.kind))) mrpc.kinds[kind] = (mrpc.kinds[kind] ?? 0) + 1
  if (signals.length > 0) show('mrpc', item.source, item.variant, signals)
}
for (const kind of polarityKinds.filter((k) => k !== 'modality')) row('mrpc', `paraphrases raising \`${kind}\``, mrpc.kinds[kind] ?? 0, mrpc.n)

if (values.show !== undefined) console.log(shown.join('\n'))
console.log(`polarity signals, each pair as one bead: ${dir} (split: ${values.split})\n`)
console.log('| part | what | % | n |')
console.log('| --- | --- | ---: | ---: |')
for (const r of rows) console.log(`| ${r.part} | ${r.what} | ${r.value === null ? '–' : r.value.toFixed(1)} | ${r.n} |`)
