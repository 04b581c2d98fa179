import {describe, expect, it} from '@jest/globals'
import {findSocialEmbeds, instagramPattern, patternLiterals, picturePattern, shortLinkPattern} from './find-social-embeds'
import {contextOf} from './test-context'

describe('findSocialEmbeds', () => {
  it.each([
    ['Intro.\n\nBREAKING – news https://t.co/70rCmk0OA5 – Al Jazeera News (@AJENews) December 31, 2019\n\nOutro.', 'BREAKING – news https://t.co/70rCmk0OA5 – Al Jazeera News (@AJENews) December 31, 2019\n\n', ''],
    ['He spoke. — Jane Doe (@jdoe) Jan 1, 2020 and more prose follows.', '— Jane Doe (@jdoe) Jan 1, 2020', ''],
    ['Protesters stormed the gate. pic.twitter.com/xYz123', 'pic.twitter.com/xYz123', ''],
    ['A post shared by Jane Doe (@janedoe) on Dec 31, 2019 at 4:05pm PST', 'A post shared by Jane Doe (@janedoe) on Dec 31, 2019 at 4:05pm PST', ''],
    ['More at https://bit.ly/3abcd today.', 'https://bit.ly/3abcd', undefined],
    ['Read it: https://t.co/XyZ987', 'https://t.co/XyZ987', undefined],
  ])('in %j finds %j', (text, expected, suggestion) => {
    const found = findSocialEmbeds(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
  })

  it.each([
    'Follow @AJENews for updates.',
    'Trump said in a tweet on Tuesday that Iraq must protect the embassy.',
    'See https://www.aljazeera.com/news for more.',
    'Email press@example.org (@ the desk) on December 31, 2019.',
  ])('leaves %j alone', (text) => {
    expect(findSocialEmbeds(contextOf(text))).toEqual([])
  })

  it('finds no match of a pattern in a text without its literal, on 20,000 random texts', () => {
    const pieces = ['A post shared by', ' ', 'A', 'post', 'shared', 'by', 'pic.twitter', '.com', '/', 'pic', 'twitter', 'com/abc', 'https', 'http', ':', '//', 't.co', 'bit.ly', '/x1', '\n', 'x', '.', 'A post shared by Jo', ' pic.twitter.com/abc', ' https://t.co/x1']
    const patterns = [instagramPattern, picturePattern, shortLinkPattern]
    const missed: string[] = []
    let matched = 0
    let state = 7
    for (let seed = 0; seed < 20_000; seed++) {
      let text = ''
      for (let k = 0; k < 1 + (seed % 12); k++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0
        text += pieces[(state >>> 8) % pieces.length]
      }
      patterns.forEach((pattern, index) => {
        const matches = [...text.matchAll(pattern)].length
        matched += matches
        if (matches > 0 && !text.includes(patternLiterals[index]!)) missed.push(text)
      })
    }
    expect(missed).toEqual([])
    expect(matched).toBeGreaterThan(500)
  })
})
