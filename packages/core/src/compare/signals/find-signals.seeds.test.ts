import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Signal, TextSpan} from '../../types'
import {findSignals} from './find-signals'

/**
 * Seed 001 (the wire story) against seed 000 (its machine round trip),
 * paragraph by paragraph, with spans into the whole seed files.
 */
const seed = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../../../seeds/${name}`, import.meta.url)), 'utf8')
const sourceDocument = seed('001_db457dd8b98fe6bd.txt')
const variantDocument = seed('000_45abfce7d79872e0.txt')

/** Blank-line separated paragraphs with their offsets. */
function paragraphs(text: string): TextSpan[] {
  const found: TextSpan[] = []
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const trimmed = match[0].trimEnd()
    if (trimmed.trim() !== '') found.push({start: match.index, end: match.index + trimmed.length, text: trimmed})
  }
  return found
}

const sourceParagraphs = paragraphs(sourceDocument)
const variantParagraphs = paragraphs(variantDocument)
// 000 inserts an embedded post as its seventh paragraph and drops the closing "Source:" line of 001.
const pairs = sourceParagraphs.slice(0, 14).map((source, i) => [source, variantParagraphs[i < 6 ? i : i + 1] as TextSpan] as const)
const signalsOf = pairs.map(([source, variant]) => findSignals(source, variant))

const find = (paragraph: number, kind: Signal['kind'], sourceText: string): Signal | undefined =>
  signalsOf[paragraph]?.find((s) => s.kind === kind && (s.source?.text.includes(sourceText) ?? false))

describe('findSignals on seed 001 ↔ seed 000', () => {
  it('pairs the paragraphs it means to', () => {
    expect(pairs).toHaveLength(14)
    expect(pairs[6]?.[1].text).toMatch(/^Speaking from the scene/)
    expect(pairs[13]?.[1].text).toMatch(/^The Iraqi militia backed by Iran/)
  })

  it.each([
    [1, 'Down, Down USA!'],
    [7, 'This entire funeral procession'],
    [12, 'precision defensive strikes'],
  ])('flags the quotation of paragraph %d (%j) as no longer verbatim', (paragraph, text) => {
    expect(find(paragraph, 'quote', text)).toBeDefined()
  })

  it.each([
    [7, 'she said'],
    [8, 'she continued'],
  ])('flags the pronoun of paragraph %d (%j) as flipped to he', (paragraph, context) => {
    const signal = find(paragraph, 'pronoun', 'she')
    expect(signal?.variant?.text).toBe('he')
    expect(sourceDocument.slice(signal!.source!.start, signal!.source!.start + context.length)).toBe(context)
  })

  it('flags "this week" dropped from the lede', () => {
    const signal = signalsOf[0]?.find((s) => (s.kind === 'temporal' || s.kind === 'omission') && s.source?.text.includes('this week'))
    expect(signal).toBeDefined()
  })

  it('finds nothing where only the wording changed ("retreating to the inside of" ↔ "retreating inside")', () => {
    expect(signalsOf[5]).toEqual([])
  })

  it.each([
    [0, ['temporal']],
    [1, ['quote']],
    [2, []],
    [3, []],
    [4, []],
    [5, []],
    [6, []],
    [7, ['pronoun', 'quote']],
    [8, ['pronoun', 'quote']],
    [9, ['quote']],
    [10, []],
    [11, []],
    [12, ['quote']],
    [13, ['temporal']],
  ])('finds in paragraph %d exactly the kinds %j', (paragraph, kinds) => {
    expect([...new Set(signalsOf[paragraph]?.map((s) => s.kind))].sort()).toEqual(kinds)
  })

  it('gives spans that slice the whole seed files', () => {
    for (const signal of signalsOf.flat()) {
      if (signal.source) expect(sourceDocument.slice(signal.source.start, signal.source.end)).toBe(signal.source.text)
      if (signal.variant) expect(variantDocument.slice(signal.variant.start, signal.variant.end)).toBe(signal.variant.text)
    }
  })
})
