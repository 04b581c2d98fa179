import {topLanguage} from './rank-languages'
import {assertKnownOptions} from '../validate-options'

/** Options of `detectLanguage`. */
export interface DetectLanguageOptions {
  /** ISO 639-3 codes to choose from; empty means all 82 languages of franc-min's profiles. @default [] */
  readonly only?: readonly string[]
  /** ISO 639-3 codes never to return. @default [] */
  readonly ignore?: readonly string[]
  /** Below this many characters (after links and handles are removed) the answer is `und`. @default 10 */
  readonly minLength?: number
  /**
   * How many characters of the text (after links and handles are removed) to
   * read, at most 2,048 (as franc); fewer is faster (about 0.1 ms at 256
   * against 0.6–0.9 ms at 2,048 per article) and still right on whole articles.
   * @default 2048
   */
  readonly maxLength?: number
}

/** The defaults of `detectLanguage`: every language, franc's length floor and sample length. */
export const defaultDetectLanguageOptions = {only: [], ignore: [], minLength: 10, maxLength: 2048} as const satisfies Required<DetectLanguageOptions>

/** Links and social handles inside a word: they are in no language and skew trigram counts. */
const linkOrHandlePattern = /\b(?:https?:\/\/|www\.)\S+|@\w+/g

/**
 * True for a word shaped like an e-mail address: an `@` after its first
 * character, then at least one character, a dot and one more character.
 * Checked by position rather than with `\S+@\S+\.\S+`, which backtracks in
 * cubic time on a long run of `@` (4 KB took 13 s).
 */
function isEmailLike(word: string): boolean {
  const at = word.indexOf('@', 1)
  return at !== -1 && word.lastIndexOf('.', word.length - 2) >= at + 2
}

/** The text with links, e-mail addresses and handles replaced by spaces, in linear time. */
function removeNonProse(text: string): string {
  // Without an `@` and a link's start there is nothing to remove (the usual case): no pass word by word.
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.')) return text
  return text.replace(/\S+/g, (word) => (isEmailLike(word) ? ' ' : word.replace(linkOrHandlePattern, ' ')))
}

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * `text.replace(/\s+/g, ' ').trim().slice(0, maxLength)`, reading the text
 * only as far as the result needs: the words, one space between two.
 *
 * @param text A text.
 * @param maxLength The longest result.
 * @returns The text's first words, white space collapsed.
 */
export function collapseSpaces(text: string, maxLength: number): string {
  const parts: string[] = []
  let length = 0
  let end = 0
  while (length < maxLength) {
    let start = end
    while (start < text.length && isSpace(text.charCodeAt(start))) start++
    if (start === text.length) break
    end = start + 1
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++
    if (length > 0) {
      parts.push(' ')
      length++
    }
    parts.push(text.slice(start, end))
    length += end - start
  }
  return parts.join('').slice(0, maxLength)
}

function resolveDetectLanguageOptions(options: DetectLanguageOptions): Required<DetectLanguageOptions> {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  }
  assertKnownOptions(options, Object.keys(defaultDetectLanguageOptions), 'language')
  const resolved = {...defaultDetectLanguageOptions, ...options}
  for (const key of ['only', 'ignore'] as const) {
    const list = resolved[key]
    if (!Array.isArray(list) || !list.every((code) => typeof code === 'string')) {
      throw new TypeError(`Expected \`${key}\` to be an array of language codes, not \`${String(list)}\``)
    }
  }
  for (const key of ['minLength', 'maxLength'] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 0) {
      throw new RangeError(`Expected \`${key}\` to be a non-negative integer, not \`${resolved[key]}\``)
    }
  }
  return resolved
}

/**
 * Detect the language of a document from franc-min's trigram profiles (82
 * languages; Cavnar & Trenkle 1994), with franc-min's answers, through an
 * index of the profiles (see `rankLanguages`).
 *
 * Meant for whole documents: only the first 2,048 characters are read,
 * which is plenty for an article, while single sentences are often wrong
 * (`Vows of Revenge` comes out as Dutch). For
 * per-sentence checks, such as spotting an untranslated segment, restrict
 * the choice with `only` and raise `minLength`. Links, e-mail addresses and
 * `@handles` are removed first. Never throws on text.
 *
 * @param text The original text.
 * @param options Languages to choose from or ignore, and the length floor.
 * @returns An ISO 639-3 code (`eng`, `fra`, `arb`…), or `und` when the text is too short or gives no answer.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): string {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  const {only, ignore, minLength, maxLength} = resolveDetectLanguageOptions(options)
  // Clean a little more than is read, so removed links do not shorten the sample.
  const sample = text.slice(0, maxLength * 2 + 256)
  const prose = collapseSpaces(removeNonProse(sample), maxLength)
  return topLanguage(prose, {only, ignore, minLength})
}
