import {splitPythonWhitespace} from './python-text'

// The "13a" tokenizer of mteval-v13a.pl as sacrebleu applies it. Every
// pattern is a single character class or a pair of them: linear time.

/** ASCII punctuation split off everywhere: all of it except `'`, `,`, `-` and `.`. */
const punctuation = /([{-~[-` -&(-+:-@/])/g
/** `.` or `,` after a non-digit. */
const periodCommaAfterNonDigit = /([^0-9])([.,])/g
/** `.` or `,` before a non-digit. */
const periodCommaBeforeNonDigit = /([.,])([^0-9])/g
/** `-` after a digit. */
const dashAfterDigit = /([0-9])(-)/g

/**
 * Tokenize a line with sacrebleu's default BLEU tokenizer, `13a`.
 *
 * Removes `<skipped>` and end-of-line hyphenation (`-` + newline), joins
 * lines, unescapes `&quot;`, `&amp;`, `&lt;`, `&gt;` and `&apos;` when the
 * line holds an `&`, then puts spaces around ASCII punctuation except `'`
 * and `-`, and around `.` and `,` except between digits; `-` is split only
 * after a digit. Whitespace is Python's, so a BOM stays part of its word.
 *
 * @param line One segment (sacrebleu right-strips it before calling this).
 * @returns The tokens joined by single spaces, without leading or trailing space.
 */
export function tokenize13a(line: string): string {
  return splitMtevalPunctuation(` ${prepare13a(line)} `)
}

/**
 * The first step of `13a`, before punctuation is split: `<skipped>` and
 * end-of-line hyphenation removed, lines joined, and `&quot;`, `&amp;`,
 * `&lt;`, `&gt;` and `&apos;` unescaped when the line holds an `&`.
 *
 * @param line One segment.
 * @returns The line ready for `splitMtevalPunctuation` (without the padding spaces).
 */
export function prepare13a(line: string): string {
  // Most lines hold none of the three characters the replacements start with.
  if (!line.includes('<') && !line.includes('\n') && !line.includes('&')) return line
  const text = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ')
  if (!text.includes('&')) return text
  return text.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&apos;', "'")
}

/**
 * The language-dependent step mteval-v13a shares with the `zh` tokenizer:
 * spaces around ASCII punctuation except `'`, `,`, `-` and `.`; around `.`
 * and `,` unless between digits; after `-` following a digit. Then runs of
 * Python whitespace become single spaces, with none at either end.
 *
 * @param text Text to split (13a pads it with a space on each side first; `zh` does not).
 * @returns The tokens joined by single spaces.
 */
export function splitMtevalPunctuation(text: string): string {
  const split = text
    .replace(punctuation, ' $1 ')
    .replace(periodCommaAfterNonDigit, '$1 $2 ')
    .replace(periodCommaBeforeNonDigit, ' $1 $2')
    .replace(dashAfterDigit, '$1 $2 ')
  return splitPythonWhitespace(split).join(' ')
}
