import {describe, expect, it} from '@jest/globals'
import {findModalitySignals} from './find-modality-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findModalitySignals', () => {
  it.each([
    ['The delay could push back the launch.', 'The delay will push back the launch.', ['error could→will']],
    ['The suspect allegedly stole the car.', 'The suspect stole the car.', ['warning allegedly→']],
    ['The minister reportedly resigned.', 'The minister resigned.', ['warning reportedly→']],
    ['The storm will hit the coast.', 'The storm may hit the coast.', ['warning will→may']],
    ['The rules are likely to raise prices.', 'The rules will raise prices.', ['error likely→will']],
    ['Prices rose.', 'Prices apparently rose.', ['warning →apparently']],
    ['It may rain.', 'It will probably rain.', ['info may→probably']],
    ['The guests seem to have liked it.', 'It looked as if the guests liked it.', []],
    ['Mental issues seemed to play a role.', 'Mental issues are also said to have played a role.', ['info seemed→are also said to']],
    ['The students could share their thoughts.', 'The students were able to share their thoughts.', []],
    ['The fire could quickly be put out.', 'The fire was quickly extinguished.', ['info could→']],
    ['The drug could cut the risk.', 'The drug cuts the risk.', ['warning could→']],
    ['The strike may delay flights.', 'The strike might delay flights.', []],
    ['Attacks could threaten US interests.', 'Attacks might threaten American interests.', []],
    ['Officials said the bridge would reopen.', 'Officials said that the bridge would reopen.', []],
    ['They could not enter the zone.', 'They were unable to enter the zone.', []],
    ['It is going to rain.', 'It will rain.', []],
    ['The vote is on May 3.', 'The vote is on 3 May.', []],
    ['He is expected to arrive on Wednesday.', 'He is due to arrive on Wednesday.', []],
    ['The minister is due to visit Paris next month.', 'Next month the minister will travel to Paris.', []],
    ['Temperatures are forecast to reach 40C.', 'Forecasters expect temperatures of 40C.', []],
    ['The launch is expected to slip.', 'The launch will slip.', ['error expected→will']],
    ['The trial may last up to three years.', 'The trial can last for up to three years.', []],
    ['Bournemouth could save itself with a win.', 'Bournemouth couldn’t save itself with a win.', []],
    ['Few voters know where they could cast a ballot early.', 'Few voters knew where to cast a ballot early.', []],
    ['Nobody asked whether the bridge might close.', 'Nobody asked if the bridge would close.', []],
    ['She knew where the keys were, so they could leave.', 'She knew where the keys were, so they left.', ['info could→']],
    ['He didn’t expect this answer.', 'He wasn’t expecting the response.', []],
    ['The trial may last three years.', 'The trial will last three years.', ['error may→will']],
    // One source modal rendered two ways: an obligation or plan, or possibility as an adjective.
    ['The state should protect people.', 'The state is supposed to protect people.', ['info →is supposed to']],
    ['The committee is to investigate the case.', 'The committee is expected to investigate the case.', ['info →expected']],
    ['Possible evacuations are a challenge.', 'Evacuations could prove a challenge.', ['info →could']],
    ['The state protects people.', 'The state is supposed to protect people.', ['warning →is supposed to']],
    ['The minister reportedly resigned.', 'According to reports, the minister resigned.', ['info reportedly→']],
    ['The man allegedly stole the car.', 'The suspected thief took the car.', ['info allegedly→']],
    ['The fire could spread to the town.', 'The fire would spread to the town.', ['info could→']],
    ['If we fell freely, we might see the lines.', 'If we fall freely, we will see the lines.', ['warning might→will']],
    // A modal both sides keep pairs with itself before a `can` elsewhere stands in for it.
    ['You can imagine that people might start to cheat.', 'Imagine: the flowers will attract bees, and people might start to cheat.', []],
    ['You can see that it may rain.', 'You can see that it rains.', ['warning may→']],
    // Appearance and probability dropped, or a hedge added to a plain statement: the translator's choice.
    ['The guests seem to have taken it well.', 'It went down well with the guests.', ['info seem→']],
    ['The chapel probably dates from 1790.', 'The historian dates the chapel to 1790.', ['info probably→']],
    ['Everyone in contact with her was quarantined.', 'Everyone who may have been in contact with her was quarantined.', ['info →may']],
    ['The minister resigned.', 'The minister is said to have resigned.', ['warning →is said to']],
    // Certainty asked about in a question is no certainty.
    ['The rainy season could end next week.', 'Will the rainy season end next week?', ['warning could→']],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findModalitySignals, source, variant))).toEqual(expected)
  })
})
