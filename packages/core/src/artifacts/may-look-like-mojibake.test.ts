import {describe, expect, it} from '@jest/globals'
import {codePages} from './code-pages'
import {mayLookLikeMojibake} from './may-look-like-mojibake'
import {looksLikeMojibake} from './mojibake-badness'

/** ASCII the scan's rules read around a character, every code page's upper half, typographic marks, CJK and a character outside the BMP. */
const alphabet = Array.from(
  new Set([...'abczAZ .,?!\'"-0 \t', ...Object.values(codePages).join(''), ...'’‘“”–—…\u00a0\u00adéÉœŒ中文한🙂', '\u0085', '\u009d']),
)

/** A string of `length` characters of `alphabet` from a fixed seed, ASCII twice as likely as the rest. */
function textOf(seed: number, length: number): string {
  let state = seed
  let out = ''
  for (let k = 0; k < length; k++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const ascii = (state & 3) !== 0
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out += ascii ? 'ab .,?zA'[(state >>> 8) % 8] : alphabet[(state >>> 8) % alphabet.length]
  }
  return out
}

describe('mayLookLikeMojibake', () => {
  it('is true wherever looksLikeMojibake is, on 30,000 random strings and their ranges inside a text', () => {
    let suspicious = 0
    let ruledOut = 0
    const missed: string[] = []
    for (let seed = 1; seed <= 30_000; seed++) {
      const piece = textOf(seed, 1 + (seed % 9))
      const text = `x’ ${piece}\u0085 y`
      const may = mayLookLikeMojibake(text, 3, 3 + piece.length)
      if (may !== mayLookLikeMojibake(piece, 0, piece.length)) missed.push(`range ${JSON.stringify(piece)}`)
      if (looksLikeMojibake(piece)) {
        suspicious++
        if (!may) missed.push(JSON.stringify(piece))
      }
      if (!may) ruledOut++
    }
    expect(missed).toEqual([])
    // Both answers are reached often.
    expect(suspicious).toBeGreaterThan(2000)
    expect(ruledOut).toBeGreaterThan(2000)
  })

  it.each([
    ['weekâ€™s', true],
    ['BagdÃ¡d', true],
    ['Ã at the start', true],
    ['voilÃ  le', true],
    ['c\u0092est', true],
    ['Œ ', true],
    ['ÐŸÑ€Ð¸Ð²ÐµÑ‚', true],
    ['He said “no” and left — twice…', false],
    ['Zürich, São Paulo, Ærøskøbing', false],
    ['Москва', true],
    ['plain ASCII', false],
  ])('for %j says %j', (text, expected) => {
    expect(mayLookLikeMojibake(text, 0, text.length)).toBe(expected)
    if (!expected) expect(looksLikeMojibake(text)).toBe(false)
  })
})
