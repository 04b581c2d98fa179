import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {readSeed} from '../../test/seeds'
import {findReusedPassages} from './find-reused-passages'

const source = readSeed('001')

describe('findReusedPassages on the seeds', () => {
  const variant = readSeed('003')
  const passages = findReusedPassages(source, variant)
  const variantTexts = passages.map((passage) => variant.slice(passage.variant.start, passage.variant.end))

  it('finds the sentence of 003 that fuses two non-adjacent sentences of 001, as two passages', () => {
    const guards = passages.find((passage) => variant.slice(passage.variant.start, passage.variant.end).startsWith('Security guards were seen retreating inside the embassy'))
    const bottles = passages.find((passage) => variant.slice(passage.variant.start, passage.variant.end).includes('water bottles and smashed security cameras'))
    expect(guards && source.slice(guards.source.start, guards.source.end)).toMatch(/^Security guards were seen retreating to the inside of the embassy/)
    expect(bottles && source.slice(bottles.source.start, bottles.source.end)).toMatch(/hurling water bottles and smashing security cameras outside$/)
  })

  it('finds the clause of 001 that 003 takes into a new sentence', () => {
    const clause = variantTexts.find((text) => text.includes('which is a separate force from the Lebanese Hezbollah'))
    expect(clause).toBeDefined()
  })

  it('marks a word-for-word passage verbatim and a touched-up one not', () => {
    const exact = passages.find((passage) => variant.slice(passage.variant.start, passage.variant.end).startsWith('retaliation for last week’s killing'))
    expect(exact?.verbatim).toBe(true)
    expect(passages.find((passage) => variant.slice(passage.variant.start, passage.variant.end).startsWith('Security guards'))?.verbatim).toBe(false)
  })

  it.each(['002', '004'] as const)('finds at most one short passage between 001 and %s, independent reports quoting the same statements', (name) => {
    const found = findReusedPassages(source, readSeed(name))
    expect(found.length).toBeLessThanOrEqual(1)
    for (const passage of found) expect(passage.words).toBeLessThanOrEqual(12)
  })

  it('follows the retranslation 000 through most of 001', () => {
    const found = findReusedPassages(source, readSeed('000'))
    const covered = found.reduce((sum, passage) => sum + passage.source.end - passage.source.start, 0)
    expect(covered / source.length).toBeGreaterThan(0.4)
  })
})

describe('findReusedPassages', () => {
  const origin = 'The council approved the new budget on Monday after a long debate about the cost of repairing the old bridge over the river Aire.'

  it.each([
    ['a clause lifted into a new sentence', 'Residents were told that the council approved the new budget on Monday after a long debate, and they cheered.', true],
    ['a sentence copied word for word', `Local news. ${origin} More soon.`, true],
    ['a passage with a word changed', 'The council passed the new budget on Monday after a long debate about the cost of repairing the old bridge.', true],
    ['a short shared phrase', 'The new budget was approved on Monday.', false],
    ['an unrelated text', 'Rain is expected across the north of the country for the rest of the week, with snow on high ground.', false],
  ])('%s: found %j', (_, variant, found) => {
    const passages = findReusedPassages(origin, variant)
    expect(passages.length > 0).toBe(found)
    for (const passage of passages) {
      expect(passage.words).toBeGreaterThanOrEqual(8)
      expect(variant.slice(passage.variant.start, passage.variant.end).length).toBeGreaterThan(0)
      expect(origin.slice(passage.source.start, passage.source.end).length).toBeGreaterThan(0)
    }
  })

  it('reports a verbatim passage with spans that slice to the same words', () => {
    const [passage] = findReusedPassages(origin, `Local news. ${origin}`)
    expect(passage?.verbatim).toBe(true)
    expect(origin.slice(passage!.source.start, passage!.source.end)).toBe(origin.slice(0, -1))
  })

  it('finds fewer passages with a larger minWords', () => {
    const variant = 'Residents heard that the council approved the new budget on Monday after a long debate.'
    expect(findReusedPassages(origin, variant, {minWords: 8}).length).toBe(1)
    expect(findReusedPassages(origin, variant, {minWords: 20})).toEqual([])
  })

  it('throws on unknown or invalid options, naming them', () => {
    expect(() => findReusedPassages('a', 'b', {minWord: 3} as never)).toThrow(/`minWord`/)
    expect(() => findReusedPassages('a', 'b', {minWords: 0})).toThrow(/`minWords`/)
    expect(() => findReusedPassages('a', 'b', {maxGap: 1.5})).toThrow(/`maxGap`/)
    expect(() => findReusedPassages(undefined as never, 'b')).toThrow(/`source`/)
  })

  it('never throws on any text, and its spans stay inside the texts without overlapping in the variant', () => {
    const text = fc.oneof(
      fc.string({unit: 'binary', maxLength: 200}),
      fc.array(fc.constantFrom('the', 'council', 'approved', 'budget', 'Monday', '.', '\n', 'Aire', '’s', '\uD800', '1,200'), {maxLength: 60}).map((words) => words.join(' ')),
    )
    fc.assert(
      fc.property(text, text, (a, b) => {
        const passages = findReusedPassages(a, b, {minWords: 2})
        let previousEnd = 0
        for (const passage of passages) {
          expect(passage.source.start >= 0 && passage.source.start < passage.source.end && passage.source.end <= a.length).toBe(true)
          expect(passage.variant.start >= previousEnd && passage.variant.start < passage.variant.end && passage.variant.end <= b.length).toBe(true)
          previousEnd = passage.variant.end
        }
      }),
      {numRuns: 100},
    )
  })
})
