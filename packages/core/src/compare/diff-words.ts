import {diffArrays} from 'diff'
import {normalizeText, toOriginalSpan} from '../normalize/normalize-text'
import {wordPatternSource} from '../normalize/tokenize-words'
import type {DiffPart, TextSpan} from '../types'

/** Words (as in `tokenizeWords`) and single punctuation marks. */
const tokenPattern = new RegExp(`${wordPatternSource}|[^\\s\\p{L}\\p{M}\\p{N}]`, 'gu')

interface Token extends TextSpan {
  readonly key: string
}

/**
 * Tokens of a text read through `normalizeText`, so case, quote and dash
 * style and entity residue (`quot;`) make no difference, each located in the
 * original text.
 */
function tokenize(text: string, offset: number): Token[] {
  const normalized = normalizeText(text)
  const tokens: Token[] = []
  for (const match of normalized.text.matchAll(tokenPattern)) {
    const span = toOriginalSpan(normalized, match.index, match.index + match[0].length)
    tokens.push({start: span.start + offset, end: span.end + offset, text: text.slice(span.start, span.end), key: match[0]})
  }
  return tokens
}

/**
 * Word-level diff of the two sides of a bead, computed by `diff` (jsdiff's
 * Myers diff over token arrays), with every part located in both originals.
 * Tokens are words and single punctuation marks of the text as
 * `normalizeText` folds it, so case, quote and dash style and entity residue
 * are not differences. An `equal` part covers a run of tokens on both sides; the
 * whitespace between tokens belongs to the run that surrounds it.
 *
 * @param source The source side: its original text and offset in the source document.
 * @param variant The variant side: its original text and offset in the variant document.
 * @returns The parts in order; spans are offsets into the whole documents.
 */
export function diffWords(source: TextSpan, variant: TextSpan): DiffPart[] {
  const sourceTokens = tokenize(source.text, source.start)
  const variantTokens = tokenize(variant.text, variant.start)
  const changes = diffArrays(
    sourceTokens.map((token) => token.key),
    variantTokens.map((token) => token.key),
  )
  const parts: DiffPart[] = []
  let s = 0
  let v = 0
  const span = (tokens: readonly Token[], from: number, count: number, text: string, base: number): TextSpan => {
    const start = tokens[from]!.start
    const end = tokens[from + count - 1]!.end
    return {start, end, text: text.slice(start - base, end - base)}
  }
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (count === 0) continue
    if (change.added) {
      parts.push({op: 'insert', variant: span(variantTokens, v, count, variant.text, variant.start)})
      v += count
    } else if (change.removed) {
      parts.push({op: 'delete', source: span(sourceTokens, s, count, source.text, source.start)})
      s += count
    } else {
      parts.push({
        op: 'equal',
        source: span(sourceTokens, s, count, source.text, source.start),
        variant: span(variantTokens, v, count, variant.text, variant.start),
      })
      s += count
      v += count
    }
  }
  return parts
}
