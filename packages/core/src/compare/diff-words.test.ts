import {describe, expect, it} from '@jest/globals'
import {diffWords, diffWordsBounded} from './diff-words'

const side = (text: string, start = 0) => ({start, end: start + text.length, text})

describe('diffWords', () => {
  it('finds a replaced word with offsets on both sides', () => {
    const parts = diffWords(side('The crowd tried to storm the embassy.'), side('The crowd attempted to storm the embassy.'))
    expect(parts.map((part) => part.op)).toEqual(['equal', 'delete', 'insert', 'equal'])
    expect(parts[1]!.source!.text).toBe('tried')
    expect(parts[2]!.variant!.text).toBe('attempted')
  })

  it('treats quote style and case as equal', () => {
    const parts = diffWords(side('Shouting “Down, Down USA!”'), side('Shouting "down, Down USA!"'))
    expect(parts).toHaveLength(1)
    expect(parts[0]!.op).toBe('equal')
  })

  it('treats entity residue as the character it stands for', () => {
    const parts = diffWords(side('chanted “death to America” and'), side('chanted "death to America,quot; and'))
    expect(parts.map((part) => part.op)).toEqual(['equal', 'insert', 'equal'])
    expect(parts[1]!.variant!.text).toBe(',')
    expect(parts[2]!.variant!.text).toBe('quot; and')
  })

  it('reports spans as offsets into the whole documents', () => {
    const sourceDocument = 'Intro. Security guards were seen retreating to the inside of the embassy.'
    const variantDocument = 'Other text here. Security guards were seen retreating inside the embassy.'
    const source = side(sourceDocument.slice(7), 7)
    const variant = side(variantDocument.slice(17), 17)
    for (const part of diffWords(source, variant)) {
      if (part.source) expect(sourceDocument.slice(part.source.start, part.source.end)).toBe(part.source.text)
      if (part.variant) expect(variantDocument.slice(part.variant.start, part.variant.end)).toBe(part.variant.text)
    }
  })

  it('returns nothing for two empty sides', () => {
    expect(diffWords(side(''), side(''))).toEqual([])
  })
})

describe('diffWords within its edit budget', () => {
  const commas = (mark: string) => `The ${'a'.concat(mark).repeat(1000)}a.`

  it('falls back to the coarse diff when every punctuation mark differs', () => {
    const source = side(commas(','))
    const variant = side(commas(';'))
    const {parts, coarse} = diffWordsBounded(source, variant)
    expect(coarse).toBe(true)
    expect(parts.map((part) => part.op)).toEqual(['equal', 'delete', 'insert', 'equal'])
    // The common first and last tokens stay equal; the rest is one replacement.
    expect(parts[0]!.source!.text).toBe('The a')
    expect(parts[3]!.variant!.text).toBe('a.')
    expect(parts[1]!.source!.text).toBe(source.text.slice(parts[1]!.source!.start, parts[1]!.source!.end))
    expect(parts[1]!.source!.text.startsWith(',a,')).toBe(true)
    expect(parts[2]!.variant!.text.endsWith(';a;')).toBe(true)
  })

  it('covers every token of both sides in the coarse diff', () => {
    const source = side(`word${'.'.repeat(1995)}`, 10)
    const variant = side(`word${'-'.repeat(1995)}`, 20)
    const {parts, coarse} = diffWordsBounded(source, variant)
    expect(coarse).toBe(true)
    expect(parts.map((part) => part.op)).toEqual(['equal', 'delete', 'insert'])
    expect(parts[1]!.source).toMatchObject({start: 14, end: 10 + source.text.length})
    expect(parts[2]!.variant).toMatchObject({start: 24, end: 20 + variant.text.length})
  })

  it.each([
    ['a reworded sentence', 'The crowd tried to storm the embassy on Sunday.', 'On Sunday the mob attempted to storm the embassy.'],
    ['two identical sentences', 'The crowd tried to storm the embassy.', 'The crowd tried to storm the embassy.'],
  ])('diffs %s exactly', (_, source, variant) => {
    const {parts, coarse} = diffWordsBounded(side(source), side(variant))
    expect(coarse).toBe(false)
    expect(parts).toEqual(diffWords(side(source), side(variant)))
  })

  it('is coarse past a small budget and exact within it', () => {
    const source = side('one two three four five')
    const variant = side('one 2 3 4 five')
    expect(diffWordsBounded(source, variant, {maxEditLength: 2}).coarse).toBe(true)
    expect(diffWordsBounded(source, variant, {maxEditLength: 6}).coarse).toBe(false)
    expect(diffWords(source, variant, {maxEditLength: 2}).map((part) => part.op)).toEqual(['equal', 'delete', 'insert', 'equal'])
  })

  it.each([[-1], [1.5], ['200'], [Number.NaN]])('throws on maxEditLength %p', (maxEditLength) => {
    expect(() => diffWords(side('a'), side('b'), {maxEditLength: maxEditLength as number})).toThrow(/`maxEditLength`/)
  })

  it('throws on an unknown option', () => {
    expect(() => diffWords(side('a'), side('b'), {maxEdits: 3} as never)).toThrow(/maxEdits/)
  })
})
