import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {sentenceBleu} from './bleu'
import {sentenceChrf} from './chrf'
import {sentenceTer} from './ter'
import {bleuTokenizers, bleuTokens} from './tokenize-bleu'

/** Text mixing any code points with what the tokenizers single out (CJK, kana, symbols, full-width punctuation). */
const text = fc
  .array(
    fc.oneof(
      fc.string({unit: 'binary', maxLength: 5}),
      fc.constantFrom(' ', '\u3000', '。', '、', '美', '拳', 'り', 'カ', '“', '—', '$', '5.50', '2019.', '«', '😀', '&amp;', '！', 'the'),
    ),
    {maxLength: 10},
  )
  .map((parts) => parts.join(''))

describe('metric options on any text', () => {
  it.each(bleuTokenizers.map((tokenize) => [tokenize]))('BLEU with `%s` scores a text against itself 100', (tokenize) => {
    fc.assert(
      fc.property(text, (value) => {
        const score = sentenceBleu(value, value, {tokenize}).score
        if (bleuTokens(value, tokenize).length > 0) expect(Math.abs(score - 100)).toBeLessThan(1e-9)
        else expect(score).toBe(0)
      }),
    )
  })

  it('gives the same score against a reference repeated as against it once', () => {
    fc.assert(
      fc.property(text, text, (hypothesis, reference) => {
        expect(sentenceBleu(hypothesis, [reference, reference], {tokenize: 'intl'}).score).toBe(sentenceBleu(hypothesis, reference, {tokenize: 'intl'}).score)
        expect(sentenceChrf(hypothesis, [reference, reference]).score).toBe(sentenceChrf(hypothesis, reference).score)
        expect(sentenceTer(hypothesis, [reference, reference]).score).toBe(sentenceTer(hypothesis, reference).score)
      }),
    )
  })

  it('never scores worse with one more reference (BLEU counts and chrF, TER edits)', () => {
    fc.assert(
      fc.property(text, text, text, (hypothesis, first, second) => {
        const one = sentenceBleu(hypothesis, first, {tokenize: 'zh'}).statistics.counts
        const two = sentenceBleu(hypothesis, [first, second], {tokenize: 'zh'}).statistics.counts
        two.forEach((count, i) => expect(count).toBeGreaterThanOrEqual(one[i]!))
        expect(sentenceChrf(hypothesis, [first, second]).score).toBeGreaterThanOrEqual(sentenceChrf(hypothesis, first).score)
        expect(sentenceTer(hypothesis, [first, second]).statistics.edits).toBeLessThanOrEqual(sentenceTer(hypothesis, first).statistics.edits)
      }),
    )
  })

  it('keeps TER finite with every tokenizer option', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), fc.boolean(), fc.boolean(), (hypothesis, reference, normalized, noPunct, asianSupport) => {
        expect(Number.isFinite(sentenceTer(hypothesis, reference, {normalized, noPunct, asianSupport}).score)).toBe(true)
      }),
    )
  })
})
