import {describe, expect, it} from '@jest/globals'
import {findOmissionSignals} from './find-omission-signals'
import {runDetector} from './test-helpers'

const describeKinds = (source: string, variant: string): string[] =>
  runDetector(findOmissionSignals, source, variant).map((s) => `${s.kind} ${s.source?.text ?? s.variant?.text ?? ''}`)

describe('findOmissionSignals', () => {
  it('makes a name that spells out an acronym of the other side in another language info', () => {
    const severities = (source: string, variant: string): string[] => runDetector(findOmissionSignals, source, variant).map((s) => `${s.severity} ${s.kind}`)
    expect(severities('The spokesman told KTZ that the talks would resume.', 'The spokesman told the Kolvar Trade Zone agency that the talks would resume.')).toEqual(['info addition'])
    // No acronym on the other side: an added name is a warning.
    expect(severities('The spokesman told us that the talks would resume.', 'The spokesman told the Kolvar Trade Zone agency that the talks would resume.')).toEqual(['warning addition'])
  })

  it('makes a name spelled out before an acronym in brackets that the other side keeps info', () => {
    const severities = (source: string, variant: string): string[] => runDetector(findOmissionSignals, source, variant).map((s) => `${s.severity} ${s.kind}`)
    expect(severities('The spokesman told KTZ that the talks would resume.', 'The spokesman said in an interview for the Kolvar Trade Zone (KTZ) that the talks would resume.')).toEqual(['info addition'])
    expect(severities('The spokesman told us that the talks would resume.', 'The spokesman said in an interview for the Kolvar Trade Zone (KTZ) that the talks would resume.')).toEqual(['warning addition'])
    expect(severities('The spokesman told KTZ that the talks would resume.', 'The spokesman stated in an exclusive interview for the Kolvar Trade Zone (KTZ) that the talks would resume.')).toEqual(['info addition'])
  })

  it('makes a clause the other text gives in a neighbouring sentence info', () => {
    const sourceDocument = 'That would be his plan B. A day later, the council presented another concept.'
    const variantDocument = 'Shaping the town without any investor: that is his plan B. A day later, the council presented another concept.'
    const source = {start: 0, end: 25, text: sourceDocument.slice(0, 25)}
    const variant = {start: 0, end: 59, text: variantDocument.slice(0, 59)}
    const severities = (documents?: {source: string; variant: string}): string[] => findOmissionSignals(source, variant, {}, documents).map((s) => `${s.severity} ${s.kind}`)
    expect(severities()).toEqual(['warning addition'])
    // The same bead, the source giving the clause in its next sentence.
    const moved = 'That would be his plan B. Shaping the town without any investor, a day later the council presented another concept.'
    expect(severities({source: moved, variant: variantDocument})).toEqual(['info addition'])
    expect(severities({source: sourceDocument, variant: variantDocument})).toEqual(['warning addition'])
  })

  it.each([
    ['The old bridge, which had been closed for repairs since the floods, collapsed.', 'The old bridge collapsed.', ['omission closed for repairs since the floods']],
    ['The protest, which organisers described as largely peaceful, ended at dusk.', 'The protest ended at dusk.', ['omission organisers described as largely peaceful']],
    ['The company reported higher profits.', 'The company reported higher profits, despite a sharp fall in overseas sales.', ['addition sharp fall in overseas sales']],
    ['People climbed the wall and chanted slogans against the government.', 'People climbed the wall.', ['omission chanted slogans against the government']],
    ['Guards were seen retreating to the inside of the embassy.', 'Guards were seen retreating inside the embassy.', []],
    ['Protesters also hung flags on the walls of the embassy.', 'Protesters hung flags on the embassy walls too.', []],
    ['Mourners held funerals in a Baghdad neighbourhood.', 'The mourners held funerals in a neighborhood in Baghdad.', []],
    ['The crowd tried to push inside, hurling water bottles and smashing cameras.', 'The crowd tried to enter, throwing bottles of water and breaking cameras.', []],
    ['The police arrested three men.', 'Three men were arrested by the police.', []],
    ['calling it retaliation', 'calling it retaliatory', []],
    ["I don't believe we've seen it.", 'I do not think we have seen it.', []],
    ['The protest was largely peaceful.', 'The protest was peaceful.', ['omission largely']],
    ['Only five people came.', 'Five people came.', ['omission Only']],
    ['The crowd was peaceful.', 'The crowd was mostly peaceful.', ['addition mostly']],
    ['consisting mostly of PMF members', 'composed mainly of PMF members', []],
    ['Not only the army came.', 'The army came.', []],
    ['Nearly 300 people came.', '300 people came.', []],
    ['Nearly half of all voters came.', 'Almost 50% of all voters came.', []],
    ['Almost 100,000 people came.', 'Nearly a hundred thousand people came.', []],
    ['The band celebrated its greatest successes without him.', 'The group enjoyed its greatest successes without him.', []],
    ['He was the only member of the council.', 'He was a member of the council.', []],
    ['She opened an account, only to have the money sent to her own.', 'She opened an account and had the money sent to her own.', []],
    ['Only a few hours after her death, a post appeared.', 'Just hours after her death, a post appeared.', []],
    ['The cars are mostly expensive.', 'The cars are usually expensive.', []],
    ['The editors exclusively obtained the data.', 'The editors obtained exclusive data.', []],
    ['Prices fell by about one fifth.', 'Prices fell by nearly one fifth.', []],
    ['The gap will reach up to 7,000 crowns a month.', 'The gap will reach as much as seven thousand crowns a month.', []],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeKinds(source, variant)).toEqual(expected)
  })

  it.each([
    // A few content words rendered otherwise by another translator: meaning kept, worth a look.
    ['The mental exhaustion of his players is substantial on top of everything else, said the coach.', 'His players were mentally exhausted, said the coach.', 'info'],
    // A name, a figure or a negation is a fact lost.
    ['The ceasefire was agreed, said Kyiv and Moscow on Wednesday.', 'The ceasefire was agreed.', 'warning'],
    ['The ceasefire was agreed, and forty observers were sent to watch it.', 'The ceasefire was agreed.', 'warning'],
    ['The authorities do not require either tests or quarantine.', 'Tests and quarantine.', 'warning'],
    // A weekday is no name; a negation the other side keeps is not lost.
    ['The ceasefire was agreed by both negotiators on Wednesday evening, supported by observers.', 'The ceasefire was agreed by both negotiators with the help of observers.', 'info'],
    ['Travellers from these countries, the authorities do not require either tests or quarantine.', 'Travellers from these countries don’t have to provide tests or quarantine.', 'info'],
    ['Regional Court Upholds Expulsion Of Lawmaker After Long Hearing', 'Court upholds expulsion.', 'info'],
    // A descriptor set off after a name.
    ['According to Daily Mirror, a British daily newspaper, the coach had an operation.', 'According to the Daily Mirror, the coach had an operation.', 'info'],
    // A clause of five content words or more with nothing in its place.
    ['The old bridge, which had been closed for urgent repairs since the spring floods, collapsed.', 'The old bridge collapsed.', 'warning'],
  ])('grades the run dropped from %j by what it carries', (source, variant, severity) => {
    const signals = runDetector(findOmissionSignals, source, variant).filter((s) => s.kind === 'omission' && !s.message.startsWith('Qualifier'))
    expect(signals.length).toBeGreaterThan(0)
    expect(signals.map((s) => s.severity)).toEqual(signals.map(() => severity))
  })

  it.each([
    // Emphasis one translator adds or drops: the statement stands.
    ['The marriage lasted two months.', 'The marriage lasted only two months.', 'info addition'],
    ['It was first of all about the car.', 'It was primarily about the car.', 'info addition'],
    ['The mine lies only 500 metres from the wells.', 'The mine lies 500 metres from the wells.', 'info omission'],
    // An approximation changes what happened.
    ['The climber nearly died on the ridge.', 'The climber died on the ridge.', 'warning omission'],
    ['All residents were evacuated.', 'Almost all residents were evacuated.', 'warning addition'],
  ])('grades the qualifier between %j and %j as %j', (source, variant, expected) => {
    const signals = runDetector(findOmissionSignals, source, variant).filter((s) => s.message.startsWith('Qualifier'))
    expect(signals.map((s) => `${s.severity} ${s.kind}`)).toEqual([expected])
  })

  it('reports short runs when `minRunWords` is lowered, and the qualifier alone otherwise', () => {
    const source = {start: 0, end: 35, text: 'The largely peaceful protest ended.'}
    const variant = {start: 0, end: 18, text: 'The protest ended.'}
    expect(findOmissionSignals(source, variant, {minRunWords: 2}).map((s) => s.source?.text)).toEqual(['largely peaceful'])
    expect(findOmissionSignals(source, variant).map((s) => s.source?.text)).toEqual(['largely'])
  })

  it.each([[0], [1.5], [Number.NaN]])('rejects `minRunWords` %j', (minRunWords) => {
    const side = {start: 0, end: 1, text: 'a'}
    expect(() => findOmissionSignals(side, side, {minRunWords})).toThrow(/Expected `minRunWords` to be a positive integer/)
  })

  it('takes an undefined `minRunWords` as the default', () => {
    const source = {start: 0, end: 35, text: 'The largely peaceful protest ended.'}
    const variant = {start: 0, end: 18, text: 'The protest ended.'}
    expect(findOmissionSignals(source, variant, {minRunWords: undefined})).toEqual(findOmissionSignals(source, variant))
  })
})
