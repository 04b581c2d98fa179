import {describe, expect, it} from '@jest/globals'
import {findQuoteSignals} from './find-quote-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findQuoteSignals', () => {
  it.each([
    ['They chanted “Down, Down USA!” there.', 'They chanted "Down, down, United States!" there.', ['warning Down, Down USA!→Down, down, United States!']],
    ['It said “precision defensive strikes” were made.', 'It said "precision defensive attacks,quot; were made.', ['error precision defensive strikes→precision defensive attacks,']],
    ['“We will not back down,” she said.', '“We will never give up,” she said.', ['error We will not back down,→We will never give up,']],
    ['“We’ve seen it,” she said.', '"We have seen it," she said.', ['warning We’ve seen it,→We have seen it,']],
    ['He called it “a disaster for families”.', 'He criticised it sharply.', ['warning a disaster for families→']],
    ['He called it “a disaster”.', 'He called it a disaster.', ['info a disaster→']],
    ['He said no.', 'He said “absolutely not”.', ['warning →absolutely not']],
    ['"It remains to be seen," Foltyn added.', '“It remains to be seen,” Foltyn added.', []],
    ['They shouted “death to America” as they went.', '“Death to America,” they shouted as they went.', []],
    ['He called it a “significant development”.', 'He called it a "significant development." .', []],
    ['chanted “death to America” and “no, no America”, witnesses said.', 'chanted "death to America,quot; and "no, no America, "witnesses said.', []],
    ['He called it a &quot;win&quot; today.', 'He called it a “win” today.', []],
    ['An unmatched “ mark.', 'An unmatched " mark.', []],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findQuoteSignals, source, variant))).toEqual(expected)
  })

  it('pairs quotations by position when a bead holds very many', () => {
    const quotes = Array.from({length: 120}, (_, i) => `“line ${i} of the chant”`)
    const source = quotes.join(' and ')
    const variant = quotes.map((q, i) => (i === 60 ? '“line 60 of the song”' : q)).join(' and ')
    const signals = runDetector(findQuoteSignals, source, variant)
    expect(describeSignals(signals)).toEqual(['error line 60 of the chant→line 60 of the song'])
  })
})
