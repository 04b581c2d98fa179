import {describe, expect, it} from '@jest/globals'
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
