// compareRecords over a 10,000-record stream: memory must stay flat (results are written and
// dropped as they come), and worker threads should scale throughput on a multi-core machine.
// Records pair each paragraph of seed 001 with the same paragraph of its round trip (seed 000),
// cycling, so every record is a real comparison of a few sentences.
//
//   node --expose-gc bench/batch.bench.mjs [records]
import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {compareRecords, stringifyNdjson} from '../packages/adapters/dist/index.js'

const total = Number(process.argv[2] ?? 10_000)
const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8').split(/\n\s*\n/).filter((p) => p.trim())
const sources = seed('001_db457dd8b98fe6bd.txt')
const variants = seed('000_45abfce7d79872e0.txt')
const pairs = Math.min(sources.length, variants.length)

async function* records(count) {
  for (let index = 0; index < count; index++) {
    yield {id: index, source: sources[index % pairs], variant: variants[index % pairs], batch: 'bench'}
  }
}

const megabytes = (bytes) => (bytes / 1024 / 1024).toFixed(1)

async function run(concurrency, count, checkpoints) {
  globalThis.gc?.()
  const started = performance.now()
  const samples = []
  let done = 0
  let bytes = 0
  let peakRss = 0
  for await (const line of stringifyNdjson(compareRecords(records(count), {concurrency}))) {
    bytes += line.length
    done++
    if (done % 250 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss)
    if (checkpoints.includes(done)) {
      globalThis.gc?.()
      samples.push([done, process.memoryUsage().heapUsed, process.memoryUsage().rss])
    }
  }
  const seconds = (performance.now() - started) / 1000
  return {seconds, rate: count / seconds, samples, bytes, peakRss}
}

console.log(`${total} records (paragraph pairs of seeds 001 and 000), ${availableParallelism()} cores`)
const checkpoints = [1000, Math.round(total / 2), total]
const single = await run(1, total, checkpoints)
console.log('\n| records done | heap used after GC | RSS |')
console.log('| --- | --- | --- |')
for (const [done, heap, rss] of single.samples) console.log(`| ${done} | ${megabytes(heap)} MB | ${megabytes(rss)} MB |`)
console.log(`\nconcurrency 1: ${single.seconds.toFixed(1)} s, ${single.rate.toFixed(0)} records/s, peak RSS ${megabytes(single.peakRss)} MB, ${megabytes(single.bytes)} MB of NDJSON written`)
const workers = Math.max(2, Math.min(4, availableParallelism()))
const parallel = await run(workers, Math.min(total, 2000), [])
console.log(`concurrency ${workers} (worker threads), ${Math.min(total, 2000)} records: ${parallel.seconds.toFixed(1)} s, ${parallel.rate.toFixed(0)} records/s (${(parallel.rate / single.rate).toFixed(2)}× concurrency 1), peak RSS ${megabytes(parallel.peakRss)} MB`)
