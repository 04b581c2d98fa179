/**
 * sacrebleu's printed forms of a score, so a command line can print exactly
 * what `sacrebleu` prints: the text line (`BLEU|nrefs:1|… = 37.7 70.0/…`)
 * and the `--format json` object. Pure functions of a result; nothing here
 * computes a metric.
 */
import {assertKnownOptions, describeValue} from '../validate-options'
import type {BleuResult} from './bleu'
import type {ChrfResult} from './chrf'
import {formatFixed} from './signature'
import type {TerResult} from './ter'

/** Any metric result driftlens returns. */
export type MetricResult = BleuResult | ChrfResult | TerResult

/** Options of the sacrebleu output helpers. */
export interface SacrebleuOutputOptions {
  /** Decimals of the score (sacrebleu's `--width`). @default 1 */
  readonly width?: number
}

/**
 * sacrebleu 2.x's JSON result of one metric (`sacrebleu --format json`):
 * name, score rounded to `width` decimals, the full signature, BLEU's
 * verbose part, then every `key:value` field of the signature as a string.
 */
export type SacrebleuJson = {
  readonly name: string
  readonly score: number
  readonly signature: string
  readonly verbose_score?: string
} & Readonly<Record<string, string | number>>

function resolveWidth(options: SacrebleuOutputOptions): number {
  assertKnownOptions(options, ['width'])
  const width = options.width ?? 1
  if (!Number.isInteger(width) || width < 0 || width > 20) {
    throw new RangeError(`Expected \`width\` to be an integer from 0 to 20, not \`${describeValue(width)}\``)
  }
  return width
}

function assertResult(result: unknown): asserts result is MetricResult {
  const candidate = result as Partial<MetricResult> | null
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    typeof candidate.name !== 'string' ||
    typeof candidate.score !== 'number' ||
    typeof candidate.signature !== 'string'
  ) {
    throw new TypeError(`Expected \`result\` to be a metric result with \`name\`, \`score\` and \`signature\`, not \`${describeValue(result)}\``)
  }
}

/**
 * BLEU's verbose part as sacrebleu prints it after the score:
 * `70.0/48.3/32.1/18.5 (BP = 1.000 ratio = 1.000 hyp_len = 30 ref_len = 30)`.
 * Empty for chrF and TER, which have none.
 */
export function sacrebleuVerboseScore(result: MetricResult): string {
  assertResult(result)
  if (result.name !== 'BLEU') return ''
  const {precisions, brevityPenalty, hypothesisLength, referenceLength} = (result as BleuResult).statistics
  const ratio = referenceLength ? hypothesisLength / referenceLength : 0
  return (
    `${precisions.map((value) => formatFixed(value, 1)).join('/')} (BP = ${formatFixed(brevityPenalty, 3)} ` +
    `ratio = ${formatFixed(ratio, 3)} hyp_len = ${Math.trunc(hypothesisLength)} ref_len = ${Math.trunc(referenceLength)})`
  )
}

/**
 * The line sacrebleu prints for a score: `name|signature = score`, then
 * BLEU's verbose part.
 *
 * @param result A result of any sentence or corpus metric function.
 * @param options `width`: decimals of the score (sacrebleu's default 1).
 */
export function formatSacrebleuLine(result: MetricResult, options: SacrebleuOutputOptions = {}): string {
  assertResult(result)
  const width = resolveWidth(options)
  const verbose = sacrebleuVerboseScore(result)
  return `${result.name}|${result.signature} = ${formatFixed(result.score, width)}${verbose ? ` ${verbose}` : ''}`
}

/**
 * The object sacrebleu 2.x serializes for `--format json`, in its key order.
 *
 * @param result A result of any sentence or corpus metric function.
 * @param options `width`: decimals the score is rounded to (sacrebleu's default 1).
 */
export function toSacrebleuJson(result: MetricResult, options: SacrebleuOutputOptions = {}): SacrebleuJson {
  assertResult(result)
  const width = resolveWidth(options)
  const json: Record<string, string | number> = {
    name: result.name,
    score: Number(formatFixed(result.score, width)),
    signature: result.signature,
  }
  const verbose = sacrebleuVerboseScore(result)
  if (verbose) json.verbose_score = verbose
  for (const field of result.signature.split('|')) {
    const colon = field.indexOf(':')
    json[field.slice(0, colon)] = field.slice(colon + 1)
  }
  return json as SacrebleuJson
}

/**
 * {@link toSacrebleuJson} as the text sacrebleu prints: Python's
 * `json.dumps(…, indent=1, ensure_ascii=False)`, where a whole-number score
 * keeps its `.0` (`100.0`).
 *
 * @param result A result of any sentence or corpus metric function.
 * @param options `width`: decimals the score is rounded to (sacrebleu's default 1).
 */
export function formatSacrebleuJson(result: MetricResult, options: SacrebleuOutputOptions = {}): string {
  const json = toSacrebleuJson(result, options)
  const lines = Object.entries(json).map(
    ([key, value]) => ` ${JSON.stringify(key)}: ${typeof value === 'number' ? formatPythonFloat(value) : JSON.stringify(value)}`,
  )
  return `{\n${lines.join(',\n')}\n}`
}

/**
 * Python's `repr` of a float: the shortest digits that read back as the same
 * number (as JavaScript's), but `100.0` rather than `100`, and exponent form
 * below 1e-4 and from 1e16 on (`1e-05`, `1e+16`).
 */
export function formatPythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const exponent = Number(exponentText)
  const sign = value < 0 ? '-' : ''
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : ''
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1)
  return `${sign}${whole}.${fraction || '0'}`
}
