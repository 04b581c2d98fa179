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

/** The index's postings, by trigram text, in the order the trigrams were indexed. */
function postingsOf({slotTrigrams, slotPostings, postings}: ScriptProfiles): Map<string, number[]> {
  const unpack = (packed: number) => String.fromCharCode(Math.floor(packed / 2 ** 32), Math.floor(packed / 2 ** 16) % 2 ** 16, packed % 2 ** 16)
  const entries: Array<[number, string, number[]]> = []
  slotTrigrams.forEach((packed, slot) => {
    if (Number.isNaN(packed)) return
    const start = slotPostings[slot]!
    entries.push([start, unpack(packed), [...postings.subarray(start + 1, start + 1 + 2 * postings[start]!)]])
  })
  return new Map(entries.sort((a, b) => a[0] - b[0]).map(([, trigram, list]) => [trigram, list]))
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
    for (const [trigram, list] of expected) {
      const start = findTrigram(indexed, packTrigram(trigram, 0))
      expect([...indexed.postings.subarray(start + 1, start + 1 + 2 * indexed.postings[start]!)]).toEqual(list)
    }
  })

  it('finds no trigram that no profile holds', () => {
    const latin = scriptProfiles().get('Latin')!
    for (const trigram of ['qqq', 'x9z', '\u{1F600}', '   ']) expect(findTrigram(latin, packTrigram(trigram, 0))).toBe(-1)
  })
})
