import {createWriteStream, readdirSync, readFileSync, statSync} from 'node:fs'
import {basename, extname, join} from 'node:path'
import {DriftlensError} from '../errors'
import {openQueue} from '../queue/open-queue'
import {readLines} from '../queue/read-lines'
import type {Command, CommandArgs, CommandIo} from './command'
import {parseNumber} from './compare-command'

const help = `Usage:
  driftlens queue add <pairs.ndjson|-> --redis <url> [--queue <name>] [--attempts N]
  driftlens queue sources <dir|sources.ndjson|-> --redis <url> [--queue <name>]
  driftlens queue results --redis <url> [--queue <name>] [--wait] [--timeout S] [-o out.ndjson]

A record is one JSON object per line: {"id", "source" or "sourceId", "variant", ...}.
Each record becomes one BullMQ job whose id comes from the record id; adding a record
twice is a no-op. A line that is not a record gets its error result at once.
\`queue sources\` stores the texts records name by "sourceId": the .txt files of a folder
(id = file name without .txt) or NDJSON lines {"id", "text"}. Workers started with
\`--index <file>\` read sourceIds from that source index instead (\`driftlens index add\`).
\`queue results\` prints one line per record, in the order the records were added:
{"id", "ok": true, "summary", ...metadata} or {"id", "ok": false, "error": {code, message}}.
Records without a result yet print as {"id", "ok": false, "pending": true, ...}.

Options:
  --redis URL          Redis to use, redis://host:port[/db] (required)
  --queue NAME         Queue name (default driftlens)
  --attempts N         add: runs of a job before its record gets an error result (default 3)
  --wait               results: wait until every record has a result
  --timeout S          results: with --wait, give up after S seconds (exit 1 if some are pending)
  -o, --output FILE    results: write to FILE instead of stdout

Run workers with \`driftlens worker --redis <url>\`. See docs/scale.md.
`

/** `driftlens queue add|sources|results`: the producer's side of a BullMQ queue on Redis. */
export const queueCommand: Command = {
  name: 'queue',
  summary: 'add records to a Redis queue, store their sources, read their results in order',
  help,
  options: {
    redis: {type: 'string'},
    queue: {type: 'string', default: 'driftlens'},
    attempts: {type: 'string'},
    wait: {type: 'boolean', default: false},
    timeout: {type: 'string'},
    output: {type: 'string', short: 'o'},
  },
  run: runQueue,
}

function requireRedis(value: unknown): string {
  if (typeof value !== 'string') throw new DriftlensError('ERR_USAGE', 'missing `--redis <url>` (for example redis://127.0.0.1:6379)')
  return value
}

async function runQueue({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  const [action, ...inputs] = positionals
  const redis = requireRedis(values.redis)
  const queueName = values.queue as string
  switch (action) {
    case 'add': {
      if (inputs.length !== 1) throw new DriftlensError('ERR_USAGE', 'expected one input: `driftlens queue add <pairs.ndjson|-> --redis <url>`')
      const lines = readLines(inputs[0]!, io.stdin)
      const attempts = values.attempts === undefined ? undefined : parseNumber('--attempts', values.attempts as string, {integer: true, min: 1, max: 100})
      const queue = await openQueue({redis, queue: queueName, ...(attempts ? {attempts} : {})})
      try {
        const added = await queue.add(lines)
        io.stderr(`driftlens: ${added.records} records: ${added.queued} queued, ${added.repeated} added before, ${added.rejected} rejected (their error is their result)\n`)
        return 0
      } finally {
        await queue.close()
      }
    }
    case 'sources': {
      if (inputs.length !== 1) throw new DriftlensError('ERR_USAGE', 'expected one input: `driftlens queue sources <dir|sources.ndjson|-> --redis <url>`')
      const entries = sourceEntries(inputs[0]!, io)
      const queue = await openQueue({redis, queue: queueName})
      try {
        const stored = await queue.putSources(entries)
        io.stderr(`driftlens: ${stored} sources stored\n`)
        return 0
      } finally {
        await queue.close()
      }
    }
    case 'results':
      if (inputs.length > 0) throw new DriftlensError('ERR_USAGE', `unexpected argument \`${inputs[0]}\`: \`queue results\` reads from Redis`)
      return await printResults(redis, queueName, values, io)
    case undefined:
      throw new DriftlensError('ERR_USAGE', 'missing action: expected `queue add`, `queue sources` or `queue results` (see `driftlens queue --help`)')
    default:
      throw new DriftlensError('ERR_USAGE', `unknown queue action \`${action}\`: expected \`add\`, \`sources\` or \`results\``)
  }
}

function sourceEntries(path: string, io: CommandIo): AsyncIterable<{id: string; text: string}> {
  const isDirectory = path !== '-' && statSync(path, {throwIfNoEntry: false})?.isDirectory()
  const lines = isDirectory ? undefined : readLines(path, io.stdin)
  return {
    async *[Symbol.asyncIterator]() {
      if (isDirectory) {
        for (const file of readdirSync(path).sort()) {
          if (extname(file) === '.txt') yield {id: basename(file, '.txt'), text: readFileSync(join(path, file), 'utf8')}
        }
        return
      }
      let number = 0
      for await (const line of lines!) {
        number++
        if (line.trim() === '') continue
        let entry: {id?: unknown; text?: unknown}
        try {
          entry = JSON.parse(line) as typeof entry
        } catch {
          throw new DriftlensError('ERR_INPUT', `line ${number} of ${path} is not JSON`)
        }
        if (typeof entry?.id !== 'string' || typeof entry.text !== 'string') throw new DriftlensError('ERR_INPUT', `line ${number} of ${path}: expected {"id": string, "text": string}`)
        yield {id: entry.id, text: entry.text}
      }
    },
  }
}

async function printResults(redis: string, queueName: string, values: CommandArgs['values'], io: CommandIo): Promise<number> {
  const timeoutMs = values.timeout === undefined ? 0 : Math.round(parseNumber('--timeout', values.timeout as string, {min: 0.001}) * 1000)
  const queue = await openQueue({redis, queue: queueName})
  const file = typeof values.output === 'string' ? createWriteStream(values.output) : undefined
  const write = async (text: string): Promise<void> => {
    if (!file) return void (await io.stdout(text))
    if (!file.write(text)) await new Promise<void>((resolve) => file.once('drain', () => resolve()))
  }
  try {
    const lines = queue.results({wait: values.wait === true, timeoutMs})
    let next = await lines.next()
    while (!next.done) {
      await write(JSON.stringify(next.value) + '\n')
      next = await lines.next()
    }
    const {records, pending} = next.value
    if (file) await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())))
    io.stderr(`driftlens: ${records} records, ${records - pending} with a result, ${pending} pending\n`)
    return values.wait === true && pending > 0 ? 1 : 0
  } finally {
    await queue.close()
  }
}
