import {describe, expect, it} from '@jest/globals'
import {findQuoteSignals} from './find-quote-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findQuoteSignals', () => {
  it.each([
    // Changed in form only: contractions and name forms.
    ['They chanted “Down, Down USA!” there.', 'They chanted "Down, down, United States!" there.', ['info Down, Down USA!→Down, down, United States!']],
    ['“We’ve seen it,” she said.', '"We have seen it," she said.', ['info We’ve seen it,→We have seen it,']],
    // Reworded while the words around it stay close: the quotation drifted more than its sentence.
    [
      'The minister said on the radio that the plan was “a clear step forward for every family” in the region.',
      'The minister said on the radio that the plan was “a small change that helps nobody” in the region.',
      ['warning a clear step forward for every family→a small change that helps nobody'],
    ],
    [
      'It said “precision defensive strikes” were made against the bases near the border last night.',
      'It said "accurate protective attacks,quot; were made against the bases near the border last night.',
      ['warning precision defensive strikes→accurate protective attacks,'],
    ],
    // Reworded inside a sentence reworded as a whole, or a sentence that is all quotation: what two translators do.
    [
      'The mayor let it be known that like many in town he was “speechless and hurt” about the loss.',
      'The town’s leader stated that, as with most residents, he felt “stunned and wounded” by what happened.',
      ['info speechless and hurt→stunned and wounded'],
    ],
    ['“We will not back down,” she said.', '“We will never give up,” she said.', ['info We will not back down,→We will never give up,']],
    // Names and figures outside the marks are not surroundings: every translator keeps them.
    [
      '“We plan for 12,000 spectators as things stand,” said Borussia Dortmund manager Carsten Cramer to the Tagesspiegel.',
      '“At the moment we expect some 12,000 fans,” Borussia Dortmund director Carsten Cramer told the Tagesspiegel.',
      ['info We plan for 12,000 spectators as things stand,→At the moment we expect some 12,000 fans,'],
    ],
    // Dropped or added with the words paraphrased: a warning only when the rest of the sentence stays close.
    [
      'The coach praised the young players after the match and called the win “a gift for our loyal supporters”.',
      'The coach praised the young players after the match and called the win important.',
      ['warning a gift for our loyal supporters→'],
    ],
    ['He called it “a disaster for families”.', 'He criticised it sharply.', ['info a disaster for families→']],
    [
      'The coach praised the young players after the match and called the win important.',
      'The coach praised the young players after the match and called the win “a gift for our loyal supporters”.',
      ['warning →a gift for our loyal supporters'],
    ],
    ['He said no.', 'He said “absolutely not”.', ['info →absolutely not']],
    // A quoted title or name, kept in its language by one translator or put in marks: info.
    [
      'The coach praised the young players after the match and called the play The Homeland Dress.',
      'The coach praised the young players after the match and called the play “Das Heimatkleid”.',
      ['info →Das Heimatkleid'],
    ],
    [
      'The coach praised the young players after the match and named the event “the homeland dress”.',
      'The coach praised the young players after the match and named the event “Das Heimatkleid”.',
      ['info the homeland dress→Das Heimatkleid'],
    ],
    ['He called it “a disaster”.', 'He called it a disaster.', ['info a disaster→']],
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
    expect(describeSignals(signals)).toEqual(['info line 60 of the chant→line 60 of the song'])
  })
})
