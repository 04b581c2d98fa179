import {
  bleuTokenizers,
  corpusBleu,
  corpusChrf,
  corpusTer,
  formatSacrebleuJson,
  formatSacrebleuLine,
  sentenceBleu,
  sentenceChrf,
  sentenceTer,
  type BleuTokenizer,
  type MetricResult,
} from '@driftlens/core'
import {DriftlensError} from '../errors'
import {readCommandInput} from '../inputs/read-input'
import type {Command, CommandArgs, CommandIo} from './command'
import {parseNumber} from './compare-command'

/** The metrics `driftlens score` knows, in the order it prints them. */
const metricNames = ['chrf', 'chrf++', 'bleu', 'ter'] as const
type MetricName = (typeof metricNames)[number]

/** One segment per line, as sacrebleu reads files; a final newline ends the last line, and `\r\n` counts as `\n`. */
export function splitSegments(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
  if (text.endsWith('\n')) lines.pop()
  return lines
}

/** One metric over all segments, or over one segment in `--sentence` mode. */
function scoreMetric(metric: MetricName, hypotheses: readonly string[], references: readonly (readonly string[])[], tokenize: BleuTokenizer, segment?: number): MetricResult {
  const chrfOptions = {wordOrder: metric === 'chrf++' ? 2 : 0}
  if (segment !== undefined) {
    const hypothesis = hypotheses[segment]!
    const segmentReferences = references.map((stream) => stream[segment]!)
    if (metric === 'bleu') return sentenceBleu(hypothesis, segmentReferences, {tokenize})
    if (metric === 'ter') return sentenceTer(hypothesis, segmentReferences)
    return sentenceChrf(hypothesis, segmentReferences, chrfOptions)
  }
  if (metric === 'bleu') return corpusBleu(hypotheses, references, {tokenize})
  if (metric === 'ter') return corpusTer(hypotheses, references)
  return corpusChrf(hypotheses, references, chrfOptions)
}

const help = `Usage:
  driftlens score <hyp-file> <ref-file>... [options]
  driftlens score -i <hyp-file> <ref-file>... [options]
  driftlens score <ref-file>... [options] < hyp-file

sacrebleu-identical chrF, chrF++, BLEU and TER of a hypothesis file against
one or more reference files, one segment per line, printed as sacrebleu's
text lines with their signatures (or its JSON with --format json). With -i
every file argument is a reference; with one file argument and no -i, the
hypothesis is read from standard input, as \`sacrebleu ref.txt < hyp.txt\`.
\`-\` also reads standard input.

Options:
  -i, --input FILE               The hypothesis file
  --metric chrf|chrf++|bleu|ter  A metric to print; repeat for several (default all four)
  --tokenize 13a|none|intl|char|zh  BLEU's tokenizer (default 13a)
  --format text|json             sacrebleu's text lines (default) or its JSON
  --sentence                     One result per segment and metric, with the sentence defaults
  --width N                      Decimals of the scores, 0 to 20 (default 2; sacrebleu's --width)
  --encoding LABEL               Decode every file with this encoding
  -h, --help                     Show this help
  -v, --version                  Show the version
`

/**
 * `driftlens score`: sacrebleu-identical chrF, chrF++, BLEU and TER of a
 * hypothesis file against one or more reference files, one segment per
 * line. Without `--metric` all four are printed; `--metric` may be
 * repeated. Corpus scores by default (statistics summed over lines,
 * sacrebleu's corpus defaults); `--sentence` prints one result per segment
 * and metric with the sentence defaults.
 */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'sacrebleu-identical chrF, chrF++, BLEU and TER of a hypothesis against references',
  help,
  options: {
    input: {type: 'string', short: 'i'},
    metric: {type: 'string', multiple: true},
    tokenize: {type: 'string', default: '13a'},
    format: {type: 'string', default: 'text'},
    sentence: {type: 'boolean', default: false},
    width: {type: 'string', default: '2'},
    encoding: {type: 'string'},
  },
  run: runScore,
}

