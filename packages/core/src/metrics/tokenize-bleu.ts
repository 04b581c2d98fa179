import {assertOneOf, describeValue} from '../validate-options'
import {rstripPythonWhitespace, splitPythonWhitespace} from './python-text'
import {tokenize13a} from './tokenize-13a'
import {tokenizeIntl} from './tokenize-intl'
import {tokenizeZh} from './tokenize-zh'

/** The BLEU tokenizers driftlens runs, by sacrebleu's names. */
export type BleuTokenizer = '13a' | 'none' | 'intl' | 'char' | 'zh'

/** Every value `tokenize` accepts, default first. */
export const bleuTokenizers: readonly BleuTokenizer[] = ['13a', 'none', 'intl', 'char', 'zh']

/**
 * sacrebleu's tokenizers that need a model or a native library driftlens
 * does not ship (nothing is downloaded at run time), and what each needs.
 */
const tokenizersNeedingModels: Readonly<Record<string, string>> = {
  'ja-mecab': 'MeCab with the IPA dictionary (the `mecab-python3` and `ipadic` Python packages)',
  'ko-mecab': 'MeCab with the Korean dictionary (the `mecab-ko` and `mecab-ko-dic` Python packages)',
  spm: 'the FLORES-101 SentencePiece model (`flores101_mm100_175M/sentencepiece.bpe.model`)',
  flores101: 'the FLORES-101 SentencePiece model (`flores101_mm100_175M/sentencepiece.bpe.model`)',
  flores200: 'the FLORES-200 SentencePiece model (`flores200_sacrebleu_tokenizer_spm.model`)',
}

/**
 * Throw unless `value` names a tokenizer driftlens runs. sacrebleu's
 * model-based tokenizers are refused with what they would need.
 *
 * @param value The `tokenize` option.
 */
export function assertBleuTokenizer(value: unknown): asserts value is BleuTokenizer {
  if (typeof value === 'string' && Object.hasOwn(tokenizersNeedingModels, value)) {
    throw new RangeError(
      `Expected \`tokenize\` to be one of ${bleuTokenizers.join(', ')}, not \`${describeValue(value)}\`: ` +
        `sacrebleu's \`${value}\` tokenizer needs ${tokenizersNeedingModels[value]}, which driftlens does not bundle`,
    )
  }
  assertOneOf(value, bleuTokenizers, 'tokenize')
}

/**
 * Tokenize one line with a sacrebleu BLEU tokenizer, exactly as sacrebleu's
 * tokenizer object returns it:
 *
 * - `13a` (default): mteval-v13a, see {@link tokenize13a};
 * - `none`: the line unchanged (for text tokenized beforehand);
 * - `intl`: mteval-v14's international tokenization, see {@link tokenizeIntl};
 * - `char`: every code point separated by a space (whitespace included, so
 *   splitting the result drops it);
 * - `zh`: each Chinese character on its own, the rest as `13a`, see {@link tokenizeZh}.
 *
 * sacrebleu's `ja-mecab`, `ko-mecab`, `spm`, `flores101` and `flores200`
 * need models driftlens does not bundle and throw, saying what they need.
 *
 * @param line One segment (BLEU right-strips it first; this function does not).
 * @param tokenize The tokenizer's name. @default '13a'
 * @returns The tokenized line; BLEU's tokens are its Python-whitespace-separated pieces.
 */
export function tokenizeBleu(line: string, tokenize: BleuTokenizer = '13a'): string {
  if (typeof line !== 'string') throw new TypeError(`Expected \`line\` to be a string, not \`${describeValue(line)}\``)
  assertBleuTokenizer(tokenize)
  switch (tokenize) {
    case '13a':
      return tokenize13a(line)
    case 'none':
      return line
    case 'intl':
      return tokenizeIntl(line)
    case 'char':
      return Array.from(line).join(' ')
    case 'zh':
      return tokenizeZh(line)
  }
}

/**
 * The tokens BLEU counts in a segment, as sacrebleu's BLEU sees them:
 * optionally lowercased, right-stripped, tokenized, split at whitespace.
 *
 * @param text One segment.
 * @param tokenize The tokenizer (validated by the caller).
 * @param lowercase Lowercase first.
 */
export function bleuTokens(text: string, tokenize: BleuTokenizer = '13a', lowercase = false): string[] {
  const cased = lowercase ? text.toLowerCase() : text
  return splitPythonWhitespace(tokenizeBleu(rstripPythonWhitespace(cased), tokenize))
}
