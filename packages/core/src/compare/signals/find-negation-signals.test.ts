import {describe, expect, it} from '@jest/globals'
import {findNegationSignals} from './find-negation-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findNegationSignals', () => {
  it.each([
    ['The senator did not attend the hearing.', 'The senator attended the hearing.', ['error not attend the→attended']],
    ['They found no evidence of fraud.', 'They found evidence of fraud.', ['error no evidence of→evidence']],
    ['The court never ruled on it.', 'The court ruled on it.', ['error never ruled on→ruled']],
    ['The minister confirmed it.', "The minister didn't confirm it.", ['error confirmed→didn\'t confirm it']],
    ['They were able to enter.', 'They were unable to enter.', ['error able→unable to enter']],
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
    ['A deal is likely.', 'A deal is unlikely.', ['error likely→unlikely']],
    ['It is not possible to leave.', 'It is impossible to leave.', []],
    ['It was not until Friday that it ended.', 'It only ended on Friday.', []],
    ['The first half ended goalless.', 'There were no goals in the first half.', []],
    ['The town was left powerless.', 'The town was left with power.', ['error powerless→power']],
    ['Unless it rains, we go.', 'If it does not rain, we go.', []],
    // Negation is counted per clause: two cues neither cancel nor double.
    ['The dog is not running and the cat is not sleeping.', 'The dog is running and the cat is not sleeping.', ['error not running and→running']],
    ['The dog is not running and the cat is not sleeping.', 'The cat is not sleeping and the dog is not running.', []],
    ['The girl is carrying a sign and people are following her.', 'The girl is not carrying a sign and nobody is following her.', ['error carrying→not carrying a', 'error following→nobody is following']],
    // Contractions and spelling slips are not polarity.
    ['I cant say.', "I can't say.", []],
    ['We dont know and they wont tell.', 'We do not know and they will not tell.', []],
    ['She doesn´t agree.', "She doesn't agree.", []],
    // Quantified negations of a whole clause, as entailment sets write them.
    ['A man is playing a flute.', 'There is no man playing a flute.', ['error man→no man playing']],
    ['A woman is slicing a carrot.', 'There is no lady cutting a carrot.', ['error carrot→no lady cutting']],
    ['Nobody is riding a bike.', 'A man is riding a bike.', ['error Nobody is riding→riding']],
    ['No one was hurt.', 'Nobody was hurt.', []],
    ['The lady is slicing a tomato.', 'There is no one cutting a tomato.', ['error tomato→no one cutting']],
    ['The men are packing suitcases.', 'The men are not putting suitcases away.', ['error suitcases→not putting suitcases']],
    ['It is not going well for many companies.', 'Many companies are having difficulties.', []],
    ['There was no need to declare an emergency.', 'Declaring an emergency would be misplaced.', []],
    // A negation moved into another word, or into another cue, is no flip.
    ['The driver did not see the cyclist.', 'The driver overlooked the cyclist.', []],
    ['It is not unlike a storm.', 'It is like a storm.', []],
    ['He no longer works there.', 'He does not work there anymore.', []],
    ['He no longer works there.', 'He works there.', ['error no longer works→works']],
    ['The games are cancelled.', 'The games will not take place.', []],
    ['They have not received a towel or any gel.', 'They were given no towels and no gel.', []],
    ['Neither their lungs nor their hearts are developed.', 'Their lungs and hearts are not fully formed.', []],
    ['The statement does not say anything.', 'The statement says nothing.', []],
    ['The plan has yet to be approved.', 'The plan would have to be approved.', []],
    ['It was developed non-systematically for years.', 'It was developed unsystematically for years.', []],
    // A negation moved into a prefix or `-less` on the other side is carried; a word of loss only softens it.
    ['The police did not consider it necessary to step in.', 'The police considered it unnecessary to step in.', []],
    ['The ban is not legal.', 'The ban is illegal.', []],
    ['The plan is not fair.', 'The plan is fair and it is informal.', ['error not fair→fair']],
    ['The emperor has no clothes.', 'The emperor has lost his clothes.', ['info no clothes→clothes']],
    ['End of the waste of clothes.', 'No more waste of clothes.', ['info waste→No more waste']],
    ['The emperor has no clothes.', 'The emperor has his clothes.', ['error no clothes→clothes']],
    ['Instead of having starch, it burns fat.', 'It has no starch, but it burns fat.', ['info starch→no starch, but']],
    // A negated negation affirms, so the denial is what the variant adds.
    ['Officials did not deny the reports.', 'Officials denied the reports.', ['error reports→denied the reports']],
    ['Nurses are not lacking any more.', 'Nurses are lacking.', ['error Nurses→lacking']],
    ['It was not impossible.', 'It was possible.', []],
    ['Voters rejected independence.', 'Voters said no to independence.', []],
    ['No fewer than 18 riders fell.', 'No less than 18 riders fell.', []],
    ['It was the No. 1 hit.', 'It was the number 1 hit.', []],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findNegationSignals, source, variant))).toEqual(expected)
  })
})
