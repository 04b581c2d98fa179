import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {punctuationRuns} from './segment-sentences'
import {isTerminal, terminalRunPattern} from './sentence-boundary'

/** The runs as the pattern finds them: `[start, end)` pairs, in order. */
function runsByPattern(text: string): number[] {
  return Array.from(text.matchAll(new RegExp(terminalRunPattern.source, 'g')), (match) => [match.index, match.index + match[0].length]).flat()
}

describe('punctuationRuns', () => {
  it.each([
    ['', []],
    ['No end', []],
    ['Ends. Here?! And… 終わり。次！', [4, 5, 10, 12, 16, 17, 21, 22, 23, 24]],
    ['...', [0, 3]],
    ['a.b.c', [1, 2, 3, 4]],
  ])('in %j finds %j', (text, expected) => {
    expect(Array.from(punctuationRuns(text))).toEqual(expected)
  })

  it('finds the runs of the pattern in text built from its characters and their neighbours', () => {
    const units = '.!?\u2026\u203C\u2046\u2047\u2048\u2049\u204A\u3001\u3002\uFF01\uFF1F\uFF61\uFF60 a\n,-\uD83D\uDE00'
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), {maxLength: 60}), (characters) => {
        const text = characters.join('')
        expect(Array.from(punctuationRuns(text))).toEqual(runsByPattern(text))
      }),
      {numRuns: 2000},
    )
  })

  it('finds the runs of the pattern in arbitrary text, long enough to grow its buffer', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), (text) => {
        const long = text.repeat(20)
        expect(Array.from(punctuationRuns(long))).toEqual(runsByPattern(long))
      }),
      {numRuns: 300},
    )
  })

  it('tells every UTF-16 code unit apart as the pattern does', () => {
    const single = new RegExp(`^${terminalRunPattern.source}$`)
    for (let code = 0; code < 0x10000; code++) expect(isTerminal(code)).toBe(single.test(String.fromCharCode(code)))
  })
})
