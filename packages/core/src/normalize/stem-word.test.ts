import {describe, expect, it} from '@jest/globals'
import {stemWord, stripPossessive} from './stem-word'

describe('stemWord', () => {
  it.each([
    ['neighbourhood', 'neighborhood'],
    ['neighbours', 'neighbor'],
    ['organised', 'organizing'],
    ['centre', 'center'],
    ['attacks', 'attack'],
    ['attacked', 'attacking'],
    ['countries', 'country'],
    ['defence', 'defense'],
  ])('gives %j and %j the same stem', (british, american) => {
    expect(stemWord(british)).toBe(stemWord(american))
  })

  it.each([
    ['embassy', 'embassies', true],
    ['four', 'for', false],
    ['status', 'statu', false],
  ])('stems %j and %j alike: %j', (first, second, same) => {
    expect(stemWord(first) === stemWord(second)).toBe(same)
  })
})

/** The rules of `stemWord` written plainly with `endsWith`: the reference the code-unit version must match. */
function referenceStem(lower: string): string {
  const britishIse = ['isations', 'isation', 'ising', 'ised', 'ises', 'ise', 'ysing', 'ysed', 'yses', 'yse']
  let w = lower
  if (w.length > 5 && w.includes('our')) w = w.replace(/([^aeiouy])our(s|ed|ing|hood|able|ite|er|ers)?$/, '$1or$2')
  const suffix = britishIse.find((ending) => w.endsWith(ending))
  if (suffix !== undefined) w = `${w.slice(0, -suffix.length)}${suffix[0]}z${suffix.slice(2)}`
  if (w.endsWith('tre') || w.endsWith('bre')) w = `${w.slice(0, -2)}er`
  else if (w.endsWith('tres') || w.endsWith('bres')) w = `${w.slice(0, -3)}ers`
  else if (w.endsWith('ence')) w = `${w.slice(0, -4)}ense`
  else if (w.endsWith('ogue')) w = w.slice(0, -2)
  const n = w.length
  if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`
  else if (n > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (n > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (n > 4 && ['sses', 'xes', 'ches', 'shes'].some((ending) => w.endsWith(ending))) w = w.slice(0, -2)
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2)
  const last = w.length - 1
  if (last > 2 && w[last] === w[last - 1] && !'aeiou'.includes(w[last]!)) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

describe('stemWord against its rules', () => {
  it('stems every word built from three of the endings it reads as the rules say', () => {
    const parts = ['', 'a', 'o', 'u', 'y', 'i', 's', 't', 'b', 'r', 'x', 'é', "'", 'ch', 'sh', 'our', 'ours', 'ouring', 'is', 'ys', 'isation', 'isations', 'ising', 'ised', 'ises', 'ise', 'ysing', 'ysed', 'yses', 'yse', 'tre', 'tres', 'bre', 'bres', 'ence', 'ogue', 'ies', 'ied', 'ing', 'ed', 'sses', 'xes', 'ches', 'shes', 'ss', 'us', 'ly', 'll', 'e', 'ee']
    let differ = 0
    for (const first of parts) for (const second of parts) for (const third of parts) if (stemWord(first + second + third) !== referenceStem(first + second + third)) differ++
    expect(differ).toBe(0)
  })

  it('stems random strings of the letters the rules read as the rules say', () => {
    const letters = "aeiouysrtbnglchxzd'-.é1"
    let state = 7
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000
    const differing: string[] = []
    for (let k = 0; k < 100_000; k++) {
      let word = ''
      for (let length = Math.floor(next() * 12); length > 0; length--) word += letters[Math.floor(next() * letters.length)]
      if (stemWord(word) !== referenceStem(word)) differing.push(word)
    }
    expect(differing).toEqual([])
  })
})

describe('stripPossessive', () => {
  it.each([
    ["week's", 'week'],
    ["protesters'", 'protesters'],
    ['embassy', 'embassy'],
  ])('turns %j into %j', (word, expected) => {
    expect(stripPossessive(word)).toBe(expected)
  })
})
