import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createSourceIndex} from '@driftlens/core'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {openQueue} from '../src/queue/open-queue'
import {startWorker} from '../src/queue/start-worker'
import type {QueueResultLine} from '../src/queue/result-sink'
import {runCliForTest} from '../src/cli/test-helpers'
import {redisUnavailableReason, startRedisServer, type RedisServer} from './redis-server'

// These tests run a real Debian redis-server on loopback and BullMQ worker
// threads from the built package (`pnpm test` builds first).
const processorFile = fileURLToPath(new URL('../dist/queue-processor.js', import.meta.url))
const queueModule = fileURLToPath(new URL('../dist/queue.js', import.meta.url))
const seedFolder = fileURLToPath(new URL('../../../seeds/', import.meta.url))
const seed = (prefix: string): string => readFileSync(seedFolder + readdirSync(seedFolder).find((file) => file.startsWith(`${prefix}_`))!, 'utf8')

const unavailable = redisUnavailableReason()
const describeRedis = unavailable ? describe.skip : describe
if (unavailable) console.warn(`Skipping the queue tests: ${unavailable}`)

async function collect(lines: AsyncGenerator<QueueResultLine, unknown>): Promise<QueueResultLine[]> {
  const out: QueueResultLine[] = []
  for await (const line of lines) out.push(line)
  return out
}

