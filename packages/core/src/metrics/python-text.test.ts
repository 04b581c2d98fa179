import {describe, expect, it} from '@jest/globals'
import {isPythonWhitespace, removePythonWhitespace, rstripPythonWhitespace, splitPythonWhitespace} from './python-text'

describe('isPythonWhitespace', () => {
  it.each([
    ['space', 0x20, true],
    ['tab', 0x09, true],
    ['file separator U+001C', 0x1c, true],
    ['unit separator U+001F', 0x1f, true],
    ['next line U+0085', 0x85, true],
    ['no-break space', 0xa0, true],
    ['ideographic space', 0x3000, true],
    ['narrow no-break space', 0x202f, true],
    ['byte order mark U+FEFF', 0xfeff, false],
    ['zero-width space U+200B', 0x200b, false],
    ['Mongolian vowel separator U+180E', 0x180e, false],
    ['letter a', 0x61, false],
  ])('%s is whitespace: %s', (_name, unit, expected) => {
    expect(isPythonWhitespace(unit)).toBe(expected)
  })
})

describe('splitPythonWhitespace', () => {
  it.each([
    ['', []],
    [' \t\n ', []],
    ['a b', ['a', 'b']],
    ['  a\u3000b\u0085c  ', ['a', 'b', 'c']],
    ['\ufeffa b', ['\ufeffa', 'b']],
  ])('splits %j into %j', (text, expected) => {
    expect(splitPythonWhitespace(text)).toEqual(expected)
  })
})

describe('rstripPythonWhitespace and removePythonWhitespace', () => {
  it.each([
    ['a b \n', 'a b', 'ab'],
    ['\u001c a\u001f', '\u001c a', 'a'],
    ['a\ufeff', 'a\ufeff', 'a\ufeff'],
  ])('%j right-strips to %j and loses all whitespace as %j', (text, stripped, removed) => {
    expect(rstripPythonWhitespace(text)).toBe(stripped)
    expect(removePythonWhitespace(text)).toBe(removed)
  })
})
