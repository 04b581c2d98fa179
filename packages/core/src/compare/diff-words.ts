import {diffArrays} from 'diff'
import type {DiffPart, TextSpan} from '../types'

/** Words (as in `tokenizeWords`) and single punctuation marks. */
const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-‐]|\.(?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu

interface Token extends TextSpan {
  readonly key: string
}

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index + offset
    tokens.push({start, end: start + match[0].length, text: match[0], key: tokenKey(match[0])})
  }
  return tokens
}

/** Compare tokens without case and typographic style: `“`/`"`, `’`/`'`, `–`/`-` are equal. */
function tokenKey(token: string): string {
  return token
    .toLowerCase()
    .replace(/[’‘ʼ`´′]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
}

/**
 * Word-level diff of the two sides of a bead, computed by `diff` (jsdiff's
 * Myers diff over token arrays), with every part located in both originals.
 * Tokens are words and single punctuation marks, compared without case or
 * quote/dash style. An `equal` part covers a run of tokens on both sides; the
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
