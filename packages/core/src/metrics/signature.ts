/**
 * sacrebleu's signature strings: the settings a score was computed with, so
 * two numbers are only compared when their signatures are equal. The fields,
 * their order and their short names follow sacrebleu 2.6.0.
 */

/** The sacrebleu version whose numbers these metrics reproduce. */
export const sacrebleuVersion = '2.6.0'

/** One `key:value` field with its long and short key. */
type Field = readonly [long: string, short: string, value: string]

function formatFields(fields: readonly Field[], short: boolean): string {
  return fields.map(([long, abbreviation, value]) => `${short ? abbreviation : long}:${value}`).join('|')
}

/** The settings that appear in a chrF signature. */
export interface ChrfSignatureSettings {
  /** Number of references per segment (`nrefs`), `var` when it varies. @default 1 */
  readonly referenceCount?: number | 'var'
  readonly charOrder: number
  readonly wordOrder: number
  readonly lowercase: boolean
  readonly whitespace: boolean
  readonly epsSmoothing: boolean
}

/**
 * The chrF signature, e.g. `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0`.
 *
 * @param settings The chrF settings.
 * @param short Use sacrebleu's short keys (`#:1|c:mixed|e:yes|…`). @default false
 */
export function formatChrfSignature(settings: ChrfSignatureSettings, short = false): string {
  return formatFields(
    [
      ['nrefs', '#', String(settings.referenceCount ?? 1)],
      ['case', 'c', settings.lowercase ? 'lc' : 'mixed'],
      ['eff', 'e', settings.epsSmoothing ? 'no' : 'yes'],
      ['nc', 'nc', String(settings.charOrder)],
      ['nw', 'nw', String(settings.wordOrder)],
      ['space', 's', settings.whitespace ? 'yes' : 'no'],
      ['version', 'v', sacrebleuVersion],
    ],
    short,
  )
}

/** The settings that appear in a BLEU signature. */
export interface BleuSignatureSettings {
  /** Number of references per segment (`nrefs`), `var` when it varies. @default 1 */
  readonly referenceCount?: number | 'var'
  /** The tokenizer's name (`tok`). @default '13a' */
  readonly tokenize?: string
  readonly lowercase: boolean
  readonly effectiveOrder: boolean
  readonly smooth: string
  /** The smoothing value, shown for `floor` and `add-k` only. */
  readonly smoothValue: number | undefined
}

/**
 * The BLEU signature, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`;
 * `floor` and `add-k` show their value with two decimals (`smooth:floor[0.10]`).
 *
 * @param settings The BLEU settings.
 * @param short Use sacrebleu's short keys. @default false
 */
export function formatBleuSignature(settings: BleuSignatureSettings, short = false): string {
  const smooth =
    (settings.smooth === 'floor' || settings.smooth === 'add-k') && settings.smoothValue !== undefined
      ? `${settings.smooth}[${formatFixed(settings.smoothValue, 2)}]`
      : settings.smooth
  return formatFields(
    [
      ['nrefs', '#', String(settings.referenceCount ?? 1)],
      ['case', 'c', settings.lowercase ? 'lc' : 'mixed'],
      ['eff', 'e', settings.effectiveOrder ? 'yes' : 'no'],
      ['tok', 'tok', settings.tokenize ?? '13a'],
      ['smooth', 's', smooth],
      ['version', 'v', sacrebleuVersion],
    ],
    short,
  )
}

/** The settings that appear in a TER signature. */
export interface TerSignatureSettings {
  /** Number of references per segment (`nrefs`), `var` when it varies. @default 1 */
  readonly referenceCount?: number | 'var'
  readonly caseSensitive: boolean
  readonly normalized: boolean
  /** Punctuation removed (`punct:no`). @default false */
  readonly noPunct?: boolean
  /** CJK handling on (`asian:yes`). @default false */
  readonly asianSupport?: boolean
}

/**
 * The TER signature, e.g. `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0`.
 *
 * @param settings The TER settings.
 * @param short Use sacrebleu's short keys. @default false
 */
export function formatTerSignature(settings: TerSignatureSettings, short = false): string {
  return formatFields(
    [
      ['nrefs', '#', String(settings.referenceCount ?? 1)],
      ['case', 'c', settings.caseSensitive ? 'mixed' : 'lc'],
      ['tok', 't', 'tercom'],
      ['norm', 'nr', settings.normalized ? 'yes' : 'no'],
      ['punct', 'pn', settings.noPunct ? 'no' : 'yes'],
      ['asian', 'as', settings.asianSupport ? 'yes' : 'no'],
      ['version', 'v', sacrebleuVersion],
    ],
    short,
  )
}

/**
 * Format a number with a fixed number of decimals the way Python's
 * `f"{x:.{digits}f}"` does: exact halfway cases round to even (JavaScript's
 * `toFixed` rounds them up), so printed scores equal sacrebleu's.
 *
 * @param value Any number.
 * @param digits Decimals, 0–20.
 * @returns The formatted number.
 */
export function formatFixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value)
  // toFixed(100) gives the exact decimal expansion of every double that a
  // score, a length or a ratio can be; the rounding is then done on digits.
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(100).split('.')
  const kept = whole + fraction.slice(0, digits)
  const next = fraction.charCodeAt(digits) - 48
  const lastKept = kept.charCodeAt(kept.length - 1) - 48
  const up = next > 5 || (next === 5 && (/[1-9]/.test(fraction.slice(digits + 1)) || lastKept % 2 === 1))
  const rounded = up ? incrementDecimal(kept) : kept
  const integerLength = rounded.length - digits
  const text = digits > 0 ? `${rounded.slice(0, integerLength)}.${rounded.slice(integerLength)}` : rounded
  return value < 0 || Object.is(value, -0) ? `-${text}` : text
}

/** Add one to a string of decimal digits. */
function incrementDecimal(digits: string): string {
  const out = digits.split('')
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0'
    } else {
      out[i] = String(Number(out[i]) + 1)
      return out.join('')
    }
  }
  return `1${out.join('')}`
}
