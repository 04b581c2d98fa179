// Memory of one large compareTexts call, in this process: the seeds repeated
// to about N MB a side (001 as the source, 000 as the variant, as
// cli-big.bench.mjs builds them), with RSS, array buffers and heap in use read
// at every step `onProgress` announces (every 256 beads in the compare step)
// and the highest of each printed per step, then the process's peak RSS.
//
// With --old-garbage, V8's sampling heap profiler runs through the compare
// and report steps keeping the objects that a full collection freed but not
// those a young-generation collection freed: what reached the old generation,
// the report's own data (the beads' diffs and signals) and the garbage that
// died there and lets the heap grow between full collections. It prints the
// sampled bytes by function (sampled, so sizes are estimates; the ranking is
// what to read). Run it with
// `node --no-turbo-inlining` so that functions inlined by the optimizer are
// not counted in their callers.
//
//   npx -y pnpm@10 build
//   node bench/compare-memory.mjs [--megabytes 10] [--no-signals] [--build <…/packages/core/dist/index.js>]
//   node --no-turbo-inlining bench/compare-memory.mjs --megabytes 2 --old-garbage
import {Session} from 'node:inspector'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {seedTexts} from '../scripts/seed-texts.mjs'

const {values} = parseArgs({
  options: {megabytes: {type: 'string', default: '10'}, 'no-signals': {type: 'boolean', default: false}, 'old-garbage': {type: 'boolean', default: false}, build: {type: 'string'}},
})
const megabytes = Number(values.megabytes)
if (!(megabytes > 0)) {
  console.error(`--megabytes must be a positive number, not \`${values.megabytes}\``)
  process.exit(2)
}
const core = values.build === undefined ? new URL('../packages/core/dist/index.js', import.meta.url).href : pathToFileURL(resolve(values.build)).href
const {compareTexts} = await import(core)
const build = (text) => Array.from({length: Math.ceil((megabytes * 1e6) / (text.length + 2))}, () => text).join('\n\n')
const source = build(seedTexts['001'])
const variant = build(seedTexts['000'])
const mib = (bytes) => (bytes / 1048576).toFixed(0)

const session = new Session()
const post = (method, parameters) => new Promise((done, fail) => session.post(method, parameters, (error, result) => (error ? fail(error) : done(result))))
if (values['old-garbage']) {
  session.connect()
  await post('HeapProfiler.enable')
}

const highest = new Map()
let sampling = false
const sample = (stage) => {
  const memory = process.memoryUsage()
  const row = highest.get(stage) ?? {rss: 0, arrayBuffers: 0, heapUsed: 0, samples: 0}
  row.rss = Math.max(row.rss, memory.rss)
  row.arrayBuffers = Math.max(row.arrayBuffers, memory.arrayBuffers)
  row.heapUsed = Math.max(row.heapUsed, memory.heapUsed)
  row.samples++
  highest.set(stage, row)
}
const start = process.cpuUsage()
compareTexts(source, variant, {
  ...(values['no-signals'] ? {signals: false} : {}),
  onProgress: ({stage}) => {
    sample(stage)
    if (values['old-garbage'] && stage === 'compare' && !sampling) {
      sampling = true
      // Synchronous on the same thread: sampling starts before the next bead.
      session.post('HeapProfiler.startSampling', {samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false})
    }
  },
})
sample('(end)')
const cpu = process.cpuUsage(start)
console.log(`compareTexts, ${megabytes} MB a side${values['no-signals'] ? ', signals off' : ''}: highest value read during each step (MiB)\n`)
console.log('| step | reads | RSS | array buffers | heap used |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const [stage, row] of highest) console.log(`| ${stage} | ${row.samples} | ${mib(row.rss)} | ${mib(row.arrayBuffers)} | ${mib(row.heapUsed)} |`)
console.log(`\npeak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`)

if (values['old-garbage']) {
  const {profile} = await post('HeapProfiler.stopSampling')
  const byFunction = new Map()
  let total = 0
  const walk = (node) => {
    const {functionName, url, lineNumber} = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize)
    total += node.selfSize
    for (const child of node.children) walk(child)
  }
  walk(profile.head)
  console.log(`\nallocated in the compare and report steps and not freed by a young-generation collection (kept, or freed by a full one): ${(total / 1048576).toFixed(1)} MiB sampled\n`)
  console.log('| MiB | share | function |')
  console.log('| ---: | ---: | --- |')
  for (const [key, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${(size / 1048576).toFixed(1)} | ${((100 * size) / total).toFixed(1)}% | ${key} |`)
}
