import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {chrfWords} from '../metrics/chrf'
import {defaultTerWords} from '../metrics/ter'
import {bleu13aTokens} from '../metrics/tokens-13a'
import {SymbolRunsBuilder} from './document-symbols'
import {MetricVocabulary} from './metric-vocabulary'

/** The symbols `addSentence` gives each sentence, and the ids of each metric's own tokens of it, from one vocabulary. */
function bothWays(sentences: readonly string[]) {
  const vocabulary = new MetricVocabulary()
  const runs = [0, 1, 2].map(() => new SymbolRunsBuilder(sentences.length, 16))
  for (const sentence of sentences) vocabulary.addSentence(sentence, runs[0]!, runs[1]!, runs[2]!)
  const [chrf, bleu, ter] = runs.map((run) => run.finish())
  const perSentence = (run: typeof chrf) => sentences.map((_, s) => Array.from(run!.symbols.subarray(run!.firstSymbol[s]!, run!.firstSymbol[s + 1]!)))
  const ids = (tokens: readonly string[]) => tokens.map((token) => vocabulary.idOf(token))
  return {
    added: {chrf: perSentence(chrf), bleu: perSentence(bleu), ter: perSentence(ter)},
    tokenized: {chrf: sentences.map((s) => ids(chrfWords(s))), bleu: sentences.map((s) => ids(bleu13aTokens(s))), ter: sentences.map((s) => ids(defaultTerWords(s)))},
  }
}

describe('MetricVocabulary', () => {
  it.each([
    [['The crowd (about 300) chanted “no, no America”.', 'THE CROWD chanted 1,200 times.']],
    [['Η ΟΔΟΣ ΣΤΗΝ ΠΟΛΗ.', 'η οδος.']],
    [['AT&amp;T said &quot;no&quot;', 'well-\nknown <skipped> end.']],
  ])('gives the ids of each metric’s own tokens of %j', (sentences) => {
    const {added, tokenized} = bothWays(sentences)
    expect(added).toEqual(tokenized)
  })

  it('gives the ids of each metric’s own tokens on any sentences', () => {
    const piece = fc.constantFrom('0', '7', '.', ',', '-', "'", 'a', 'Z', 'Σ', 'σ', ' ', '\n', '-\n', '\u00a0', '\u001c', '&', '&quot;', '(', '$', '/', '~', '😀', 'İ')
    const sentence = fc.array(piece, {maxLength: 25}).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.array(sentence, {maxLength: 6}), (sentences) => {
        const {added, tokenized} = bothWays(sentences)
        expect(added).toEqual(tokenized)
      }),
      {numRuns: 3000},
    )
  })
})
