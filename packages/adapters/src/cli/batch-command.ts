import {createReadStream, createWriteStream, type WriteStream} from 'node:fs'
import {once} from 'node:events'
import type {Relation} from '@driftlens/core'
import {compareRecords} from '../batch/compare-records'
import {parseNdjson} from '../batch/ndjson'
import {DriftlensError} from '../errors'
import {checkReadableFile} from '../inputs/read-text-file'
import {formatCsvHeader, formatCsvRow} from '../outputs/format-csv'
import type {Command, CommandArgs, CommandIo} from './command'
import {parseNumber} from './compare-command'
import {drawProgress} from './progress'

const help = `Usage:
  driftlens batch <pairs.ndjson|-> [-o out] [--format ndjson|csv] [--jobs N]

Compare every record of an NDJSON file, one {"id", "source", "variant", ...}
per line (source and variant: text or {"html": ...}), and write one result
per record, in order: {"id", "ok": true, "report", ...} or
{"id", "ok": false, "error": {"code", "message"}, ...}. Metadata passes
through. A malformed line becomes an error row with its "line" number.

Options:
  -o, --output FILE        Write the results to FILE instead of stdout
  --format ndjson|csv      Output format (default ndjson)
  --jobs N                 Comparisons at once, on N worker threads (default 1)
  -h, --help               Show this help
  -v, --version            Show the version

A progress bar is drawn on stderr when it is a terminal; a one-line summary
closes the run. Exit codes: 0 done (error rows included), 2 bad usage or an
unreadable input file.
`

/** `driftlens batch`: records in, results out, with a closing summary. */
export const batchCommand: Command = {
  name: 'batch',
  summary: 'compare every record of an NDJSON file and write one result per record',
  help,
  options: {
    output: {type: 'string', short: 'o'},
    format: {type: 'string', default: 'ndjson'},
    jobs: {type: 'string', default: '1'},
  },
  run: runBatch,
}

async function runBatch({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  const format = values.format as string
  if (format !== 'ndjson' && format !== 'csv') throw new DriftlensError('ERR_USAGE', `unknown --format \`${format}\`: expected ndjson or csv`)
  if (positionals.length !== 1) throw new DriftlensError('ERR_USAGE', `batch takes one file, <pairs.ndjson> or \`-\`, not ${positionals.length}`)
  const jobs = parseNumber('--jobs', values.jobs as string, {integer: true, min: 1, max: 64})
  const inputName = positionals[0]!
  let input: AsyncIterable<Uint8Array | string>
  if (inputName === '-') {
    if (!io.stdin) throw new DriftlensError('ERR_USAGE', '`-` reads standard input, but there is none here')
    input = io.stdin
  } else {
    checkReadableFile(inputName)
    input = createReadStream(inputName)
  }
  const sink = values.output === undefined ? undefined : await openOutput(values.output as string)
  const write = async (text: string) => {
    if (!sink) return io.stdout(text)
    if (!sink.write(text)) await once(sink, 'drain')
  }
  const started = Date.now()
  let records = 0
  let ok = 0
  const relations = new Map<Relation, number>()
  if (format === 'csv') await write(formatCsvHeader())
  for await (const result of compareRecords(parseNdjson(input), {concurrency: jobs})) {
    records++
    if (result.ok) {
      ok++
      relations.set(result.report.summary.relation, (relations.get(result.report.summary.relation) ?? 0) + 1)
    }
    await write(format === 'csv' ? formatCsvRow(result) : JSON.stringify(result) + '\n')
    if (io.stderrIsTTY) io.stderr(drawProgress(records, ok, Date.now() - started))
  }
  if (sink) {
    sink.end()
    await once(sink, 'finish')
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const relationList = [...relations].map(([relation, count]) => `${count} ${relation}`).join(', ') || 'none'
  io.stderr(
    `${io.stderrIsTTY ? '\r\x1b[2K' : ''}batch: ${records} records, ${ok} ok, ${records - ok} errors; relations: ${relationList}; ${seconds} s` +
      `${sink ? `; written to ${values.output as string}` : ''}\n`,
  )
  return 0
}

async function openOutput(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path)
  try {
    await once(stream, 'open')
  } catch (error) {
    throw new DriftlensError('ERR_FILE_UNREADABLE', `cannot write \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  return stream
}
