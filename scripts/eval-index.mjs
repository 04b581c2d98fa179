// Accuracy of the source index (createSourceIndex) on real text: each real
// document's reference is indexed among at least 10,000 same-topic decoys
// (scripts/retrieval/corpus.mjs says how they are built) made from the lines
// of the other half of the documents (two folds), then queried with
// other renderings of it (MT systems' output, a second human translation, a
// human round trip through Chinese). Prints recall@1, recall@k and false
// positives per part, the tuning part (ja-en, de-en) apart from the held-out
// part (is-en, cs-en, ted), then the seed checks.
//
//   node scripts/eval-index.mjs [data-dir] [--decoys N] [--k K] [--min-score S] [--fold 0|1] [--verbose]
//
// data-dir defaults to ../shared/data/real beside the repository. Build first: `pnpm build`.
import {createSourceIndex, defaultSourceIndexOptions} from '../packages/core/dist/index.js'
import {buildDecoys, dataFolder, loadDocuments} from './retrieval/corpus.mjs'
import {seedTexts as seeds} from './seed-texts.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at === -1 ? fallback : Number(args[at + 1])
}
const decoyCount = option('--decoys', 10_000)
const k = option('--k', 5)
const minScore = option('--min-score', defaultSourceIndexOptions.minScore)
const verbose = args.includes('--verbose')
const dir = dataFolder(args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')), 'eval-index')

const documents = loadDocuments(dir)
const groups = ['ja-en', 'de-en', 'is-en', 'cs-en', 'ted']
const tuning = new Set(['ja-en', 'de-en'])
const rows = new Map(groups.map((group) => [group, {queries: 0, first: 0, inK: 0, wrongFirst: 0, absentFalse: 0, scores: []}]))
const times = []
const absentScores = []
const builds = []
let lastIndex

// Two folds: the documents of one fold are queried against an index of every
// reference plus decoys built only from the other fold's lines, so that no
// decoy holds lines of the document being looked for (a decoy that did would
// be a partial copy of it, not a false match).
const onlyFold = args.indexOf('--fold') === -1 ? undefined : option('--fold', 0)
for (const fold of [0, 1]) {
  if (onlyFold !== undefined && fold !== onlyFold) continue
  const lenders = documents.filter((_, position) => position % 2 !== fold)
  const decoys = buildDecoys(lenders, decoyCount, 20211 + fold)
  const index = createSourceIndex({minScore})
  let started = performance.now()
  for (const document of documents) index.add(document.id, document.lines.join('\n'))
  for (const decoy of decoys) index.add(decoy.id, decoy.text)
  builds.push({ms: performance.now() - started, size: index.size, bytes: index.serialize().length})
  for (const document of documents.filter((_, position) => position % 2 === fold)) {
    const row = rows.get(document.group)
    for (const query of document.queries) {
      started = performance.now()
      const candidates = index.query(query.text, {k})
      times.push(performance.now() - started)
      const rank = candidates.findIndex((candidate) => candidate.id === document.id)
      row.queries++
      if (rank === 0) row.first++
      if (rank !== -1) row.inK++
      if (candidates.length > 0 && rank !== 0) row.wrongFirst++
      row.scores.push(candidates[rank]?.score ?? 0)
    }
    // The same queries with the document taken out: anything found now is a false positive.
    index.remove(document.id)
    for (const query of document.queries) {
      const found = index.query(query.text, {k})
      if (found.length > 0) row.absentFalse++
      if (found.length > 0 && verbose) console.log(`  with ${document.id} absent, its ${query.name} query finds ${JSON.stringify(found.slice(0, 2))}`)
      absentScores.push(found[0]?.score ?? 0)
    }
    index.add(document.id, document.lines.join('\n'))
  }
  lastIndex = index
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]
}
const percent = (part, whole) => (whole === 0 ? '–' : (part / whole).toFixed(3))
console.log(`source index, two folds: ${documents.length} real documents + ${decoyCount} decoys each (${builds[0].size} indexed, minScore ${minScore}), built in ${builds.map((build) => (build.ms / 1000).toFixed(1)).join(' and ')} s; serialized ${(builds[0].bytes / builds[0].size).toFixed(0)} bytes per document`)
console.log(`query time (k ${k}; wall clock, so it grows with the machine's load: bench/index.bench.mjs measures CPU time too): median ${median(times).toFixed(2)} ms, p99 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)].toFixed(2)} ms over ${times.length} queries\n`)
console.log(`| part | split | queries | recall@1 | recall@${k} | wrong document first | false positive with the source absent | median score of the source |`)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
const total = (names) => {
  const sum = {queries: 0, first: 0, inK: 0, wrongFirst: 0, absentFalse: 0, scores: []}
  for (const name of names) {
    const row = rows.get(name)
    for (const key of ['queries', 'first', 'inK', 'wrongFirst', 'absentFalse']) sum[key] += row[key]
    sum.scores.push(...row.scores)
  }
  return sum
}
const line = (name, split, row) =>
  console.log(`| ${name} | ${split} | ${row.queries} | ${percent(row.first, row.queries)} | ${percent(row.inK, row.queries)} | ${percent(row.wrongFirst, row.queries)} | ${percent(row.absentFalse, row.queries)} | ${median(row.scores).toFixed(2)} |`)
for (const group of groups) line(group, tuning.has(group) ? 'tuning' : 'held out', rows.get(group))
line('**tuning**', '', total(groups.filter((group) => tuning.has(group))))
line('**held out**', '', total(groups.filter((group) => !tuning.has(group))))
line('**all**', '', total(groups))

const sortedAbsent = [...absentScores].sort((a, b) => a - b)
console.log(`\nbest score of another document with the source absent: 99th percentile ${sortedAbsent[Math.floor(sortedAbsent.length * 0.99)].toFixed(3)}, highest ${sortedAbsent.at(-1).toFixed(3)}`)

// The seeds: with 001 indexed, 000 finds it first, 003 among its candidates, 002 and 004 nothing.
console.log('\nseeds, 001 indexed alone and among the decoys:')
const alone = createSourceIndex({minScore})
alone.add('001', seeds['001'])
const index = lastIndex
index.add('001', seeds['001'])
const expected = {'000': 'first', '003': 'found', '002': 'nothing', '004': 'nothing'}
for (const [name, want] of Object.entries(expected)) {
  for (const [where, at] of [['alone', alone], ['among decoys', index]]) {
    const candidates = at.query(seeds[name], {k})
    const rank = candidates.findIndex((candidate) => candidate.id === '001')
    const ok = want === 'first' ? rank === 0 : want === 'found' ? rank !== -1 : candidates.length === 0
    console.log(`  ${name} (${where}): ${ok ? 'ok' : 'FAILS'} (${want}) ${JSON.stringify(candidates.map((candidate) => [candidate.id, +candidate.score.toFixed(2)]))}`)
  }
}
