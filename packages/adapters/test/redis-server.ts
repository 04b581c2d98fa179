import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'

/** A `redis-server` started on a free loopback port for one test file. */
export interface RedisServer {
  readonly url: string
  readonly port: number
  stop(): Promise<void>
}

/** Whether Debian's `redis-server` is installed here. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], {stdio: 'ignore'}).status === 0
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Start `redis-server` on 127.0.0.1 with no persistence, and resolve once it
 * accepts connections. `stop()` shuts it down.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--maxmemory-policy', 'noeviction'],
    {stdio: ['ignore', 'pipe', 'pipe']},
  )
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}: ${output.slice(-500)}`)), 10_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with code ${code}: ${output.slice(-500)}`))
    })
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/**
 * Why the Redis tests cannot run here, or undefined when they can. Under
 * `CI=true` a missing server is a failure, not a skip: CI installs it.
 */
export function redisUnavailableReason(): string | undefined {
  if (hasRedisServer()) return undefined
  const reason = 'redis-server is not installed (apt-get install redis-server); the queue tests need a real one'
  if (process.env.CI === 'true') throw new Error(reason)
  return reason
}
