import {describe, expect, it} from '@jest/globals'
import {foldedQuoteOrDash, isLatinSpace} from './char-codes'
import {foldText} from './normalize-text'

describe('isLatinSpace', () => {
  it('takes exactly the white space of U+0000–U+00FF', () => {
    for (let code = 0; code < 0x100; code++) expect(isLatinSpace(code)).toBe(/\s/.test(String.fromCharCode(code)))
  })
})

describe('foldedQuoteOrDash', () => {
  it('folds each typographic quotation mark and dash as foldText does between words', () => {
    for (const mark of ['‘', '’', '“', '”', '–', '—']) {
      expect(String.fromCharCode(foldedQuoteOrDash(mark.charCodeAt(0)))).toBe(foldText(`a ${mark} b`).split(' ')[1])
    }
  })

  it('leaves every other code unit unfolded', () => {
    for (const mark of ["'", '"', '-', '«', '»', '„', '‐', 'a', ' ']) expect(foldedQuoteOrDash(mark.charCodeAt(0))).toBe(-1)
  })
})
