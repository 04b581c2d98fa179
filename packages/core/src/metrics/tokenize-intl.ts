import {describeValue} from '../validate-options'
import {splitPythonWhitespace} from './python-text'

// mteval-v14's international tokenization as sacrebleu's `intl` tokenizer
// applies it, on Unicode general categories: N (numbers), P (punctuation),
// S (symbols). The `u` flag makes each class match a whole code point, as
// Python's `regex` module does. Each pattern is one or two classes: linear time.

/** Punctuation after a non-number. */
const punctuationAfterNonNumber = /(\P{N})(\p{P})/gu
/** Punctuation before a non-number. */
const punctuationBeforeNonNumber = /(\p{P})(\P{N})/gu
/** Any symbol. */
const symbol = /(\p{S})/gu

/**
 * Tokenize a line with sacrebleu's `intl` tokenizer (mteval-v14
 * `--international-tokenization`): punctuation is split off unless it sits
 * between two numbers (`3.14`, `1,000` stay whole), every symbol (`$`, `€`,
 * `+`, emoji) is split off. Unlike `13a` it unescapes no XML entity, and a
 * number followed by a final period keeps it (`in 2019.`), a quirk of
 * mteval-v14 that sacrebleu keeps.
 *
 * @param line One segment (sacrebleu right-strips it before calling this).
 * @returns The tokens joined by single spaces.
 */
export function tokenizeIntl(line: string): string {
  if (typeof line !== 'string') throw new TypeError(`Expected \`line\` to be a string, not \`${describeValue(line)}\``)
  const split = line
    .replace(punctuationAfterNonNumber, '$1 $2 ')
    .replace(punctuationBeforeNonNumber, ' $1 $2')
    .replace(symbol, ' $1 ')
  return splitPythonWhitespace(split).join(' ')
}