describeRedis('queue on a real redis-server', () => {
  let server: RedisServer
  beforeAll(async () => {
    if (!existsSync(processorFile)) throw new Error(`build the adapters first: ${processorFile} is missing`)
    server = await startRedisServer()
  }, 20_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('compares every record once, keeps the order of addition and turns bad records into error results', async () => {
    const queue = await openQueue({redis: server.url, queue: 'order', attempts: 2, backoffMs: 10})
    const source = seed('001')
    const page = 'A storm closed the port on Monday. Ships waited offshore for two days before the harbour reopened.'
    const added = await queue.add([
      JSON.stringify({id: 'a', source, variant: seed('000'), feed: 'wire'}),
      'not json',
      JSON.stringify({id: 7, sourceId: 'aljazeera', variant: seed('003')}),
      JSON.stringify({id: 'c', sourceId: 'missing', variant: 'text'}),
      '',
      JSON.stringify({variant: 'no id'}),
      JSON.stringify({id: 'd', source, variant: seed('002')}),
      JSON.stringify({id: 'h', source: page, variant: {html: `<html><body><nav>Home | World</nav>${page}</body></html>`}}),
    ])
    expect(added).toEqual({records: 7, queued: 5, repeated: 0, rejected: 2})
    await queue.putSources([{id: 'aljazeera', text: source}])
    const worker = await startWorker({redis: server.url, queue: 'order', concurrency: 2, processorFile})
    let lines: QueueResultLine[]
    try {
      lines = await collect(queue.results({wait: true, timeoutMs: 60_000, pollMs: 50}))
    } finally {
      await worker.close()
    }
    expect(lines.map((line) => line.id)).toEqual(['a', 'line:2', '7', 'c', 'line:5', 'd', 'h'])
    const byId = new Map(lines.map((line) => [line.id, line]))
    const a = byId.get('a')!
    expect(a).toMatchObject({ok: true, summary: {relation: 'retranslation'}, feed: 'wire'})
    expect(byId.get('7')).toMatchObject({ok: true, summary: {relation: 'partial-reuse'}})
    expect(byId.get('d')!.ok).toBe(true)
    expect(byId.get('line:2')).toMatchObject({ok: false, line: 2, error: {code: 'ERR_JSON', message: expect.stringContaining('line 2 is not JSON')}})
    expect(byId.get('line:5')).toMatchObject({ok: false, line: 5, error: {code: 'ERR_RECORD', message: expect.stringContaining('missing `id`')}})
    // A record whose source is not in the store fails each attempt, then leaves its error.
    expect(byId.get('c')).toMatchObject({ok: false, error: {code: 'ERR_SOURCE', message: expect.stringContaining('unknown sourceId `missing`')}})
    // An HTML page side has its article extracted first, as in `driftlens batch`.
    expect(byId.get('h')).toMatchObject({ok: true, summary: {relation: 'identical'}})
    expect(lines.some((line) => 'pending' in line)).toBe(false)

    // Adding the same records again changes nothing: one place, one result each.
    const again = await queue.add([JSON.stringify({id: 'a', source, variant: 'changed'})])
    expect(again).toEqual({records: 1, queued: 0, repeated: 1, rejected: 0})
    const after = await collect(queue.results())
    expect(after).toEqual(lines)
    await queue.obliterate()
    await queue.close()
  }, 90_000)

  it('resolves sourceIds against a source index file, and fails an unknown one at once, without retries', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'driftlens-queue-index-'))
    const indexFile = join(folder, 'sources.idx')
    const sources = [JSON.stringify({id: 'aljazeera', text: seed('001')}), JSON.stringify({id: 'reuters', text: seed('002')})].join('\n')
    expect((await runCliForTest(['index', 'add', '-', '--index', indexFile], sources)).code).toBe(0)
    // Backoff long enough that a retried record would still be pending when the results are read.
    const queue = await openQueue({redis: server.url, queue: 'indexed', attempts: 3, backoffMs: 600_000})
    await queue.add([
      {id: 'copy', sourceId: 'aljazeera', variant: seed('000')},
      {id: 'other', sourceId: 'reuters', variant: seed('002')},
      {id: 'unknown', sourceId: 'stored-in-redis-only', variant: 'A text.'},
      {id: 'inline', source: 'One. Two.', variant: 'One. Two.'},
    ])
    // The Redis source store is not read when the worker has an index.
    await queue.putSources([{id: 'stored-in-redis-only', text: seed('001')}])
    const worker = await startWorker({redis: server.url, queue: 'indexed', concurrency: 2, processorFile, index: indexFile})
    let lines: QueueResultLine[]
    try {
      lines = await collect(queue.results({wait: true, timeoutMs: 60_000, pollMs: 50}))
    } finally {
      await worker.close()
    }
    expect(lines.map((line) => line.id)).toEqual(['copy', 'other', 'unknown', 'inline'])
    expect(lines[0]).toMatchObject({ok: true, summary: {relation: 'retranslation'}})
    expect(lines[1]).toMatchObject({ok: true, summary: {relation: 'identical'}})
    expect(lines[2]).toEqual({id: 'unknown', ok: false, error: {code: 'ERR_SOURCE', message: 'unknown sourceId `stored-in-redis-only`: not in the source index'}})
    expect(lines[3]).toMatchObject({ok: true, summary: {relation: 'identical'}})
    expect(await queue.jobCounts()).toMatchObject({failed: 1, delayed: 0})

    // An index without texts, or a file that is not an index, is refused when the worker starts.
    const featuresOnly = createSourceIndex()
    featuresOnly.add('aljazeera', seed('001'))
    await expect(startWorker({redis: server.url, queue: 'indexed', processorFile, index: featuresOnly.serialize()})).rejects.toThrow('holds no source texts')
    writeFileSync(join(folder, 'not-an-index'), 'hello')
    await expect(startWorker({redis: server.url, queue: 'indexed', processorFile, index: join(folder, 'not-an-index')})).rejects.toThrow('is not a driftlens source index')
    await queue.obliterate()
    await queue.close()
  }, 90_000)

  it('reports records without a result as pending when no worker runs', async () => {
    const queue = await openQueue({redis: server.url, queue: 'idle'})
    await queue.add([{id: 'x', source: 'One. Two.', variant: 'One. Two.'}])
    const lines = await collect(queue.results({wait: true, timeoutMs: 300, pollMs: 50}))
    expect(lines).toEqual([{id: 'x', ok: false, pending: true}])
    await queue.obliterate()
    await queue.close()
  }, 30_000)

  it('rejects unknown options and bad values, naming them', async () => {
    await expect(openQueue({redis: server.url, queue: 'a:b'})).rejects.toThrow('`queue`')
    await expect(openQueue({redis: 'http://x', queue: 'q'})).rejects.toThrow('redis:// or rediss:// URL')
    await expect(startWorker({redis: server.url, concurency: 2} as never)).rejects.toThrow('Unknown option `concurency`')
    await expect(startWorker({redis: server.url, concurrency: 0})).rejects.toThrow('`concurrency`')
  })

  it('leaves exactly one result per record when a worker is killed with SIGKILL mid-batch', async () => {
    const queueName = 'crash'
    const queue = await openQueue({redis: server.url, queue: queueName})
    // Heavy enough records that the batch takes seconds: 001×6 against 000×6.
    const source = Array(3).fill(seed('001')).join('\n\n')
    const variant = Array(3).fill(seed('000')).join('\n\n')
    const count = 24
    await queue.add(Array.from({length: count}, (_, index) => ({id: `r${index}`, source, variant})))
    const workerScript = (concurrency: number) =>
      `const {startWorker} = await import(${JSON.stringify(queueModule)});
       await startWorker({redis: ${JSON.stringify(server.url)}, queue: ${JSON.stringify(queueName)}, concurrency: ${concurrency},
         lockDurationMs: 2000, stalledIntervalMs: 1000});
       console.log('ready');`
    const runWorker = (concurrency: number) => spawn(process.execPath, ['--input-type=module', '-e', workerScript(concurrency)], {stdio: ['ignore', 'pipe', 'inherit']})

    const doomed = runWorker(2)
    let rescuer: ReturnType<typeof runWorker> | undefined
    let lines: QueueResultLine[]
    try {
      // Kill it once it is mid-batch: some results written, jobs in hand, most not started.
      let activeAtKill = 0
      for (;;) {
        const {results} = await queue.progress()
        activeAtKill = (await queue.jobCounts()).active ?? 0
        if (results >= 2 && activeAtKill > 0) break
        if (doomed.exitCode !== null) throw new Error('the first worker exited early')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      doomed.kill('SIGKILL')
      await new Promise((resolve) => doomed.once('exit', resolve))
      expect(activeAtKill).toBeGreaterThan(0)
      expect((await queue.progress()).results).toBeLessThan(count)

      // A second worker takes over the dead one's stalled jobs and the rest.
      rescuer = runWorker(2)
      lines = await collect(queue.results({wait: true, timeoutMs: 120_000, pollMs: 100}))
    } finally {
      if (doomed.exitCode === null) doomed.kill('SIGKILL')
      if (rescuer && rescuer.exitCode === null) {
        rescuer.kill('SIGTERM')
        await new Promise((resolve) => rescuer!.once('exit', resolve))
      }
    }

    expect(lines).toHaveLength(count)
    expect(new Set(lines.map((line) => line.id)).size).toBe(count)
    expect(lines.map((line) => line.id)).toEqual(Array.from({length: count}, (_, index) => `r${index}`))
    expect(lines.every((line) => line.ok)).toBe(true)
    await queue.obliterate()
    await queue.close()
  }, 180_000)
})

