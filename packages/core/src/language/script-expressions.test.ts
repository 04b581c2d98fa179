import {describe, expect, it} from '@jest/globals'
import {expressions} from 'franc-min/expressions.js'
import {scriptExpressions} from './language-profiles'

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
