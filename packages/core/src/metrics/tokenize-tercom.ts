import {assertBoolean, assertKnownOptions, describeValue} from '../validate-options'
import {splitPythonWhitespace} from './python-text'

/** Options of {@link tokenizeTercom}. */
export interface TercomTokenizeOptions {
  /** Split punctuation and unescape XML entities, as tercom's `-N`. @default false */
  readonly normalized?: boolean
  /** Keep case; otherwise the text is lowercased. @default false */
  readonly caseSensitive?: boolean
  /** Remove `.`, `,`, `?`, `:`, `;`, `!`, `"`, `(` and `)` (and CJK punctuation with `asianSupport`). @default false */
  readonly noPunct?: boolean
  /**
   * With `normalized`, split CJK ideographs, strokes, radicals and CJK
   * punctuation into single characters; with `noPunct`, also remove CJK and
   * full-width punctuation. No effect without one of them. @default false
   */
  readonly asianSupport?: boolean
}

/** Defaults of {@link TercomTokenizeOptions}. */
export const defaultTercomTokenizeOptions = {
  normalized: false,
  caseSensitive: false,
  noPunct: false,
  asianSupport: false,
} as const satisfies Required<TercomTokenizeOptions>

/** Every option name of {@link TercomTokenizeOptions}. */
export const tercomTokenizeOptionNames: readonly (keyof TercomTokenizeOptions)[] = ['normalized', 'caseSensitive', 'noPunct', 'asianSupport']

// Western normalization patterns of tercom (each a single character class or a
// fixed string: linear time).
const punctuation = /([{-~[-` -&(-+:-@/])/g
const possessive = /'s /g
const periodCommaAfterNonDigit = /([^0-9])([.,])/g
const periodCommaBeforeNonDigit = /([.,])([^0-9])/g
const dashAfterDigit = /([0-9])(-)/g

// tercom's Asian normalization, by Unicode block: CJK Unified Ideographs and
// Extension A; CJK Strokes and Radicals Supplement; CJK Compatibility,
// Compatibility Ideographs and Compatibility Forms; U+3200–U+3F22 (Enclosed CJK
// Letters and Months onwards, as sacrebleu writes the range).
const asianBlocks = [
  /([\u4e00-\u9fff\u3400-\u4dbf])/g,
  /([\u31c0-\u31ef\u2e80-\u2eff])/g,
  /([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/g,
  /([\u3200-\u3f22])/g,
]
// tercom also splits runs of Hiragana, Katakana and Katakana Phonetic
// Extensions that start the text. Here the text always starts with the space
// the Western step adds, so those three patterns never match in sacrebleu and
// are left out.
const asianPunctuation = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/g
const fullWidthPunctuation = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/g
const removedPunctuation = /[.,?:;!"()]/g

/**
 * Tokenize a segment as sacrebleu's TER does (tercom's rules). By default it
 * only lowercases and collapses whitespace: punctuation stays attached, so
 * `world.` and `world` are different words. With `normalized`, XML entities
 * are unescaped and punctuation is split as in the 13a tokenizer, with `'s`
 * split off as its own token; `asianSupport` then also splits CJK characters
 * (`美众院` → `美 众 院`). `noPunct` removes common punctuation.
 *
 * @param text One segment (sacrebleu right-strips it before calling this).
 * @param options Case, normalization, punctuation and CJK handling.
 * @returns The tokens joined by single spaces.
 */
export function tokenizeTercom(text: string, options: TercomTokenizeOptions = {}): string {
  const resolved = resolveTercomTokenizeOptions(options)
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${describeValue(text)}\``)
  return tercomTokens(text, resolved)
}

/** Check tercom tokenizer options (names and values) and fill in the defaults. */
export function resolveTercomTokenizeOptions(options: TercomTokenizeOptions = {}): Required<TercomTokenizeOptions> {
  assertKnownOptions(options, tercomTokenizeOptionNames)
  const resolved = {...defaultTercomTokenizeOptions, ...options}
  for (const name of tercomTokenizeOptionNames) assertBoolean(resolved[name], name)
  return resolved
}

/** {@link tokenizeTercom} with options already checked. */
export function tercomTokens(text: string, options: Required<TercomTokenizeOptions>): string {
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
    if (options.asianSupport) {
      for (const block of asianBlocks) sentence = sentence.replace(block, ' $1 ')
      sentence = sentence.replace(asianPunctuation, ' $1 ').replace(fullWidthPunctuation, ' $1 ')
    }
  }
  if (options.noPunct) {
    sentence = sentence.replace(removedPunctuation, '')
    if (options.asianSupport) sentence = sentence.replace(asianPunctuation, '').replace(fullWidthPunctuation, '')
  }
  return splitPythonWhitespace(sentence).join(' ')
}
