import {describe, expect, it} from '@jest/globals'
import {findPunctuation} from './find-punctuation'
import {contextOf} from './test-context'

describe('findPunctuation', () => {
  it.each([
    ['slogans,, witnesses said.', ',,', ','],
    ['a "significant development." .', '." .', '."'],
    ['condemned;; officials said.', ';;', ';'],
    ['The crowd left.. Police stayed.', '..', '.'],
    ['He agreed, . Then he left.', ', .', '.'],
    ['They chanted "no, no America, "witnesses said.', ', "', ',"\u0020'],
    ['Chanted "death to America,quot; and "no, no America, "witnesses said.', ', "', ',"\u0020'],
  ])('in %j finds %j repaired as %j', (text, expected, suggestion) => {
    const found = findPunctuation(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
  })

  it.each([
    ['The minister said "we will respond and left.', ['"']],
    ['The crowd shouted " Down with the USA " and left.', ['" ', ' "']],
    ['He said no” to it.', ['”']],
    ['“Unclosed quote here.\n\nA new paragraph.', ['“']],
  ])('in %j finds unbalanced or detached quotes %j', (text, expected) => {
    expect(findPunctuation(contextOf(text)).map((artifact) => artifact.text)).toEqual(expected)
  })

  it.each([
    'He said: "She told me, \'Leave now,\' and I did."',
    '"We ran to the river.\n\n"Nobody came," she added.',
    '“We ran to the river.\n\n“Nobody came,” she added.',
    'The U.S., Britain and France agreed.',
    'It rose... then fell.',
    'He stood up . . . and sat down.',
    'The 12" pipe burst.',
    'Their slogan, “Down, Down USA!”, echoed.',
    'Why?, he asked. Yahoo!, the company, agreed.',
    '<a href="x">link</a> and [caption width="640"]',
    'He said \\"no\\" to it.',
    'She said &quot;no&quot;.',
    'std::vector and ::1 in code',
    '„Handwerk bringt dich überall hin“: Von der Lehre bis nach Monaco.',
    'Er sagte: „Wir kommen morgen.“ Dann ging er.',
    'Řekl: „Přijdeme zítra.“',
    'Il a dit : « Nous viendrons demain. »',
    '»Komm her«, sagte sie.',
    'Han sa: ”Vi kommer i morgon.”',
  ])('leaves %j alone', (text) => {
    expect(findPunctuation(contextOf(text))).toEqual([])
  })
})
