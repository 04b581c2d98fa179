import {describe, expect, it} from '@jest/globals'
import {candidatePattern, findInvisibleChars, isCandidateUnit} from './find-invisible-chars'
import {contextOf} from './test-context'

describe('findInvisibleChars', () => {
  it.each([
    ['embassy\u200b was', '\u200b', ''],
    ['pro\u00adtesters', '\u00ad', ''],
    ['said\ufeff the', '\ufeff', ''],
    ['the \ufb01nal report', '\ufb01', 'fi'],
    ['the ＵＳ embassy', 'ＵＳ', 'US'],
    ['report\u0007 was', '\u0007', ''],
    ['a\u000cb', '\u000c', ' '],
    ['Protesters\u200d gathered', '\u200d', ''],
    ['Officials\u202e said', '\u202e', ''],
    ['zero\u200b\u200bwidth', '\u200b\u200b', ''],
  ])('in %j finds %j repaired as %j', (text, expected, suggestion) => {
    const found = findInvisibleChars(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
  })

  it.each([
    '\ufeffA BOM at the very start is a file marker.',
    'The emoji 👨‍👩‍👧 joins its parts.',
    'می‌خواهم',
    'Tabs\tand\r\nline breaks are fine.',
    'Fullwidth in CJK: 東京ＡＢＣ',
    'NESTLÉ® −5 °C Łódź',
    'The weekâ€\u009d case belongs to mojibake',
    'שלום\u200f text',
  ])('leaves %j alone', (text) => {
    expect(findInvisibleChars(contextOf(text))).toEqual([])
  })

  it('takes a code unit for a candidate exactly when the candidate pattern matches it, for every code unit', () => {
    const single = new RegExp(candidatePattern.source)
    const differ: number[] = []
    let candidates = 0
    for (let code = 0; code <= 0xffff; code++) {
      const expected = single.test(String.fromCharCode(code))
      if (expected) candidates++
      if (isCandidateUnit(code) !== expected) differ.push(code)
    }
    expect(differ).toEqual([])
    expect(candidates).toBeGreaterThan(100)
  })
})
