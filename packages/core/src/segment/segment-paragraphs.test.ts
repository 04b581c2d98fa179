import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {isSegmentSpace, segmentParagraphs} from './segment-paragraphs'

const slices = (text: string): string[] => segmentParagraphs(text).map((span) => text.slice(span.start, span.end))

describe('segmentParagraphs', () => {
  it.each([
    ['splits at a blank line', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['splits at several blank lines', 'One.\n\n\n\nTwo.', ['One.', 'Two.']],
    ['counts a line of spaces and tabs as blank', 'One.\n \t \nTwo.', ['One.', 'Two.']],
    ['counts a line of no-break and zero-width spaces as blank', 'One.\n\u00A0\u200B\nTwo.', ['One.', 'Two.']],
    ['keeps a single line break inside a paragraph', 'One\nstill one.\n\nTwo.', ['One\nstill one.', 'Two.']],
    ['handles CRLF line endings', 'One.\r\nstill.\r\n\r\nTwo.', ['One.\r\nstill.', 'Two.']],
    ['handles CR line endings', 'One.\rstill.\r\rTwo.', ['One.\rstill.', 'Two.']],
    ['ends a paragraph at U+2029', 'One.\u2029Two.', ['One.', 'Two.']],
    ['trims surrounding whitespace', '  \n  One.  \n\n\t Two. \n ', ['One.', 'Two.']],
    ['returns nothing for whitespace only', ' \n\r\n\t ', []],
    ['returns nothing for empty text', '', []],
  ])('%s', (_title, text, expected) => {
    expect(slices(text)).toEqual(expected)
  })

  it('keeps a heading between blank lines as its own paragraph', () => {
    const text = 'Hundreds of Iraqi protesters.\n\nVows of revenge\n\nSource: Al Jazeer'
    expect(slices(text)).toEqual(['Hundreds of Iraqi protesters.', 'Vows of revenge', 'Source: Al Jazeer'])
  })

  it('keeps paragraphs trimmed, ordered and separated by a line break on arbitrary text', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '\n', '\r', '\r\n', '\t', '\u00A0', '\u200B', '\u2029', '.', '😀')
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string({unit})), (text) => {
        let previousEnd = 0
        for (const {start, end} of segmentParagraphs(text)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(isSegmentSpace(text.charCodeAt(start))).toBe(false)
          expect(isSegmentSpace(text.charCodeAt(end - 1))).toBe(false)
          if (previousEnd > 0) expect(/[\n\r\u2029]/.test(text.slice(previousEnd, start))).toBe(true)
          previousEnd = end
        }
      }),
      {numRuns: 300},
    )
  })
})

describe('isSegmentSpace', () => {
  it.each([
    [' ', true],
    ['\t', true],
    ['\n', true],
    ['\u00A0', true],
    ['\u200B', true],
    ['\uFEFF', true],
    ['\u3000', true],
    ['a', false],
    ['.', false],
    ['\u00AD', false],
  ])('classifies %j as %j', (char, expected) => {
    expect(isSegmentSpace(char.charCodeAt(0))).toBe(expected)
  })
})
