import {compareTexts, type CompareOptions, type DriftReport} from '@driftlens/core'
import {DriftlensError} from '../errors'
import {extractArticle} from '../inputs/extract-article'
import {readCommandInput, type CommandInput} from '../inputs/read-input'
import {resolveEncoding} from '../inputs/decode-text'
import {looksLikeHtml} from '../inputs/sniff-html'
import {formatMarkdownReport} from '../outputs/format-markdown-report'
import {formatTextReport} from '../outputs/format-text-report'
import {renderHtmlReport} from '../outputs/html/render-html-report'
import {writeJson} from '../outputs/write-json'
import type {Command, CommandArgs, CommandIo} from './command'
import {failedConditions, parseFailOn} from './fail-on'
import {compareProgressLine, compareProgressThreshold} from './progress'

const formats = ['text', 'json', 'md', 'html'] as const

const help = `Usage:
  driftlens compare <source> <variant> [options]

Compare a source text with a variant of it and print the report. Either file
may be \`-\` for standard input. HTML pages are detected (or forced with
--html) and their article is extracted first.

Options:
  --format text|json|md|html  Output format (default text)
  --pretty                    Indent the JSON report
  --columns N                 Width of the text output (default 120, least 60)
  --fail-on CONDITIONS        Exit 1 when the pair meets a condition: relations
                              (retranslation,partial-reuse) or comparisons
                              (drift>0.3, similarity<0.5, artifacts>=1)
  --html                      Read both inputs as HTML pages
  --encoding LABEL            Decode both inputs with this encoding
  --min-similarity N          Pairing threshold of the aligner, 0 to 1
  --no-signals                Skip the drift signals
  --no-metrics                Skip chrF, chrF++, BLEU and TER
  --no-ter                    Skip TER only (the costliest of the four)
  --no-artifacts              Skip the artifact detectors
  -h, --help                  Show this help
  -v, --version               Show the version

On a terminal, inputs of 2 million characters or more (both files together)
get a progress line on standard error while they are compared (and, when the
output goes to a file or a pipe, while it is written).

Exit codes: 0 done, 1 a --fail-on condition was met, 2 bad input or usage.
`

/** `driftlens compare`: compare two files (or pages) and print the report. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare a source with a variant and print the report',
  help,
  options: {
    format: {type: 'string', default: 'text'},
    pretty: {type: 'boolean', default: false},
    columns: {type: 'string'},
    'fail-on': {type: 'string', multiple: true},
    html: {type: 'boolean', default: false},
    encoding: {type: 'string'},
    'min-similarity': {type: 'string'},
    'no-signals': {type: 'boolean', default: false},
    'no-metrics': {type: 'boolean', default: false},
    'no-ter': {type: 'boolean', default: false},
    'no-artifacts': {type: 'boolean', default: false},
  },
  run: runCompare,
}

async function runCompare({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  const format = values.format as string
  if (!(formats as readonly string[]).includes(format)) {
    throw new DriftlensError('ERR_USAGE', `unknown --format \`${format}\`: expected ${formats.join(', ')}`)
  }
  if (positionals.length !== 2) {
    throw new DriftlensError('ERR_USAGE', `compare takes two files, <source> <variant>, not ${positionals.length}`)
  }
  if (positionals[0] === '-' && positionals[1] === '-') throw new DriftlensError('ERR_USAGE', 'only one of <source> and <variant> can be `-` (standard input)')
  const columns = values.columns === undefined ? undefined : parseNumber('--columns', values.columns as string, {integer: true, min: 60})
  const minSimilarity = values['min-similarity'] === undefined ? undefined : parseNumber('--min-similarity', values['min-similarity'] as string, {min: 0, max: 1})
  const conditions = parseFailOn((values['fail-on'] as string[] | undefined) ?? [])
  const encoding = values.encoding === undefined ? undefined : resolveEncoding(values.encoding as string)
  const options: CompareOptions = {
    ...(values['no-signals'] ? {signals: false} : {}),
    ...(values['no-metrics'] ? {metrics: false} : values['no-ter'] ? {metrics: {ter: false}} : {}),
    ...(values['no-artifacts'] ? {artifacts: false} : {}),
    ...(minSimilarity === undefined ? {} : {align: {minSimilarity}}),
  }
  const forceHtml = values.html === true
  const read = async (name: string) => toText(await readCommandInput(name, io, {...(encoding === undefined ? {} : {encoding}), html: true}), forceHtml)
  const source = await read(positionals[0]!)
  const variant = await read(positionals[1]!)
  // Progress only for large inputs, and only where a person watches (a terminal).
  const progress = io.stderrIsTTY === true && source.text.length + variant.text.length >= compareProgressThreshold ? compareProgressLine(io.stderr) : undefined
  const compared = compareTexts(source.text, variant.text, progress ? {...options, onProgress: progress.listener} : options)
  const report: DriftReport = {
    ...compared,
    source: {...compared.source, encoding: source.encoding},
    variant: {...compared.variant, encoding: variant.encoding},
  }
  const names = {sourceName: source.name, variantName: variant.name}
  // Clear the line before output to the same terminal; for output to a file or a pipe, say it is being written.
  if (io.stdoutIsTTY === true) progress?.clear()
  else progress?.writing()
  switch (format) {
    case 'json':
      // In chunks: the JSON of a pair of 10 MB texts is over 100 MB, too much to build as one string.
      await writeJson(report, io.stdout, {indent: values.pretty ? 2 : 0})
      await io.stdout('\n')
      break
    case 'md':
      await io.stdout(formatMarkdownReport(report, names))
      break
    case 'html':
      await io.stdout(
        renderHtmlReport(report, {sourceText: source.text, variantText: variant.text, sourceLabel: source.name, variantLabel: variant.name}),
      )
      break
    default:
      await io.stdout(formatTextReport(report, {...names, ...(columns === undefined ? {} : {columns})}))
  }
  progress?.clear()
  const failed = failedConditions(report, conditions)
  if (failed.length > 0) {
    io.stderr(`driftlens: --fail-on met: ${failed.join(', ')} (relation ${report.summary.relation}, drift ${report.summary.drift.toFixed(2)})\n`)
    return 1
  }
  return 0
}

/** An input as the text to compare: a page's extracted article, or the text itself. */
function toText(input: CommandInput, forceHtml: boolean): CommandInput & {readonly title?: string} {
  if (!forceHtml && !looksLikeHtml(input.text)) return input
  const article = extractArticle(input.text)
  if (!article.readable) throw new DriftlensError('ERR_INPUT', `no article found in the HTML of \`${input.name}\``)
  return {...input, text: article.text, title: article.title}
}

/** Read a numeric option, or throw a `DriftlensError` naming it. */
export function parseNumber(option: string, text: string, limits: {integer?: boolean; min?: number; max?: number}): number {
  const value = Number(text)
  const ok =
    text.trim() !== '' && Number.isFinite(value) && (!limits.integer || Number.isInteger(value)) && (limits.min === undefined || value >= limits.min) && (limits.max === undefined || value <= limits.max)
  if (!ok) {
    const range = [limits.integer ? 'a whole number' : 'a number', limits.min === undefined ? '' : `≥ ${limits.min}`, limits.max === undefined ? '' : `≤ ${limits.max}`].filter(Boolean).join(' ')
    throw new DriftlensError('ERR_USAGE', `${option} must be ${range}, not \`${text}\``)
  }
  return value
}
