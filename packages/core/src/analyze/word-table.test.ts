import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {splitTextWords} from '../normalize/text-words'
import {findPassagesBetween, defaultFindReusedPassagesOptions, findReusedPassages} from '../passages/find-reused-passages'
import {segmentSentences} from '../segment/segment-sentences'
import {analyzeSentencePair, analyzeSentences} from './analyze-sentences'
import {WordVocabulary} from './document-words'
import {wordKey} from './word-key'
import {WordTable} from './word-table'

const source =
  'The U.S. Embassy said on Tuesday that 1,200 people had fled.  Officials in the United States gave no figure.\n\nThe attacks, officials said, were planned. Café owners’ fears grew – quickly.'
const variant =
  'On Tuesday the US embassy said 1,200 people fled. The attack was planned, officials in the United States said.\n\nCafé owners’ fears grew quickly, “they said”.'

describe('WordTable', () => {
  it('keys each folded word as wordKey does, once', () => {
    const table = new WordTable()
    const words = ['attacks', 'attack', 'the', 'neighbourhood', "officials'", '1,200', 'u.s']
    const ids = words.map((word) => table.foldedIdOf(` ${word} `, 1, word.length + 1))
    expect(ids.map((id) => table.keyOfFolded(id))).toEqual(words.map((word) => wordKey(word)))
    expect(table.foldedIdOf('attack', 0, 6)).toBe(ids[1])
  })

  it('keys an ASCII lowercase form by its lowercase id, the same fold as its text', () => {
    const table = new WordTable()
    const split = splitTextWords('The Attacks and the attacks', table)
    const lowerOf = (index: number) => table.lowerIds[split.formIds[index]!]!
    expect(lowerOf(0)).toBe(lowerOf(3))
    expect(table.keyOfFolded(table.foldedIdOfLower(lowerOf(1)))).toBe('attack')
    expect(table.foldedIdOfLower(lowerOf(1))).toBe(table.foldedIdOfLower(lowerOf(4)))
    expect(table.foldedIdOfLower(lowerOf(1))).toBe(table.foldedIdOf('attacks', 0, 7))
  })
})

describe('one word table for the split, the passages and the analysis', () => {
  const sourceSentences = segmentSentences(source)
  const variantSentences = segmentSentences(variant)
  const table = new WordVocabulary()
  const sourceSplit = splitTextWords(source, table)
  const variantSplit = splitTextWords(variant, table)
  const passages = findPassagesBetween(source, sourceSplit, variant, variantSplit, {...defaultFindReusedPassagesOptions, minWords: 3})
  const shared = analyzeSentencePair(sourceSentences, variantSentences, true, table)
  const alone = analyzeSentences(sourceSentences, variantSentences)

  it('finds the passages found with a table of its own', () => {
    expect(passages).toEqual(findReusedPassages(source, variant, {minWords: 3}))
    expect(passages.length).toBeGreaterThan(0)
  })

  it('gives every sentence the analysis it has alone: compact text, keys in the same order, words', () => {
    for (const side of ['source', 'variant'] as const) {
      expect(shared[side].map((analysis) => analysis.compact)).toEqual(alone[side].map((analysis) => analysis.compact))
      const keysOf = (analysis: (typeof alone)['source'][number]) => Array.from(analysis.keyIds, (id) => analysis.vocabulary.texts[id])
      expect(shared[side].map(keysOf)).toEqual(alone[side].map(keysOf))
      expect(Array.from(shared[side][0]!.keyIds)).toEqual(Array.from(alone[side][0]!.keyIds))
      const wordsOf = (words: (typeof alone)['words']['source']) => Array.from(words.ids, (id) => words.vocabulary.texts[id])
      expect(wordsOf(shared.words[side])).toEqual(wordsOf(alone.words[side]))
      expect(shared.words[side].offsets).toEqual(alone.words[side].offsets)
    }
    expect(shared.source[0]!.vocabulary.texts).toEqual(alone.source[0]!.vocabulary.texts)
    expect(shared.words.source.vocabulary).toBe(table)
  })
})

describe('the analysis reading the words of the whole-text split', () => {
  // Texts and sentence spans built from the characters a word boundary turns on, cut anywhere.
  const characters = ['a', 'Z', '7', '.', ',', '-', "'", ' ', '\n', '’', 'é', 'e\u0301', '𝒜', '😀', '&']
  const text = fc.array(fc.constantFrom(...characters), {maxLength: 80}).map((parts) => parts.join(''))
  const cuts = fc.array(fc.nat(), {maxLength: 8})

  const wordsOf = (analysis: ReturnType<typeof analyzeSentences>) => {
    const {offsets, firstWord, ids, vocabulary} = analysis.words.source
    return {offsets: Array.from(offsets), firstWord: Array.from(firstWord), texts: Array.from(ids, (id) => vocabulary.texts[id])}
  }

  it('gives each sentence the words its own scan gives', () => {
    fc.assert(
      fc.property(text, cuts, (document, points) => {
        const ends = [...new Set(points.map((point) => point % (document.length + 1)))].sort((a, b) => a - b)
        // Sentences between cut points, skipping some gaps, never splitting a surrogate pair.
        const sentences: {text: string; start: number}[] = []
        let start = 0
        for (const end of [...ends, document.length]) {
          const low = document.charCodeAt(end)
          if (end <= start || (low >= 0xdc00 && low <= 0xdfff)) continue
          if (sentences.length % 2 === 0 || end - start > 3) sentences.push({text: document.slice(start, end), start})
          start = end
        }
        const table = new WordVocabulary()
        const split = splitTextWords(document, table)
        const shared = analyzeSentencePair(sentences, [], false, table, {source: split, variant: splitTextWords('', table)})
        expect(wordsOf(shared)).toEqual(wordsOf(analyzeSentences(sentences, [], {symbols: false})))
        expect(shared.source.map((analysis) => Array.from(analysis.keyIds, (id) => analysis.vocabulary.texts[id]))).toEqual(
          analyzeSentences(sentences, [], {symbols: false}).source.map((analysis) => Array.from(analysis.keyIds, (id) => analysis.vocabulary.texts[id])),
        )
      }),
      {numRuns: 1500},
    )
  })
})
