import {existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {basename, extname, join} from 'node:path'
import {createSourceIndex, deserializeSourceIndex, type SourceIndex} from '@driftlens/core'
import {DriftlensError} from '../errors'
import {extractArticle} from '../inputs/extract-article'
import {decodeText} from '../inputs/decode-text'
import {readLines} from '../queue/read-lines'
import type {Command, CommandArgs, CommandIo} from './command'

const help = `Usage:
  driftlens index add <dir|pairs.ndjson|-> --index <file> [--without-texts]

Add source documents to a source index file (created when missing), so that
\`driftlens find\` can tell which of them a copy comes from. From a folder, each
.txt, .md or .html file is a document whose id is its file name without the
extension (HTML pages have their article extracted). From NDJSON, each line is
{"id", "text"} or a record {"id", "source", ...} (its source is indexed under its id).
A document added again under the same id replaces the earlier one.

The file keeps each document's text beside its features (2 bytes per character),
so that \`driftlens worker --index <file>\` can compare queued records that name
their source by \`sourceId\`. An index only for \`find\` can leave them out. An
existing file keeps the choice it was created with.

Options:
  --index FILE         The index file to create or extend (required)
  --without-texts      Store only the features (about 450 bytes a news article), not the texts
`

/**
 * Read an index file, or start a new index when there is none (keeping texts
 * unless `keepTexts` is false).
 */
export function loadSourceIndex(path: string, keepTexts = true): SourceIndex {
  if (!existsSync(path)) return createSourceIndex({keepTexts})
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(path))
  } catch (error) {
    throw new DriftlensError('ERR_FILE_UNREADABLE', `cannot read the index \`${path}\`: ${(error as Error).message}`)
  }
  try {
    return deserializeSourceIndex(bytes)
  } catch (error) {
    throw new DriftlensError('ERR_INPUT', `\`${path}\` is not a driftlens source index: ${(error as Error).message}`)
  }
}

/** `driftlens index add`: build or extend a serialized source index. */
export const indexCommand: Command = {
  name: 'index',
  summary: 'add source documents to a source index file, for `driftlens find`',
  help,
  options: {index: {type: 'string'}, 'without-texts': {type: 'boolean', default: false}},
  run: runIndex,
}

function documentText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (value !== null && typeof value === 'object' && typeof (value as {html?: unknown}).html === 'string') {
    const article = extractArticle((value as {html: string}).html)
    return article.readable ? article.text : undefined
  }
  return undefined
}

async function* documents(path: string, io: CommandIo): AsyncGenerator<{id: string; text: string | undefined; where: string}> {
  if (path !== '-' && statSync(path, {throwIfNoEntry: false})?.isDirectory()) {
    for (const file of readdirSync(path).sort()) {
      const extension = extname(file).toLowerCase()
      if (!['.txt', '.md', '.html', '.htm'].includes(extension)) continue
      const decoded = decodeText(new Uint8Array(readFileSync(join(path, file))), {html: extension.startsWith('.htm')})
      const text = extension.startsWith('.htm') ? documentText({html: decoded.text}) : decoded.text
      yield {id: basename(file, extname(file)), text, where: file}
    }
    return
  }
  let number = 0
  for await (const line of readLines(path, io.stdin)) {
    number++
    if (line.trim() === '') continue
    let record: {id?: unknown; text?: unknown; source?: unknown}
    try {
      record = JSON.parse(line) as typeof record
    } catch {
      yield {id: '', text: undefined, where: `line ${number} (not JSON)`}
      continue
    }
    const id = typeof record?.id === 'string' || typeof record?.id === 'number' ? String(record.id) : ''
    yield {id, text: documentText(record?.text ?? record?.source), where: `line ${number}`}
  }
}

async function runIndex({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  const [action, ...inputs] = positionals
  if (action !== 'add') throw new DriftlensError('ERR_USAGE', action === undefined ? 'missing action: expected `index add <dir|pairs.ndjson|-> --index <file>`' : `unknown index action \`${action}\`: expected \`add\``)
  if (inputs.length !== 1) throw new DriftlensError('ERR_USAGE', 'expected one input: `driftlens index add <dir|pairs.ndjson|-> --index <file>`')
  if (typeof values.index !== 'string') throw new DriftlensError('ERR_USAGE', 'missing `--index <file>`')
  const path = values.index
  const input = inputs[0]!
  if (input !== '-' && !existsSync(input)) throw new DriftlensError('ERR_FILE_NOT_FOUND', `no such file or folder: ${input}`)
  const index = loadSourceIndex(path, values['without-texts'] !== true)
  let added = 0
  let skipped = 0
  let lastId: string | undefined
  for await (const document of documents(input, io)) {
    if (document.id === '' || document.text === undefined) {
      skipped++
      io.stderr(`driftlens: skipped ${document.where}: ${document.id === '' ? 'no id' : 'no text (or a page without an article)'}\n`)
      continue
    }
    index.add(document.id, document.text)
    added++
    lastId = document.id
  }
  // Write beside the file, then rename: a crash never leaves half an index.
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, index.serialize())
  renameSync(temporary, path)
  // Whether the file keeps texts was decided when it was created: say so when it matters.
  const texts = lastId === undefined ? '' : index.text(lastId) === undefined ? ' (features only: no texts for `driftlens worker --index`)' : ''
  io.stderr(`driftlens: ${added} documents added, ${skipped} skipped; ${index.size} in ${path}${texts}\n`)
  return 0
}
