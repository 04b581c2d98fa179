import {describe, expect, it} from '@jest/globals'
import {data} from 'franc-min/data.js'
import {findTrigram, packTrigram, scriptProfiles, type ScriptProfiles} from './language-profiles'

/** The index built straight from franc-min's `'|'`-separated profiles. */
function postingsFromFrancMin(profiles: Readonly<Record<string, string>>): Map<string, number[]> {
  const lists = new Map<string, number[]>()
  Object.values(profiles).forEach((profile, languageIndex) => {
    const seen = new Set<string>()
    profile.split('|').forEach((trigram, rank) => {
      if (seen.has(trigram)) return
      seen.add(trigram)
      lists.set(trigram, [...(lists.get(trigram) ?? []), languageIndex, rank])
    })
  })
  return lists
}

/** The index's postings, by trigram text. */
function postingsOf({trigrams, starts, postings}: ScriptProfiles): Map<string, number[]> {
  const unpack = (packed: number) => String.fromCharCode(Math.floor(packed / 2 ** 32), Math.floor(packed / 2 ** 16) % 2 ** 16, packed % 2 ** 16)
  return new Map(Array.from(trigrams, (packed, index) => [unpack(packed), [...postings.subarray(starts[index]!, starts[index + 1]!)]]))
}

describe('scriptProfiles', () => {
  it('holds the scripts of franc-min, in its order', () => {
    expect([...scriptProfiles().keys()]).toEqual(Object.keys(data))
  })

  it.each(Object.keys(data))('decodes the %s profiles to franc-min’s trigrams, languages and ranks', (script) => {
    const profiles = data[script as keyof typeof data]!
    const indexed = scriptProfiles().get(script)!
    expect(indexed.languages).toEqual(Object.keys(profiles))
    const expected = postingsFromFrancMin(profiles)
    expect(postingsOf(indexed)).toEqual(expected)
    for (const [index, trigram] of [...expected.keys()].entries()) expect(findTrigram(indexed, packTrigram(trigram, 0))).toBe(index)
  })

  it('finds no trigram that no profile holds', () => {
    const latin = scriptProfiles().get('Latin')!
    for (const trigram of ['qqq', 'x9z', '\u{1F600}', '   ']) expect(findTrigram(latin, packTrigram(trigram, 0))).toBe(-1)
  })
})
