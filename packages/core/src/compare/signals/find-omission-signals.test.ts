import {describe, expect, it} from '@jest/globals'
import {findOmissionSignals} from './find-omission-signals'
import {runDetector} from './test-helpers'

const describeKinds = (source: string, variant: string): string[] =>
  runDetector(findOmissionSignals, source, variant).map((s) => `${s.kind} ${s.source?.text ?? s.variant?.text ?? ''}`)

describe('findOmissionSignals', () => {
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
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeKinds(source, variant)).toEqual(expected)
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
