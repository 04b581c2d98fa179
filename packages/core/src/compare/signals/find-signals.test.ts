import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import type {SignalKind, TextSpan} from '../../types'
import {defaultFindSignalsOptions, findSignals, signalKinds} from './find-signals'

const at = (text: string, start = 0): TextSpan => ({start, end: start + text.length, text})

describe('findSignals', () => {
  it.each([
    ['She said 14 people died on Sunday.', 'He said 41 people died on Monday.', ['number', 'pronoun', 'temporal']],
    ['Police in London arrested two men.', 'Police in Manchester did not arrest the men.', ['number', 'entity', 'negation']],
    ['Security guards were seen retreating to the inside of the embassy.', 'Security guards were seen retreating inside the embassy.', []],
    ['The minister, who took office in March after a long campaign, resigned on Friday, the BBC said.', 'The minister resigned on Friday.', ['entity', 'temporal', 'omission']],
  ] as const)('finds in %j → %j the kinds %j', (source, variant, kinds) => {
    expect([...new Set(findSignals(at(source), at(variant)).map((s) => s.kind))].sort()).toEqual([...kinds].sort())
  })

  it('keeps only the requested kinds', () => {
    const signals = findSignals(at('She said 14 died on Sunday.'), at('He said 41 died on Monday.'), {kinds: ['pronoun']})
    expect(signals.map((s) => s.kind)).toEqual(['pronoun'])
  })

  it('reports addition when only addition is requested', () => {
    const signals = findSignals(at('Profits rose.'), at('Profits rose, despite a sharp fall in overseas sales.'), {kinds: ['addition']})
    expect(signals.map((s) => s.kind)).toEqual(['addition'])
  })

  it('drops an omission already explained by a more specific signal', () => {
    const signals = findSignals(at('The talks resumed in Geneva, Switzerland on Monday.'), at('The talks resumed.'), {omission: {minRunWords: 2}})
    expect(signals.map((s) => s.kind)).not.toContain('omission')
    expect(signals.map((s) => s.kind)).toContain('entity')
  })

  it('gives spans into the whole documents and orders signals by source position', () => {
    const sourceDocument = 'Intro.\n\nShe said 14 people died on Sunday.'
    const variantDocument = 'A longer intro here.\n\nHe said 41 people died on Monday.'
    const signals = findSignals(at(sourceDocument.slice(8), 8), at(variantDocument.slice(22), 22))
    expect(signals.length).toBe(3)
    for (const signal of signals) {
      expect(sourceDocument.slice(signal.source!.start, signal.source!.end)).toBe(signal.source!.text)
      expect(variantDocument.slice(signal.variant!.start, signal.variant!.end)).toBe(signal.variant!.text)
    }
    const starts = signals.map((s) => s.source!.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('returns JSON-safe results', () => {
    const signals = findSignals(at('“Down, Down USA!” they said on Tuesday.'), at('"Down, down, United States!" they said on Monday.'))
    expect(JSON.parse(JSON.stringify(signals))).toStrictEqual(signals)
  })

  it('lists every kind in its defaults', () => {
    expect(defaultFindSignalsOptions.kinds).toEqual(signalKinds)
  })

  it.each([
    [{kinds: ['colour']}, /Expected `kinds` to be an array/],
    [{kinds: 'number'}, /Expected `kinds` to be an array/],
    [{omission: {minRunWords: 0}}, /Expected `omission.minRunWords` to be a positive integer, not `0`/],
  ])('rejects the options %j', (options, message) => {
    expect(() => findSignals(at('a'), at('b'), options as {kinds?: SignalKind[]})).toThrow(message)
  })

  it.each([
    [null, at('b')],
    [{start: 0, end: 5, text: 'abc'}, at('b')],
    [at('a'), {start: -1, end: 0, text: 'b'}],
  ])('rejects the sides %j and %j', (source, variant) => {
    expect(() => findSignals(source as TextSpan, variant as TextSpan)).toThrow(/Expected `(source|variant)` to be a TextSpan/)
  })

  it('never throws and keeps spans valid on arbitrary text', () => {
    const piece = fc.constantFrom('she', 'he', 'not', '“', '"', 'quot;', '14', 'three hundred and', 'Monday', 'last week', 'may', 'will', 'Paris', 'U.S.', 'Constructor', 'constructor', '__proto__', 'twenty-constructor', 'no', 'nobody', 'cant', "isn't", 'non-', 'unable', 'powerless', 'rose', 'fell', 'near', 'far', 'is', 'playing', 'and', ' ', '.', ',', 'é', '😀', '\n')
    const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 60}), fc.array(piece, {maxLength: 30}).map((parts) => parts.join(' ')))
    fc.assert(
      fc.property(text, text, fc.nat(50), fc.nat(50), (source, variant, sourceStart, variantStart) => {
        const sourceDocument = 'x'.repeat(sourceStart) + source
        const variantDocument = 'y'.repeat(variantStart) + variant
        const signals = findSignals(at(source, sourceStart), at(variant, variantStart))
        expect(JSON.parse(JSON.stringify(signals))).toStrictEqual(signals)
        for (const signal of signals) {
          if (signal.source) expect(sourceDocument.slice(signal.source.start, signal.source.end)).toBe(signal.source.text)
          if (signal.variant) expect(variantDocument.slice(signal.variant.start, signal.variant.end)).toBe(signal.variant.text)
          expect(signal.source ?? signal.variant).toBeDefined()
        }
      }),
      {numRuns: 300},
    )
  })
})
