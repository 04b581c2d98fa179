import {describe, expect, it} from '@jest/globals'
import {findSpacing} from './find-spacing'
import {contextOf} from './test-context'

describe('findSpacing', () => {
  it.each([
    ['in the Middle East .', ' .', '.'],
    ['the attack ,calling it', ' ,', ', '],
    ['on Tuesday ,and agreed', ' ,', ', '],
    ['the end ?', ' ?', '?'],
    ['he said ; nothing', ' ;', ';'],
    ['so : the talks', ' :', ':'],
    ['the trailers.The guards', '.', '. '],
    ['he said no."The end', '."', '." '],
    ['the guards    withdrew', '    ', ' '],
    ['three.   Spaces', '   ', ' '],
  ])('in %j finds %j repaired as %j', (text, expected, suggestion) => {
    const found = findSpacing(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
  })

  it.each([
    'He left.  She stayed.',
    'He stood up . . . and sat down.',
    'It rose ... then fell.',
    'A value of .5 and the .com boom',
    'U.S. forces left at 4 p.m. on Tuesday.',
    'Visit example.Com or www.Example.org today.',
    'e.g.The is not a sentence end',
    'Yahoo! shares fell.',
    '    Indented line.',
    'Trailing spaces   \nnext line',
    'The score (3-1) stood.',
  ])('leaves %j alone', (text) => {
    expect(findSpacing(contextOf(text))).toEqual([])
  })

  it('accepts French spacing before `:` when the document is French', () => {
    expect(findSpacing(contextOf('Il a dit : « non ».', {language: 'fra'}))).toEqual([])
    expect(findSpacing(contextOf('He said : no.', {language: 'eng'}))).toHaveLength(1)
  })
})
