import {describe, expect, it} from '@jest/globals'
import {findAntonymSignals} from './find-antonym-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findAntonymSignals', () => {
  it.each([
    ['Prices rose in March.', 'Prices fell in March.', ['error rose→fell']],
    ['Sales increased sharply.', 'Sales decreased sharply.', ['error increased→decreased']],
    ['The home team won the match.', 'The home team lost the match.', ['error won→lost']],
    ['The shop is open on Sundays.', 'The shop is closed on Sundays.', ['error open→closed']],
    ['A crowd is near the water.', 'A crowd is far from the water.', ['error near→far']],
    ['He is turning on the microwave.', 'He is turning off the microwave.', ['error on→off']],
    ['Kataib Hezbollah is a separate force from Hezbollah.', 'Kataib Hezbollah is part of Hezbollah.', ['error separate→part']],
    // Double reversals cancel: a negated antonym says the same.
    ['Prices did not increase.', 'Prices decreased.', []],
    ['The door is not open.', 'The door is closed.', []],
    ['The door is not open.', 'The door is not closed.', ['error open→closed']],
    // Both words on one side: no replacement.
    ['Prices rose and then fell.', 'Prices fell after they rose.', []],
    ['Old and young alike came.', 'Young people came.', []],
    // Not in parallel: two unrelated words of two clauses.
    ['The price rose.', 'Shares of the firm fell on news of a merger.', []],
    // A pair with a negation cue is the negation signal's.
    ['They were able to enter.', 'They were unable to enter.', []],
    // Converses tell one event from the other side; gender is no reversal either.
    ['Tickets were sold on site.', 'Tickets could be bought on site.', []],
    ['A man is cooking.', 'A woman is cooking.', []],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findAntonymSignals, source, variant))).toEqual(expected)
  })

  it('names both words in its message', () => {
    const [signal] = runDetector(findAntonymSignals, 'Turnout rose.', 'Turnout fell.')
    expect(signal?.kind).toBe('antonym')
    expect(signal?.message).toBe('Meaning reversed: “rose” → “fell”.')
  })
})
