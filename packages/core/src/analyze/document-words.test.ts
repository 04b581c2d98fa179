import {describe, expect, it} from '@jest/globals'
import {tokenizeWords} from '../normalize/tokenize-words'
import {segmentSentences} from '../segment/segment-sentences'
import {analyzeSentences} from './analyze-sentences'
import {DocumentWordsBuilder, documentWordsOf, groupWords} from './document-words'

describe('groupWords', () => {
  const text = 'Twenty-five people died.  Some 1,200 fled.\n\nOfficials said nothing.'
  const sentences = segmentSentences(text)
  const words = analyzeSentences(sentences, []).words.source
  const spanOf = (indices: readonly number[]) => text.slice(sentences[indices[0]!]!.start, sentences[indices.at(-1)!]!.end)

  it.each([[[0]], [[1]], [[2]], [[0, 1]], [[1, 2]], [[0, 1, 2]]])('gives the words of sentences %j that tokenizing their span gives', (indices) => {
    const start = sentences[indices[0]!]!.start
    const grouped = groupWords(text, sentences, words, indices)!
    expect(grouped.tokens).toEqual(tokenizeWords(spanOf(indices), start))
    expect(Array.from(grouped.ids, (id) => words.vocabulary.texts[id])).toEqual(grouped.tokens.map((word) => word.text))
  })

  it('slices every word from the original text', () => {
    for (const word of groupWords(text, sentences, words, [0, 1, 2])!.tokens) expect(text.slice(word.start, word.end)).toBe(word.text)
  })

  it('leaves sentences that touch, or have other text between them, to be split again', () => {
    const glued = [
      {start: 0, end: 5, text: 'done.'},
      {start: 5, end: 9, text: 'Next'},
    ]
    expect(groupWords('done.Next', glued, analyzeSentences(glued, []).words.source, [0, 1])).toBeUndefined()
    const apart = [
      {start: 0, end: 5, text: 'done.'},
      {start: 8, end: 12, text: 'Next'},
    ]
    expect(groupWords('done. - Next', apart, analyzeSentences(apart, []).words.source, [0, 1])).toBeUndefined()
  })

  it('gives no words for an empty group', () => {
    expect(groupWords(text, sentences, words, [])!.tokens).toEqual([])
  })
})

describe('documentWordsOf', () => {
  it('gives the words tokenizing the whole text gives, with their ids', () => {
    const padded = '  Twenty-five people died.  Some 1,200 fled.\n\nOfficials said nothing.\n'
    const paddedSentences = segmentSentences(padded)
    const paddedWords = analyzeSentences(paddedSentences, []).words.source
    const whole = documentWordsOf(padded, paddedSentences, paddedWords)!
    expect(whole.tokens).toEqual(tokenizeWords(padded))
    expect(Array.from(whole.ids, (id) => paddedWords.vocabulary.texts[id])).toEqual(whole.tokens.map((word) => word.text))
  })

  it('leaves a text with words outside its sentences to be split again', () => {
    const sentences = [{start: 3, end: 8, text: 'done.'}]
    expect(documentWordsOf('so done.', sentences, analyzeSentences(sentences, []).words.source)).toBeUndefined()
  })
})

describe('DocumentWordsBuilder', () => {
  it('grows past its first guess and keeps every sentence apart', () => {
    const builder = new DocumentWordsBuilder(3, 1)
    builder.startSentence()
    for (let i = 0; i < 20; i++) builder.add(2 * i, 2 * i + 1, i % 2 === 0 ? 'even' : 'odd')
    builder.startSentence()
    builder.startSentence()
    builder.add(50, 52, 'even')
    const {offsets, firstWord, ids, vocabulary} = builder.finish()
    expect(vocabulary.texts).toEqual(['even', 'odd'])
    expect(Array.from(ids.slice(18))).toEqual([0, 1, 0])
    expect(Array.from(firstWord)).toEqual([0, 20, 20, 21])
    expect(offsets).toHaveLength(42)
    expect(Array.from(offsets.slice(38))).toEqual([19 * 2, 19 * 2 + 1, 50, 52])
  })
})
