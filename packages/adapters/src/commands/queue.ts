import {createWriteStream, readdirSync, readFileSync, statSync} from 'node:fs'
import {basename, extname, join} from 'node:path'
import {parseArgs} from 'node:util'
import type {CommandIo} from '../cli'
import {DriftlensError} from '../errors'
import {openQueue} from '../queue/open-queue'
import {readLines} from '../queue/read-lines'

export const queueUsage = `Usage:
  driftlens queue add <pairs.ndjson|-> --redis <url> [--queue <name>] [--attempts N]
  driftlens queue sources <dir|sources.ndjson|-> --redis <url> [--queue <name>]
  driftlens queue results --redis <url> [--queue <name>] [--wait] [--timeout S] [-o out.ndjson]

A record is one JSON object per line: {"id", "source" or "sourceId", "variant", …metadata}.
Each record becomes one job whose id is the record id; adding a record twice is a no-op.
\`queue sources\` stores texts that records name by "sourceId": the .txt files of a folder
(id = file name without .txt) or NDJSON lines {"id", "text"}.
\`queue results\` prints one line per record, in the order the records were added; with
--wait it waits for all of them (at most --timeout seconds) and exits 1 if some are pending.`

const common = {
  redis: {type: 'string'},
  queue: {type: 'string', default: 'driftlens'},
  help: {type: 'boolean', short: 'h'},
} as const

/** `driftlens queue add|sources|results`: the producer's side of a BullMQ queue on Redis. */
export async function runQueue(argv: readonly string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = argv
  if (action === undefined || action === '--help' || action === '-h') {
    io.stdout(queueUsage + '\n')
    return action === undefined ? 2 : 0
  }
  switch (action) {
    case 'add':
      return await addCommand(rest, io)
    case 'sources':
      return await sourcesCommand(rest, io)
    case 'results':
      return await resultsCommand(rest, io)
    default:
      throw new DriftlensError('ERR_USAGE', `unknown queue action \`${action}\`: expected \`add\`, \`sources\` or \`results\``)
  }
}

function requireRedis(value: string | undefined): string {
  if (value === undefined) throw new DriftlensError('ERR_USAGE', 'missing `--redis <url>` (for example redis://127.0.0.1:6379)')
  return value
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new DriftlensError('ERR_USAGE', `Expected \`--${name}\` to be a positive integer, not \`${value}\``)
  return number
}

async function addCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args: [...argv], options: {...common, attempts: {type: 'string'}}, allowPositionals: true, strict: true})
  if (values.help) return (io.stdout(queueUsage + '\n'), 0)
  if (positionals.length !== 1) throw new DriftlensError('ERR_USAGE', 'expected one input: `driftlens queue add <pairs.ndjson|-> --redis <url>`')
  const lines = readLines(positionals[0]!)
  const attempts = positiveInteger('attempts', values.attempts)
  const queue = await openQueue({redis: requireRedis(values.redis), queue: values.queue, ...(attempts ? {attempts} : {})})
  try {
    const added = await queue.add(lines)
    io.stderr(`driftlens: ${added.records} records: ${added.queued} queued, ${added.repeated} already added, ${added.rejected} rejected (their error is their result)\n`)
    return 0
  } finally {
    await queue.close()
  }
}

async function* sourceEntries(path: string): AsyncGenerator<{id: string; text: string}> {
  if (path !== '-' && statSync(path, {throwIfNoEntry: false})?.isDirectory()) {
    for (const file of readdirSync(path).sort()) {
      if (extname(file) === '.txt') yield {id: basename(file, '.txt'), text: readFileSync(join(path, file), 'utf8')}
    }
    return
  }
  let number = 0
  for await (const line of readLines(path)) {
    number++
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new DriftlensError('ERR_INPUT', `line ${number} of ${path} is not JSON`)
    }
    const entry = value as {id?: unknown; text?: unknown}
    if (typeof entry.id !== 'string' || typeof entry.text !== 'string') throw new DriftlensError('ERR_INPUT', `line ${number} of ${path}: expected {"id": string, "text": string}`)
    yield {id: entry.id, text: entry.text}
  }
}

async function sourcesCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args: [...argv], options: common, allowPositionals: true, strict: true})
  if (values.help) return (io.stdout(queueUsage + '\n'), 0)
  if (positionals.length !== 1) throw new DriftlensError('ERR_USAGE', 'expected one input: `driftlens queue sources <dir|sources.ndjson|-> --redis <url>`')
  const queue = await openQueue({redis: requireRedis(values.redis), queue: values.queue})
  try {
    const stored = await queue.putSources(sourceEntries(positionals[0]!))
    io.stderr(`driftlens: ${stored} sources stored\n`)
    return 0
  } finally {
    await queue.close()
  }
}

async function resultsCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: [...argv],
    options: {...common, wait: {type: 'boolean', default: false}, timeout: {type: 'string'}, output: {type: 'string', short: 'o'}},
    allowPositionals: true,
    strict: true,
  })
  if (values.help) return (io.stdout(queueUsage + '\n'), 0)
  if (positionals.length > 0) throw new DriftlensError('ERR_USAGE', `unexpected argument \`${positionals[0]}\`: \`queue results\` reads from Redis`)
  let timeoutMs = 0
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout)
    if (!Number.isFinite(seconds) || seconds <= 0) throw new DriftlensError('ERR_USAGE', `Expected \`--timeout\` to be a positive number of seconds, not \`${values.timeout}\``)
    timeoutMs = Math.round(seconds * 1000)
  }
  const queue = await openQueue({redis: requireRedis(values.redis), queue: values.queue})
  const file = values.output === undefined ? undefined : createWriteStream(values.output)
  const write = async (text: string): Promise<void> => {
    if (!file) return io.stdout(text)
    if (!file.write(text)) await new Promise<void>((resolve) => file.once('drain', () => resolve()))
  }
  try {
    const lines = queue.results({wait: values.wait, timeoutMs})
    let next = await lines.next()
    while (!next.done) {
      await write(JSON.stringify(next.value) + '\n')
      next = await lines.next()
    }
    const {records, pending} = next.value
    if (file) await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())))
    io.stderr(`driftlens: ${records} records, ${records - pending} with a result, ${pending} pending\n`)
    return values.wait && pending > 0 ? 1 : 0
  } finally {
    await queue.close()
  }
}
