// The source index at scale: 100,000 documents (the real documents of
// ../shared/data/real and same-topic decoys built from their lines, as
// scripts/eval-index.mjs builds them), then every real query. Prints build
// time, heap and serialized bytes per document, and query time; then an index
// of 5,000 documents that keeps its texts: its read-back time and memory.
// Figures go to docs/benchmarks.md; accuracy is measured by scripts/eval-index.mjs.
//
//   node --expose-gc bench/index.bench.mjs [data-dir] [--documents N]
import {createSourceIndex, deserializeSourceIndex} from '../packages/core/dist/index.js'
import {buildDecoys, dataFolder, loadDocuments} from '../scripts/retrieval/corpus.mjs'

const args = process.argv.slice(2)
const at = args.indexOf('--documents')
const total = at === -1 ? 100_000 : Number(args[at + 1])
const dir = dataFolder(args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--documents'), 'index.bench')

const documents = loadDocuments(dir)
const decoys = buildDecoys(documents, total - documents.length)
const texts = [...documents.map((document) => [document.id, document.lines.join('\n')]), ...decoys.map((decoy) => [decoy.id, decoy.text])]
const queries = documents.flatMap((document) => document.queries.map((query) => query.text))

const heap = () => {
  globalThis.gc?.()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}
const before = heap()
const startedCpu = process.cpuUsage()
const index = createSourceIndex()
let started = performance.now()
for (const [id, text] of texts) index.add(id, text)
const buildSeconds = (performance.now() - started) / 1000
const buildCpu = process.cpuUsage(startedCpu)
const heapPerDocument = (heap() - before) / index.size
// The texts stay referenced until here, so that their memory is in both measurements and not in the difference.
if (texts.length !== index.size) throw new Error('duplicate ids among the documents')

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor(values.length * p)]
// Wall time and CPU time (user + system) of each query: on a shared machine the second is steadier.
const time = (run) => {
  for (const query of queries.slice(0, 50)) run(query)
  const cpuTimes = []
  const times = queries.map((query) => {
    const start = performance.now()
    const cpu = process.cpuUsage()
    run(query)
    const used = process.cpuUsage(cpu)
    cpuTimes.push((used.user + used.system) / 1000)
    return performance.now() - start
  })
  times.cpu = cpuTimes
  return times
}
const times = time((query) => index.query(query, {k: 5}))

started = performance.now()
const bytes = index.serialize()
const serializeMs = performance.now() - started
started = performance.now()
const copy = deserializeSourceIndex(bytes)
const deserializeSeconds = (performance.now() - started) / 1000
const copyTimes = time((query) => copy.query(query, {k: 5}))

// An index that keeps its texts, as `driftlens index add` writes it, over the first 5,000 documents:
// reading it back copies the bytes and decodes a text only when `text(id)` first asks for it.
const kept = texts.slice(0, 5000)
const withTexts = createSourceIndex({keepTexts: true})
for (const [id, text] of kept) withTexts.add(id, text)
const textBytes = withTexts.serialize()
const heapBeforeRead = heap()
started = performance.now()
const read = deserializeSourceIndex(textBytes)
const readSeconds = (performance.now() - started) / 1000
const readHeap = heap() - heapBeforeRead
started = performance.now()
for (const [id, text] of kept) if (read.text(id) !== text) throw new Error(`text of ${id} read back wrong`)
const allTextsSeconds = (performance.now() - started) / 1000

console.table([
  {figure: 'documents indexed', value: index.size},
  {figure: 'build (documents per second)', value: Math.round(index.size / buildSeconds)},
  {figure: 'build (documents per CPU second)', value: Math.round(index.size / ((buildCpu.user + buildCpu.system) / 1e6))},
  {figure: 'heap per document (bytes, index structures only)', value: Math.round(heapPerDocument)},
  {figure: 'serialized per document (bytes)', value: Math.round(bytes.length / index.size)},
  {figure: `query median ms (${times.length} real queries, k 5)`, value: +median(times).toFixed(2)},
  {figure: 'query median CPU ms', value: +median(times.cpu).toFixed(2)},
  {figure: 'query p90 ms', value: +percentile(times, 0.9).toFixed(2)},
  {figure: 'query p99 ms', value: +percentile(times, 0.99).toFixed(2)},
  {figure: 'serialize ms', value: Math.round(serializeMs)},
  {figure: 'deserialize s', value: +deserializeSeconds.toFixed(2)},
  {figure: 'query median ms after deserialize', value: +median(copyTimes).toFixed(2)},
  {figure: 'query median CPU ms after deserialize', value: +median(copyTimes.cpu).toFixed(2)},
  {figure: `with texts, ${kept.length} documents: serialized MB`, value: +(textBytes.length / 1e6).toFixed(1)},
  {figure: 'with texts: deserialize s', value: +readSeconds.toFixed(2)},
  {figure: 'with texts: heap and buffers after deserialize MB', value: +(readHeap / 1e6).toFixed(1)},
  {figure: 'with texts: every text(id) once, s', value: +allTextsSeconds.toFixed(2)},
])
