import {describe, expect, it} from '@jest/globals'
import {sentenceBleu} from './bleu'
import {sentenceChrf} from './chrf'
import {formatPythonFloat, formatSacrebleuJson, formatSacrebleuLine, toSacrebleuJson} from './sacrebleu-output'
import {sentenceTer} from './ter'

// "the cat sat" vs "the cat sat down": orders 1–3 all match, order 4 has no
// hypothesis n-gram (effective order 3), brevity penalty exp(1 − 4/3) = 0.7165.
const bleu = sentenceBleu('the cat sat', 'the cat sat down')

describe('formatSacrebleuLine', () => {
  it('prints BLEU with its verbose part, as sacrebleu', () => {
    expect(formatSacrebleuLine(bleu)).toBe(
      'BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0 = 71.7 100.0/100.0/100.0/0.0 ' +
        '(BP = 0.717 ratio = 0.750 hyp_len = 3 ref_len = 4)',
    )
  })

  it('prints chrF and TER without one, at the width asked', () => {
    expect(formatSacrebleuLine(sentenceChrf('abc', 'abc', {wordOrder: 2}), {width: 2})).toBe(
      'chrF2++|nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0 = 100.00',
    )
    expect(formatSacrebleuLine(sentenceTer('a b', 'a c'), {width: 0})).toBe(
      'TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0 = 50',
    )
  })

  it('rejects a width sacrebleu could not print', () => {
    expect(() => formatSacrebleuLine(bleu, {width: 1.5})).toThrow(/width/)
    expect(() => formatSacrebleuLine(bleu, {digits: 2} as never)).toThrow(/Unknown option `digits`/)
  })
})

describe('toSacrebleuJson', () => {
  it('builds sacrebleu 2.x’s JSON object, key order included', () => {
    const json = toSacrebleuJson(bleu)
    expect(Object.keys(json)).toEqual(['name', 'score', 'signature', 'verbose_score', 'nrefs', 'case', 'eff', 'tok', 'smooth', 'version'])
    expect(json).toMatchObject({name: 'BLEU', score: 71.7, nrefs: '1', tok: '13a', version: '2.6.0'})
  })

  it('prints it as Python’s json.dumps(indent=1) does', () => {
    expect(formatSacrebleuJson(sentenceTer('a', 'a'))).toBe(
      [
        '{',
        ' "name": "TER",',
        ' "score": 0.0,',
        ' "signature": "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0",',
        ' "nrefs": "1",',
        ' "case": "lc",',
        ' "tok": "tercom",',
        ' "norm": "no",',
        ' "punct": "yes",',
        ' "asian": "no",',
        ' "version": "2.6.0"',
        '}',
      ].join('\n'),
    )
  })
})

describe('formatPythonFloat', () => {
  it.each([
    [100, '100.0'],
    [37.66, '37.66'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e16, '1e+16'],
    [123456789012345680, '1.2345678901234568e+17'],
    [-0, '-0.0'],
    [-2.5, '-2.5'],
  ])('prints %p as %j', (value, expected) => {
    expect(formatPythonFloat(value)).toBe(expected)
  })
})
