import {describe, expect, it} from '@jest/globals'
import {data} from 'franc-min/data.js'
import {scriptProfiles} from './language-profiles'

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

describe('scriptProfiles', () => {
  it('holds the scripts of franc-min, in its order', () => {
    expect([...scriptProfiles().keys()]).toEqual(Object.keys(data))
  })

  it.each(Object.keys(data))('decodes the %s profiles to franc-min’s trigrams, languages and ranks', (script) => {
    const profiles = data[script as keyof typeof data]!
    const indexed = scriptProfiles().get(script)!
    expect(indexed.languages).toEqual(Object.keys(profiles))
    const actual = new Map([...indexed.postings].map(([trigram, list]) => [trigram, [...list]]))
    expect(actual).toEqual(postingsFromFrancMin(profiles))
  })
})
