import {describe, expect, it} from '@jest/globals'
import {expressions} from 'franc-min/expressions.js'
import fc from 'fast-check'
import {scriptExpressions} from './language-profiles'
import {topScript} from './script-counts'

/** Every code point once, then every surrogate alone (each followed by `a`, so none pairs up). */
function everyCharacter(): string {
  const parts: string[] = []
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code < 0xd800 || code > 0xdfff) parts.push(String.fromCodePoint(code))
  }
  for (let code = 0xd800; code <= 0xdfff; code++) parts.push(`${String.fromCharCode(code)}a`)
  return parts.join('')
}

describe('scriptExpressions', () => {
  const text = everyCharacter()

  it('holds the scripts of franc-min, in its order', () => {
    expect(scriptExpressions().map(([script]) => script)).toEqual(Object.keys(expressions))
  })

  it.each(Object.keys(expressions))('matches the same characters as franc-min’s %s expression', (script) => {
    const ours = scriptExpressions().find(([name]) => name === script)![1]
    const francMin = expressions[script as keyof typeof expressions]!
    expect(text.match(ours)).toEqual(text.match(francMin))
  })

  it('counts a surrogate pair once and a lone surrogate not at all, as franc-min does', () => {
    const chinese = scriptExpressions().find(([name]) => name === 'cmn')![1]
    const sample = '\u{20000}\u{20001}\ud840x\udc00'
    expect(sample.match(chinese)).toEqual(['\u{20000}', '\u{20001}'])
    expect(sample.match(chinese)).toEqual(sample.match(expressions.cmn!))
  })
})

describe('topScript', () => {
  /** The script with the most matches of its expression, the first in franc-min's order on a tie. */
  function byExpressions(value: string): {name: string; count: number} {
    let best = {name: '', count: -1}
    for (const [name, expression] of scriptExpressions()) {
      const count = value.match(expression)?.length ?? 0
      if (count > best.count) best = {name, count}
    }
    return best
  }

  it('finds the script of every character as the expressions do', () => {
    const text = everyCharacter()
    for (let start = 0; start < text.length; start += 4099) {
      const value = text.slice(start, start + 4099)
      expect(topScript(value)).toEqual(byExpressions(value))
    }
  })

  it('counts the characters of every script as the expressions do on mixed text', () => {
    const pieces = fc.constantFrom('a', 'é', 'ж', 'ب', 'क', '中', 'の', 'ア', '한', 'ก', 'α', '\u{20000}', '\ud840', '\udc00', ' ', '1', '\u{1F600}', 'ꦲ', 'ሀ')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 60}), (list) => {
        const value = list.join('')
        expect(topScript(value)).toEqual(byExpressions(value))
      }),
      {numRuns: 500},
    )
  })
})
