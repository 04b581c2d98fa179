import {describe, expect, it} from '@jest/globals'
import {creditPattern, pictureNotePattern} from './find-captions'
import {matchesFrom, stickyOf} from './matches-from'

/** Pieces texts are built from: the words and brackets the picture patterns read, and others. */
const pieces = [
  '(', ')', '((', '(AP', '(AFP', 'Photo/Khalid', 'Images)', 'Pictures', '(Getty', 'Images', '(pictured)', '(Pictured', 'pictured', 'left)',
  ':', ',', ' ', '\t', '\n', '(file', 'photo)', 'stock', 'images)', 'Reuters', 'EPA', 'PA', 'the', 'crowd', 'x'.repeat(70), '(FILE PHOTO)',
]

/** A text of `count` pieces from a fixed seed, joined by single spaces or nothing. */
function textOf(seed: number, count: number): string {
  let state = seed
  let out = ''
  for (let k = 0; k < count; k++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const piece = pieces[(state >>> 8) % pieces.length]!
    out += (state & 3) === 0 ? piece : ` ${piece}`
  }
  return out
}

const shape = (matches: Iterable<RegExpMatchArray>): string[] => Array.from(matches, (match) => `${match.index}:${match[0]}`)

describe('matchesFrom', () => {
  it('finds what matchAll finds, for both picture patterns, on 20,000 random texts', () => {
    const differ: string[] = []
    let found = 0
    for (const pattern of [creditPattern, pictureNotePattern]) {
      const sticky = stickyOf(pattern)
      for (let seed = 1; seed <= 10_000; seed++) {
        const text = textOf(seed, 1 + (seed % 30))
        const expected = shape(text.matchAll(pattern))
        found += expected.length
        if (shape(matchesFrom(text, sticky, '(')).join('|') !== expected.join('|')) differ.push(text)
      }
    }
    expect(differ).toEqual([])
    expect(found).toBeGreaterThan(1000)
  })

  it.each([
    ['A fire (AP Photo/Khalid Mohammed) burns (pictured: the gate) and (file photo).', ['7:(AP Photo/Khalid Mohammed)', '40:(pictured: the gate)', '65:(file photo)']],
    ['((pictured)) and ( pictured)', ['1:(pictured)']],
    ['no brackets', []],
  ])('in %j finds %j', (text, expected) => {
    const found = [...shape(matchesFrom(text, stickyOf(creditPattern), '(')), ...shape(matchesFrom(text, stickyOf(pictureNotePattern), '('))]
    expect(found).toEqual(expected)
  })

  it('makes a pattern sticky and not global', () => {
    expect(stickyOf(/a/giu).flags).toBe('iuy')
  })
})