async function runScore({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  const requested = (values.metric as string[] | undefined) ?? [...metricNames]
  for (const metric of requested) {
    if (!(metricNames as readonly string[]).includes(metric)) {
      throw new DriftlensError('ERR_USAGE', `unknown metric \`${metric}\`: expected one of ${metricNames.join(', ')}`)
    }
  }
  const tokenize = values.tokenize as string
  if (!(bleuTokenizers as readonly string[]).includes(tokenize)) {
    throw new DriftlensError('ERR_USAGE', `unknown --tokenize \`${tokenize}\`: expected one of ${bleuTokenizers.join(', ')}`)
  }
  const format = values.format as string
  if (format !== 'text' && format !== 'json') throw new DriftlensError('ERR_USAGE', `unknown --format \`${format}\`: expected text or json`)
  const widthText = values.width as string
  if (!/^\d+$/.test(widthText)) throw new DriftlensError('ERR_USAGE', `\`--width\` must be an integer from 0 to 20, not \`${widthText}\``)
  const width = parseNumber('--width', widthText, {integer: true, min: 0, max: 20})
  let hypothesisFile: string
  let referenceFiles: readonly string[]
  if (values.input !== undefined) {
    hypothesisFile = values.input as string
    referenceFiles = positionals
  } else if (positionals.length === 1) {
    if (!io.stdin) {
      throw new DriftlensError('ERR_USAGE', '`score` expects <hyp-file> <ref-file>..., or one <ref-file> with the hypothesis on standard input, or -i <hyp-file>')
    }
    hypothesisFile = '-'
    referenceFiles = positionals
  } else {
    hypothesisFile = positionals[0] ?? ''
    referenceFiles = positionals.slice(1)
  }
  if (referenceFiles.length === 0) {
    throw new DriftlensError('ERR_USAGE', '`score` expects <hyp-file> <ref-file>..., or reference files with the hypothesis on standard input or -i')
  }
  if ([hypothesisFile, ...referenceFiles].filter((name) => name === '-').length > 1) {
    throw new DriftlensError('ERR_USAGE', 'only one file can be `-` (standard input)')
  }
  const decodeOptions = values.encoding === undefined ? {} : {encoding: values.encoding as string}
  const hypothesisInput = await readCommandInput(hypothesisFile, io, decodeOptions)
  const hypotheses = splitSegments(hypothesisInput.text)
  const references: string[][] = []
  for (const file of referenceFiles) {
    const input = await readCommandInput(file, io, decodeOptions)
    const lines = splitSegments(input.text)
    if (lines.length !== hypotheses.length) {
      throw new DriftlensError(
        'ERR_INPUT',
        `\`${hypothesisInput.name}\` has ${hypotheses.length} line(s) but \`${input.name}\` has ${lines.length}: scoring needs one reference line per hypothesis line`,
      )
    }
    references.push(lines)
  }
  const metrics = metricNames.filter((name) => requested.includes(name))
  const results: MetricResult[] = []
  if (values.sentence) {
    for (let segment = 0; segment < hypotheses.length; segment++) {
      for (const metric of metrics) results.push(scoreMetric(metric, hypotheses, references, tokenize as BleuTokenizer, segment))
    }
  } else {
    for (const metric of metrics) results.push(scoreMetric(metric, hypotheses, references, tokenize as BleuTokenizer))
  }
  if (format === 'json') await io.stdout(formatJsonResults(results, width))
  else await io.stdout(results.map((result) => `${formatSacrebleuLine(result, {width})}\n`).join(''))
  return 0
}

/**
 * sacrebleu's `--format json` output: one object for one result, a list of
 * objects for several (Python's `json.dumps(…, indent=1)` layout).
 */
function formatJsonResults(results: readonly MetricResult[], width: number): string {
  const objects = results.map((result) => formatSacrebleuJson(result, {width}).trimEnd())
  if (objects.length === 1) return `${objects[0]}\n`
  return `[\n${objects.map((object) => object.replace(/^/gm, ' ')).join(',\n')}\n]\n`
}
