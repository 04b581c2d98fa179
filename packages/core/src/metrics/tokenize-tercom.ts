import {splitPythonWhitespace} from './python-text'

/** Options of {@link tokenizeTercom}. */
export interface TercomTokenizeOptions {
  /** Split punctuation and unescape XML entities, as tercom's `-N`. @default false */
  readonly normalized?: boolean
  /** Keep case; otherwise the text is lowercased. @default false */
  readonly caseSensitive?: boolean
}

/** Defaults of {@link TercomTokenizeOptions}. */
export const defaultTercomTokenizeOptions = {normalized: false, caseSensitive: false} as const satisfies Required<TercomTokenizeOptions>

// Western normalization patterns of tercom (each a single character class or a
// fixed string: linear time).
const punctuation = /([{-~[-` -&(-+:-@/])/g
const possessive = /'s /g
const periodCommaAfterNonDigit = /([^0-9])([.,])/g
const periodCommaBeforeNonDigit = /([.,])([^0-9])/g
const dashAfterDigit = /([0-9])(-)/g

/**
 * Tokenize a segment as sacrebleu's TER does (tercom's rules). By default it
 * only lowercases and collapses whitespace: punctuation stays attached, so
 * `world.` and `world` are different words. With `normalized`, XML entities
 * are unescaped and punctuation is split as in the 13a tokenizer, with `'s`
 * split off as its own token.
 *
 * @param text One segment (sacrebleu right-strips it before calling this).
 * @param options Case and normalization.
 * @returns The tokens joined by single spaces.
 */
export function tokenizeTercom(text: string, options: TercomTokenizeOptions = {}): string {
  if (text === '') return ''
  let sentence = options.caseSensitive ? text : text.toLowerCase()
  if (options.normalized) {
    sentence = sentence
      .replaceAll('\n-', '')
      .replaceAll('\n', ' ')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
    sentence = ` ${sentence} `
      .replace(punctuation, ' $1 ')
      .replace(possessive, " 's ")
      .replace(periodCommaAfterNonDigit, '$1 $2 ')
      .replace(periodCommaBeforeNonDigit, ' $1 $2')
      .replace(dashAfterDigit, '$1 $2 ')
  }
  return splitPythonWhitespace(sentence).join(' ')
}
