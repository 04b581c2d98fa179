import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {bleuTokens} from './tokenize-bleu'
import {splitPythonWhitespace} from './python-text'
import {scoreAlignment, scoreBead, scoreDocument} from './score-pairs'
import {sentenceBleu} from './bleu'
import {sentenceChrf} from './chrf'
import {sentenceTer} from './ter'

/** Text mixing any code points with the characters the metrics treat specially. */
const text = fc
  .array(
    fc.oneof(
      fc.string({unit: 'binary', maxLength: 6}),
      fc.constantFrom(' ', '\u3000', '\u0085', '\u001c', '\ufeff', '\n', '-\n', '.', ',', '-', '(', ')', '&quot;', '&amp;lt;', '<skipped>', "'s ", '1', 'Σ', '👨\u200d👩\u200d👧', 'the'),
    ),
    {maxLength: 12},
  )
  .map((parts) => parts.join(''))

describe('metric properties', () => {
  it('scores identical texts 100 for chrF, chrF++ and BLEU and 0 for TER', () => {
    fc.assert(
      fc.property(text, (value) => {
        const metrics = scoreBead(value, value)
        expect(metrics.ter).toBe(0)
        if (splitPythonWhitespace(value).length > 0) {
          expect(metrics.chrf).toBe(100)
          expect(metrics.chrfpp).toBe(100)
        }
        if (bleuTokens(value).length > 0) expect(Math.abs(metrics.bleu - 100)).toBeLessThan(1e-9)
      }),
    )
  })

  it('keeps every score finite and in range for any Unicode input', () => {
    fc.assert(
      fc.property(text, text, (variant, source) => {
        const metrics = scoreBead(variant, source)
        for (const value of Object.values(metrics)) expect(Number.isFinite(value)).toBe(true)
        for (const value of [metrics.chrf, metrics.chrfpp, metrics.bleu]) {
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(100 + 1e-9)
        }
        expect(metrics.ter).toBeGreaterThanOrEqual(0)
        const optional = [
          sentenceChrf(variant, source, {epsSmoothing: true, wordOrder: 2}).score,
          sentenceBleu(variant, source, {smooth: 'add-k'}).score,
          sentenceBleu(variant, source, {smooth: 'floor', effectiveOrder: false}).score,
          sentenceTer(variant, source, {normalized: true, caseSensitive: true}).score,
        ]
        for (const value of optional) expect(Number.isFinite(value)).toBe(true)
      }),
    )
  })

  it('keeps document scores finite and summed statistics symmetric in pair order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({hypothesis: text, reference: text}), {maxLength: 4}), (pairs) => {
        const forward = scoreDocument(pairs)
        const backward = scoreDocument([...pairs].reverse())
        for (const value of Object.values(forward)) expect(Number.isFinite(value)).toBe(true)
        expect(backward).toEqual(forward)
      }),
    )
  })
})

describe('scoreAlignment', () => {
  it('gives the same numbers as scoreBead and scoreDocument from one pass', () => {
    const pairs = [
      {hypothesis: 'The crowd tried to enter the embassy grounds on Tuesday.', reference: 'The crowd tried to push inside the embassy grounds on Tuesday.'},
      {hypothesis: 'BREAKING: protesters gather near the embassy.', reference: ''},
      {hypothesis: 'Security guards were seen retreating inside the embassy.', reference: 'Security guards were seen retreating to the inside of the embassy.'},
      {hypothesis: '', reference: 'Source: Al Jazeera and news agencies'},
    ]
    const scores = scoreAlignment(pairs)
    expect(scores.pairs[0]).toEqual(scoreBead(pairs[0]!.hypothesis, pairs[0]!.reference))
    expect(scores.pairs[1]).toBeUndefined()
    expect(scores.pairs[3]).toBeUndefined()
    expect(scores.aligned).toEqual(scoreDocument([pairs[0]!, pairs[2]!]))
    expect(scores.whole).toEqual(scoreDocument(pairs))
  })
})
