import {DriftlensError} from '../errors'
import {readCommandInput} from '../inputs/read-input'
import {extractArticle} from '../inputs/extract-article'
import type {Command, CommandArgs, CommandIo} from './command'
import {parseNumber} from './compare-command'
import {loadSourceIndex} from './index-command'

const help = `Usage:
  driftlens find <file|-> --index <file> [-k 5] [--format text|json] [--html]

Tell which indexed source documents a text (or an HTML page, detected or --html)
comes from, best first: each with its score in [0, 1] and the share of the text it
covers. Nothing is printed under the index's minimum score (0.2). Exit 0 when a
source is found, 1 when none is.

Options:
  --index FILE         The source index, built by \`driftlens index add\` (required)
  -k N                 Most candidates to print (default 5)
  --format F           text (default) or json
  --html               Read the input as an HTML page and extract its article
`

/** `driftlens find`: which indexed source a copy comes from. */
export const findCommand: Command = {
  name: 'find',
  summary: 'find which indexed source documents a text comes from',
  help,
  options: {
    index: {type: 'string'},
    k: {type: 'string', short: 'k', default: '5'},
    format: {type: 'string', default: 'text'},
    html: {type: 'boolean', default: false},
  },
  run: runFind,
}

async function runFind({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  if (positionals.length !== 1) throw new DriftlensError('ERR_USAGE', 'expected one input: `driftlens find <file|-> --index <file>`')
  if (typeof values.index !== 'string') throw new DriftlensError('ERR_USAGE', 'missing `--index <file>`')
  const format = values.format
  if (format !== 'text' && format !== 'json') throw new DriftlensError('ERR_USAGE', `unknown --format \`${String(format)}\`: expected text or json`)
  const k = parseNumber('-k', values.k as string, {integer: true, min: 1, max: 1000})
  const index = loadSourceIndex(values.index)
  const input = await readCommandInput(positionals[0]!, io, {html: values.html === true})
  let text = input.text
  if (values.html === true || /^\s*(<!doctype html|<html)/i.test(text)) {
    const article = extractArticle(text)
    if (!article.readable) throw new DriftlensError('ERR_INPUT', `no article found in the page \`${input.name}\``)
    text = article.text
  }
  const candidates = index.query(text, {k})
  if (format === 'json') {
    await io.stdout(JSON.stringify(candidates) + '\n')
  } else if (candidates.length === 0) {
    await io.stdout(`no source found among the ${index.size} indexed documents\n`)
  } else {
    const width = Math.max(2, ...candidates.map((candidate) => candidate.id.length))
    await io.stdout(`${'id'.padEnd(width)}  score  coverage\n`)
    for (const candidate of candidates) {
      await io.stdout(`${candidate.id.padEnd(width)}  ${candidate.score.toFixed(2).padStart(5)}  ${candidate.coverage.toFixed(2).padStart(8)}\n`)
    }
  }
  return candidates.length > 0 ? 0 : 1
}
