import {describe, expect, it} from '@jest/globals'
import {diffWords} from './diff-words'

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
