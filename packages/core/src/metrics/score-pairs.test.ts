import {describe, expect, it} from '@jest/globals'
import {sentenceBleu} from './bleu'
import {corpusChrf, sentenceChrf} from './chrf'
import {scoreBead, scoreDocument} from './score-pairs'
import {corpusTer, sentenceTer} from './ter'
import {corpusBleu} from './bleu'

const pairs = [
  {hypothesis: 'They did not storm the embassy.', reference: 'They did storm the embassy.'},
  {hypothesis: 'Screaming "Down, down!" the crowd tried to enter.', reference: 'Shouting “Down, Down USA!” the crowd tried to push inside.'},
  {hypothesis: '', reference: 'Source: Al Jazeera and news agencies'},
]

describe('scoreBead', () => {
  it.each(pairs.map((pair) => [pair.hypothesis, pair.reference]))('scores %j against %j with the sentence functions', (variant, source) => {
    expect(scoreBead(variant, source)).toEqual({
      chrf: sentenceChrf(variant, source).score,
      chrfpp: sentenceChrf(variant, source, {wordOrder: 2}).score,
      bleu: sentenceBleu(variant, source).score,
      ter: sentenceTer(variant, source).score,
    })
  })

  it('is JSON-safe', () => {
    const metrics = scoreBead('', '')
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics)
  })
})

describe('scoreDocument', () => {
  it('equals the corpus functions over the same pairs', () => {
    const hypotheses = pairs.map((pair) => pair.hypothesis)
    const references = pairs.map((pair) => pair.reference)
    expect(scoreDocument(pairs)).toEqual({
      chrf: corpusChrf(hypotheses, references).score,
      chrfpp: corpusChrf(hypotheses, references, {wordOrder: 2}).score,
      bleu: corpusBleu(hypotheses, references).score,
      ter: corpusTer(hypotheses, references).score,
    })
  })

  it('scores no pairs as 0', () => {
    expect(scoreDocument([])).toEqual({chrf: 0, chrfpp: 0, bleu: 0, ter: 0})
  })

  it('rejects a pair without text', () => {
    expect(() => scoreDocument([{hypothesis: 'a'} as never])).toThrow('Expected `reference` to be a string')
  })
})
