import {
  chrfName,
  corpusBleu,
  corpusChrf,
  corpusTer,
  formatFixed,
  sentenceBleu,
  sentenceChrf,
  sentenceTer,
  type BleuResult,
} from '@driftlens/core'
import {DriftlensError} from '../errors'
import {readCommandInput} from '../inputs/read-input'
import type {Command, CommandArgs, CommandIo} from './command'

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

/** sacrebleu's text line for a BLEU result: score, precisions, brevity penalty, length ratio and lengths. */
function formatBleuLine(result: BleuResult, width: number): string {
  const {statistics} = result
  const precisions = statistics.precisions.map((value) => formatFixed(value, 1)).join('/')
  const ratio = statistics.referenceLength > 0 ? statistics.hypothesisLength / statistics.referenceLength : 0
  return (
    `BLEU|${result.signature} = ${formatFixed(result.score, width)} ${precisions} ` +
    `(BP = ${formatFixed(statistics.brevityPenalty, 3)} ratio = ${formatFixed(ratio, 3)} ` +
    `hyp_len = ${statistics.hypothesisLength} ref_len = ${statistics.referenceLength})`
  )
}

/** The output line of one metric over segments (one segment in `--sentence` mode). */
function scoreLine(metric: MetricName, hypotheses: string[], references: string[], sentence: boolean, width: number): string {
  const [hypothesis = '', reference = ''] = sentence ? [hypotheses[0], references[0]] : []
  switch (metric) {
    case 'chrf':
    case 'chrf++': {
      const options = {wordOrder: metric === 'chrf' ? 0 : 2}
      const result = sentence ? sentenceChrf(hypothesis, reference, options) : corpusChrf(hypotheses, references, options)
      return `${chrfName(options)}|${result.signature} = ${formatFixed(result.score, width)}`
    }
    case 'bleu':
      return formatBleuLine(sentence ? sentenceBleu(hypothesis, reference) : corpusBleu(hypotheses, references), width)
    case 'ter': {
      const result = sentence ? sentenceTer(hypothesis, reference) : corpusTer(hypotheses, references)
      return `TER|${result.signature} = ${formatFixed(result.score, width)}`
    }
  }
}

const help = `Usage:
  driftlens score <hyp-file> <ref-file> [options]

sacrebleu-identical chrF, chrF++, BLEU and TER of a hypothesis file against a
reference file, one segment per line, printed as sacrebleu's text lines with
their signatures. Either file may be \`-\` for standard input.

Options:
  --metric chrf|chrf++|bleu|ter  A metric to print; repeat for several (default all four)
  --sentence                     One line per segment and metric, with the sentence defaults
  --width N                      Decimals of the scores, 0 to 20 (default 2, as sacrebleu's --width)
  --encoding LABEL               Decode both files with this encoding
  -h, --help                     Show this help
  -v, --version                  Show the version
`

/**
 * `driftlens score`: sacrebleu-identical chrF, chrF++, BLEU and TER of a
 * hypothesis file against a reference file, one segment per line, printed as
 * sacrebleu's text lines with their signatures. Without `--metric` all four
 * are printed; `--metric` may be repeated. Corpus scores by default
 * (statistics summed over lines, sacrebleu's corpus defaults); `--sentence`
 * prints one line per segment and metric with the sentence defaults.
 */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'sacrebleu-identical chrF, chrF++, BLEU and TER of a hypothesis against references',
  help,
  options: {
    metric: {type: 'string', multiple: true},
    sentence: {type: 'boolean', default: false},
    width: {type: 'string', default: '2'},
    encoding: {type: 'string'},
  },
  run: runScore,
}

async function runScore({values, positionals}: CommandArgs, io: CommandIo): Promise<number> {
  if (positionals.length !== 2) {
    throw new DriftlensError('ERR_USAGE', `\`score\` expects <hyp-file> <ref-file>, got ${positionals.length} file argument(s)`)
  }
  const requested = (values.metric as string[] | undefined) ?? [...metricNames]
  for (const metric of requested) {
    if (!(metricNames as readonly string[]).includes(metric)) {
      throw new DriftlensError('ERR_USAGE', `unknown metric \`${metric}\`: expected one of ${metricNames.join(', ')}`)
    }
  }
  const widthText = values.width as string
  const width = Number(widthText)
  if (!/^\d+$/.test(widthText) || width > 20) {
    throw new DriftlensError('ERR_USAGE', `\`--width\` must be an integer from 0 to 20, not \`${widthText}\``)
  }
  const metrics = metricNames.filter((name) => requested.includes(name))
  const [hypFile, refFile] = positionals as [string, string]
  const encoding = values.encoding === undefined ? {} : {encoding: values.encoding as string}
  const hypotheses = splitSegments((await readCommandInput(hypFile, io, encoding)).text)
  const references = splitSegments((await readCommandInput(refFile, io, encoding)).text)
  if (hypotheses.length !== references.length) {
    throw new DriftlensError(
      'ERR_INPUT',
      `\`${hypFile}\` has ${hypotheses.length} line(s) but \`${refFile}\` has ${references.length}: scoring needs one reference line per hypothesis line`,
    )
  }
  const lines: string[] = []
  if (values.sentence) {
    for (let i = 0; i < hypotheses.length; i++) {
      for (const metric of metrics) lines.push(scoreLine(metric, [hypotheses[i]!], [references[i]!], true, width))
    }
  } else {
    for (const metric of metrics) lines.push(scoreLine(metric, hypotheses, references, false, width))
  }
  await io.stdout(lines.map((line) => `${line}\n`).join(''))
  return 0
}
