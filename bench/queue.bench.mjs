// Queue throughput on a real redis-server started on loopback: jobs per second
// with 1 and 2 worker processes (each at concurrency 1, one worker thread),
// over the four seed pairs repeated, and Redis memory per stored result; then
// 2 workers reading the source from a source index file (--index) instead of
// the Redis source store.
// Skips with a message when redis-server is not installed.
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

if (spawnSync('redis-server', ['--version'], {stdio: 'ignore'}).status !== 0) {
  console.log('redis-server is not installed (apt-get install redis-server): queue benchmark skipped')
  process.exit(0)
}
const {openQueue} = await import('../packages/adapters/dist/queue.js')
const {createSourceIndex} = await import('../packages/core/dist/index.js')
const {Redis} = await import('../packages/adapters/node_modules/ioredis/built/index.js')

const seedFolder = new URL('../seeds/', import.meta.url)
const seed = (prefix) => readFileSync(new URL(readdirSync(seedFolder).find((file) => file.startsWith(`${prefix}_`)), seedFolder), 'utf8')
const source = seed('001')
const variants = ['000', '002', '003', '004'].map(seed)
const jobs = Number(process.env.QUEUE_BENCH_JOBS ?? 400)

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const {port} = server.address()
    server.close(() => resolve(port))
  })
})
const redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {stdio: 'ignore'})
await new Promise((resolve) => setTimeout(resolve, 500))
const url = `redis://127.0.0.1:${port}`
const indexFile = join(mkdtempSync(join(tmpdir(), 'driftlens-bench-')), 'sources.idx')
const index = createSourceIndex({keepTexts: true})
index.add('aj', source)
writeFileSync(indexFile, index.serialize())
const workerScript = (queue, fromIndex) =>
  `const {startWorker} = await import(${JSON.stringify(new URL('../packages/adapters/dist/queue.js', import.meta.url).pathname)});
   const w = await startWorker({redis: ${JSON.stringify(url)}, queue: ${JSON.stringify(queue)}, concurrency: 1${fromIndex ? `, index: ${JSON.stringify(indexFile)}` : ''}});
   process.once('SIGTERM', () => w.close().then(() => process.exit(0)));`

const rows = []
for (const [workers, fromIndex] of [[1, false], [2, false], [2, true]]) {
  const name = `bench${workers}${fromIndex ? 'index' : ''}`
  const queue = await openQueue({redis: url, queue: name})
  if (!fromIndex) await queue.putSources([{id: 'aj', text: source}])
  const processes = Array.from({length: workers}, () => spawn(process.execPath, ['--input-type=module', '-e', workerScript(name, fromIndex)], {stdio: 'inherit'}))
  // Let the workers start before the clock does.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const started = performance.now()
  await queue.add(Array.from({length: jobs}, (_, index) => ({id: `j${index}`, sourceId: 'aj', variant: variants[index % 4]})))
  for (;;) {
    const {results} = await queue.progress()
    if (results >= jobs) break
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const seconds = (performance.now() - started) / 1000
  rows.push({workers, sources: fromIndex ? 'index file' : 'Redis store', jobs, seconds: seconds.toFixed(2), jobsPerSecond: (jobs / seconds).toFixed(1)})
  for (const child of processes) child.kill('SIGTERM')
  await Promise.all(processes.map((child) => new Promise((resolve) => child.once('exit', resolve))))
  if (workers === 2 && !fromIndex) {
    const redis = new Redis(url)
    const bytes = await redis.call('MEMORY', 'USAGE', `{driftlens:${name}}:results`, 'SAMPLES', '0')
    rows.push({resultHashBytes: bytes, bytesPerResult: Math.round(bytes / jobs)})
    await redis.quit()
  }
  await queue.obliterate()
  await queue.close()
}
console.table(rows)
redisServer.kill('SIGTERM')
