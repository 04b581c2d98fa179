import {describe, expect, it} from '@jest/globals'
import {findNegationSignals} from './find-negation-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findNegationSignals', () => {
  it.each([
    ['The senator did not attend the hearing.', 'The senator attended the hearing.', ['error not attend the→attended']],
    ['They found no evidence of fraud.', 'They found evidence of fraud.', ['error no evidence of→evidence']],
    ['The court never ruled on it.', 'The court ruled on it.', ['error never ruled on→ruled']],
    ['The minister confirmed it.', "The minister didn't confirm it.", ['error confirmed→didn\'t confirm it']],
    ['They were able to enter.', 'They were unable to enter.', ['error enter→unable to enter']],
    ['The company did not comment.', 'The company declined to comment.', []],
    ['There was no sign of violence.', 'There was no indication of violence.', []],
    ['They entered without any resistance.', 'They entered without resistance.', []],
    ['The talks failed to produce a deal.', 'The talks did not produce a deal.', []],
    ["I don't believe it.", 'I do not think so.', []],
    ['Not only the army but also police came.', 'The army and the police came.', []],
    ['There is no doubt it worked.', 'It certainly worked.', []],
    ['“No, no America”, they chanted.', '"No, no America," they chanted.', []],
    ['He has not yet decided.', 'He has yet to decide.', []],
    ['It is not clear who fired.', 'It is unclear who fired.', []],
    ['A deal is likely.', 'A deal is unlikely.', ['error →unlikely']],
    ['It is not possible to leave.', 'It is impossible to leave.', []],
    ['It was not until Friday that it ended.', 'It only ended on Friday.', []],
    ['The first half ended goalless.', 'There were no goals in the first half.', []],
    ['The town was left powerless.', 'The town was left with power.', ['error powerless→']],
    ['Unless it rains, we go.', 'If it does not rain, we go.', []],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findNegationSignals, source, variant))).toEqual(expected)
  })
})