describe('queue and worker commands', () => {
  it.each([
    [['queue', 'add', 'pairs.ndjson'], 'driftlens: missing `--redis <url>` (for example redis://127.0.0.1:6379)\n'],
    [['queue', 'purge', '--redis', 'redis://127.0.0.1:1'], 'driftlens: unknown queue action `purge`: expected `add`, `sources` or `results`\n'],
    [['queue', '--redis', 'redis://127.0.0.1:1'], 'driftlens: missing action: expected `queue add`, `queue sources` or `queue results` (see `driftlens queue --help`)\n'],
    [['queue', 'add', 'no-such-file.ndjson', '--redis', 'redis://127.0.0.1:1'], expect.stringContaining('no-such-file.ndjson')],
    [['worker', '--redis', 'redis://127.0.0.1:1', '--concurrency', '0'], expect.stringContaining('--concurrency')],
    [['worker', '--redis', 'http://127.0.0.1:1'], expect.stringContaining('redis:// or rediss:// URL')],
    [['worker', '--redis', 'redis://127.0.0.1:1', '--index', 'no-such.idx'], expect.stringContaining('cannot read the index `no-such.idx`')],
  ])('%j fails with one line and exit 2', async (argv, message) => {
    const {code, stderr} = await runCliForTest(argv)
    expect(code).toBe(2)
    expect(stderr).toEqual(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('lists queue and worker in the help', async () => {
    const {code, stdout} = await runCliForTest(['worker', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('driftlens worker --redis <url>')
  })
})

describe('@driftlens/adapters/queue', () => {
  it('exports the queue API', async () => {
    const queue = await import('../src/queue/index')
    expect(Object.keys(queue).sort()).toEqual(['checkQueueRecord', 'defaultRetryOptions', 'defaultStartWorkerOptions', 'openQueue', 'queueKeys', 'startWorker'])
  })
})
