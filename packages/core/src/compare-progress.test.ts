import {describe, expect, it} from '@jest/globals'
import {compareTexts} from './compare-texts'
import type {CompareProgress} from './compare-progress'

/** A text of `count` distinct sentences. */
const sentences = (count: number, word: string) =>
  Array.from({length: count}, (_, index) => `The ${word} number ${index} was counted in district ${index % 17} on day ${index % 29}.`).join(' ')

function recorded(source: string, variant: string, options: Parameters<typeof compareTexts>[2] = {}): CompareProgress[] {
  const events: CompareProgress[] = []
  compareTexts(source, variant, {...options, onProgress: (progress) => void events.push(progress)})
  return events
}

describe('compareTexts onProgress', () => {
  it('announces every step in order, and the beads as they are compared', () => {
    const events = recorded(sentences(300, 'parcel'), sentences(300, 'package'))
    const stages = events.map((event) => event.stage).filter((stage, index, all) => stage !== all[index - 1])
    expect(stages).toEqual(['segment', 'language', 'artifacts', 'passages', 'align', 'metrics', 'compare', 'report'])
    const compare = events.filter((event) => event.stage === 'compare')
    const total = compare[0]!.total
    expect(total).toBeGreaterThan(256)
    const steps = Array.from({length: Math.ceil(total / 256) - 1}, (_, index) => (index + 1) * 256)
    expect(compare.map((event) => event.done)).toEqual([0, ...steps, total])
    expect(compare.every((event) => event.total === total)).toBe(true)
  })

  it('leaves out the steps that are switched off', () => {
    const stages = new Set(recorded('One sentence here.', 'One sentence there.', {metrics: false, artifacts: false, passages: false}).map((event) => event.stage))
    expect([...stages]).toEqual(['segment', 'language', 'align', 'compare', 'report'])
  })

  it('reports a comparison of two empty texts', () => {
    const events = recorded('', '')
    expect(events.filter((event) => event.stage === 'compare')).toEqual([{stage: 'compare', done: 0, total: 0}, {stage: 'compare', done: 0, total: 0}])
  })

  it('gives the same report with and without a listener', () => {
    const source = sentences(40, 'parcel')
    const variant = sentences(35, 'package')
    expect(compareTexts(source, variant, {onProgress: () => undefined})).toEqual(compareTexts(source, variant))
  })

  it.each([['a string', 'yes'], ['an object', {}], ['null', null]])('throws on %s as onProgress', (_name, value) => {
    expect(() => compareTexts('a', 'b', {onProgress: value as never})).toThrow('Expected `onProgress` to be a function')
  })
})
