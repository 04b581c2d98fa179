import {describe, expect, it} from '@jest/globals'
import {tokenize13a} from './tokenize-13a'

describe('tokenize13a', () => {
  it.each([
    ['Hello, world.', 'Hello , world .'],
    ['It cost $1,000.50', 'It cost $ 1,000.50'],
    ['31/12/2019', '31 / 12 / 2019'],
    ['Iran-backed group', 'Iran-backed group'],
    ['pages 10-12', 'pages 10 - 12'],
    ["Tuesday's", "Tuesday's"],
    ['(hi) "yes"', '( hi ) " yes "'],
    ['a <skipped> b', 'a b'],
    ['line-\nbreak', 'linebreak'],
    ['&quot;x&quot; &amp;lt;', '" x " <'],
    ['no entity &quot without semicolon', 'no entity & quot without semicolon'],
    ['\ufeffword', '\ufeffword'],
    ['  spaced\u3000out  ', 'spaced out'],
    ['', ''],
  ])('tokenizes %j as %j', (line, expected) => {
    expect(tokenize13a(line)).toBe(expected)
  })
})
