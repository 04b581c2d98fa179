import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {analyzeSentences} from '../analyze/analyze-sentences'
import {segmentSentences} from '../segment/segment-sentences'
import {StringIds} from '../string-ids'
import type {Side} from '../types'
import {BeadTokenizer} from './bead-tokens'
import {groupSpan} from './compare-bead'
import {TokenBuffer, tokenizeFolded} from './diff-tokens'

/** Consecutive sentence groups of a document: every sentence alone, and every run of two and three. */
function groups(count: number): number[][] {
  const out: number[][] = []
  for (let size = 1; size <= 3; size++) for (let first = 0; first + size <= count; first++) out.push(Array.from({length: size}, (_, k) => first + k))
  return out
}

/**
 * The tokens of every group of both documents, by the bead tokenizer and by
 * folding each group whole; ids relabelled in order of first appearance over
 * all groups, so that the two tables' equalities can be compared.
 */
function bothWays(source: string, variant: string) {
  const sentences = {source: segmentSentences(source), variant: segmentSentences(variant)}
  const {words} = analyzeSentences(sentences.source, sentences.variant, {symbols: false})
  const texts = {source, variant}
  const tokenizer = new BeadTokenizer({
    source: {text: source, sentences: sentences.source, words: words.source},
    variant: {text: variant, sentences: sentences.variant, words: words.variant},
  })
  const vocabulary = new StringIds()
  const relabel = () => {
    const labels = new Map<number, number>()
    return (id: number) => {
      if (!labels.has(id)) labels.set(id, labels.size)
      return labels.get(id)!
    }
  }
  const byWords = relabel()
  const folded = relabel()
  const results = {byWords: [] as unknown[], folded: [] as unknown[]}
  const buffer = new TokenBuffer()
  const read = (label: (id: number) => number) =>
    Array.from({length: buffer.length}, (_, k) => [buffer.starts[k], buffer.ends[k], label(buffer.ids[k]!)])
  for (const side of ['source', 'variant'] as Side[]) {
    for (const group of groups(sentences[side].length)) {
      const span = groupSpan(texts[side], sentences[side], group)!
      tokenizer.tokenize(side, group, span, buffer)
      results.byWords.push(read(byWords))
      tokenizeFolded(span.text, span.start, vocabulary, buffer)
      results.folded.push(read(folded))
    }
  }
  return results
}

describe('BeadTokenizer', () => {
  it.each([
    ['The crowd tried to storm the embassy. Police fired “tear gas” – twice.', 'The mob attempted to storm the embassy.\n\nPolice fired "tear gas" - twice.'],
    ['He said: ‘no’ — and left.  Then\tthe end’s near; 1,200 people.', 'Hezbollah,quot; fighters. U.S. Embassy staff left.'],
    ['Ça va. À bientôt, Zoë!', 'Ça va. A bientot, ZOË!'],
  ])('gives the tokens of folding each side whole in %j', (source, variant) => {
    const {byWords, folded} = bothWays(source, variant)
    expect(byWords).toEqual(folded)
  })

  it('gives the tokens of folding each side whole on any documents', () => {
    const piece = fc.constantFrom(
      'The', 'crowd', 'a', 'A', 'Zoë', 'ÉTÉ', '25', '1,200', 'U.S.', 'end’s', "it's", 'well-known', ' ', ' ', '  ', '\n\n', '\t', '\u00a0',
      '.', '. ', '! ', '? ', ',', ':', '(', ')', '"', '“', '”', '‘', '’', '–', '—', '-', '…', '&quot;', 'quot;', ';', '#', '`', '\u0301', '😀', 'Σ', '\u001c',
    )
    const document = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(document, document, (source, variant) => {
        const {byWords, folded} = bothWays(source, variant)
        expect(byWords).toEqual(folded)
      }),
      {numRuns: 500},
    )
  })
})
