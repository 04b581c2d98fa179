import {describe, expect, it} from '@jest/globals'
import {scoreAlignment} from '../metrics/score-pairs'
import {scoreAnalyzedPairs} from '../metrics/score-analyzed-pairs'
import {tokenizeWords} from '../normalize/tokenize-words'
import {segmentSentences} from '../segment/segment-sentences'
import {analyzeForAlignment} from './analyze-for-alignment'
import {analyzeSentences} from './analyze-sentences'
import {beadPairs} from './bead-pairs'
import {groupWords} from './document-words'
import {groupSymbols, noSymbols} from './group-symbols'
import {compactText} from './compact-text'
import type {KeyVocabulary} from './key-vocabulary'
import type {SentenceAnalysis} from './sentence-analysis'
import {foldForMatching, wordKeys} from './word-key'

/** Orders key texts by their id in `vocabulary`. */
const byId = (vocabulary: KeyVocabulary) => (first: string, second: string) => vocabulary.texts.indexOf(first) - vocabulary.texts.indexOf(second)

const source = 'The U.S. embassy was stormed on Tuesday. Twenty-five people died, and 1,200 fled.\n\nOfficials in Baghdad said nothing.'
const variant = 'The United States embassy was attacked on Tuesday.  Twenty five people were killed.\nSome 1,200 fled from Baghdad.'
const sourceSentences = segmentSentences(source)
const variantSentences = segmentSentences(variant)
const analysis = analyzeSentences(sourceSentences, variantSentences)

describe('analyzeSentences', () => {
  it('gives each sentence the words tokenizeWords gives, located in the whole document', () => {
    sourceSentences.forEach(({text, start}, index) => {
      const words = groupWords(source, sourceSentences, analysis.words.source, [index])!
      expect(words.tokens).toEqual(tokenizeWords(text, start))
      for (const word of words.tokens) expect(source.slice(word.start, word.end)).toBe(word.text)
    })
    expect(analysis.words.variant.firstWord).toHaveLength(variantSentences.length + 1)
    expect(analysis.words.variant.offsets).toHaveLength(2 * tokenizeWords(variantSentences.map((sentence) => sentence.text).join(' ')).length)
  })

  it('folds the text as the aligner does, and keys its content words', () => {
    for (const side of ['source', 'variant'] as const) {
      const sentences = side === 'source' ? sourceSentences : variantSentences
      analysis[side].forEach((sentence, index) => {
        const folded = foldForMatching(sentences[index]!.text)
        expect(sentence.compact).toBe(compactText(folded))
        expect(Array.from(sentence.keyIds, (id) => sentence.vocabulary.texts[id])).toEqual([...new Set(wordKeys(folded))].sort(byId(sentence.vocabulary)))
      })
    }
    expect(analysis.variant[0]!.compact).toContain('the us embassy')
  })

  it('numbers the keys in the order they first appear, the source read before the variant', () => {
    const {vocabulary} = analysis.source[0]!
    const inOrder = [...new Set([...sourceSentences, ...variantSentences].flatMap((sentence) => wordKeys(foldForMatching(sentence.text))))]
    expect(vocabulary.texts).toEqual(inOrder)
    expect(vocabulary.isNumber(vocabulary.texts.indexOf('1200'))).toBe(true)
    expect(vocabulary.isNumber(vocabulary.texts.indexOf('embassy'))).toBe(false)
  })

  it('keys a sentence with entities, dashes between words and combining marks through its whole fold', () => {
    const texts = ['The U.S. &amp; its allies met in 2010\u20132014.', 'Cafe\u0301 owners\u2019 \u201Cstrike\u201D\u00A0ended.', 'CAF\u00C9 OWNERS STRUCK']
    const alone = analyzeForAlignment(texts, texts.slice().reverse())
    for (const [index, sentence] of alone.source.entries()) {
      const folded = foldForMatching(texts[index]!)
      expect(Array.from(sentence.keyIds, (id) => sentence.vocabulary.texts[id])).toEqual([...new Set(wordKeys(folded))].sort(byId(sentence.vocabulary)))
    }
    // `café` keys alike, written with a combining accent, precomposed, or in capitals.
    expect(alone.source[1]!.keyIds[0]).toBe(alone.source[2]!.keyIds[0])
  })

  it('gives each distinct word one id, shared by the source and the variant', () => {
    const {vocabulary} = analysis.words.source
    expect(analysis.words.variant.vocabulary).toBe(vocabulary)
    const idsOf = (side: 'source' | 'variant') => Array.from(analysis.words[side].ids, (id) => vocabulary.texts[id])
    const wordsOf = (text: string) => tokenizeWords(text).map((word) => word.text)
    expect(idsOf('source')).toEqual(sourceSentences.flatMap((sentence) => wordsOf(sentence.text)))
    expect(idsOf('variant')).toEqual(variantSentences.flatMap((sentence) => wordsOf(sentence.text)))
    expect(new Set(vocabulary.texts).size).toBe(vocabulary.texts.length)
    const baghdad = vocabulary.texts.indexOf('Baghdad')
    expect(analysis.words.source.ids).toContain(baghdad)
    expect(analysis.words.variant.ids).toContain(baghdad)
  })

  it('gives the aligner the same compact text and keys as the aligner alone works out', () => {
    const alone = analyzeForAlignment(
      sourceSentences.map((sentence) => sentence.text),
      variantSentences.map((sentence) => sentence.text),
    )
    const keysOf = ({compact, keyIds, vocabulary}: SentenceAnalysis) => ({compact, keys: Array.from(keyIds, (id) => vocabulary.texts[id])})
    expect(analysis.source.map(keysOf)).toEqual(alone.source.map(keysOf))
    expect(analysis.variant.map(keysOf)).toEqual(alone.variant.map(keysOf))
    expect(alone.source[0]!.vocabulary.texts).toEqual(analysis.source[0]!.vocabulary.texts)
  })

  it('leaves the metric symbols out when asked', () => {
    expect(analyzeSentences(sourceSentences, [], {symbols: false}).symbols).toBeUndefined()
    expect(analysis.symbols?.source.chrfWords.firstSymbol).toHaveLength(sourceSentences.length + 1)
  })

  it('throws on unknown or wrong options, naming them', () => {
    expect(() => analyzeSentences([], [], {symbols: 'yes' as unknown as boolean})).toThrow(/`symbols`/)
    expect(() => analyzeSentences([], [], {words: true} as never)).toThrow(/words/)
  })
})

describe('scoreAnalyzedPairs', () => {
  const symbolsOf = (side: 'source' | 'variant') => analysis.symbols![side]
  // Every grouping of consecutive sentences, against every other, and empty sides.
  const groups = (count: number): number[][] => {
    const found: number[][] = [[]]
    for (let from = 0; from < count; from++) for (let to = from; to < count; to++) found.push(Array.from({length: to - from + 1}, (_, k) => from + k))
    return found
  }
  const textOf = (document: string, sentences: readonly {start: number; end: number}[], indices: readonly number[]) =>
    indices.length === 0 ? '' : document.slice(sentences[indices[0]!]!.start, sentences[indices.at(-1)!]!.end)
  const pairs = groups(variantSentences.length).flatMap((variantGroup) =>
    groups(sourceSentences.length).map((sourceGroup) => ({
      hypothesis: textOf(variant, variantSentences, variantGroup),
      reference: textOf(source, sourceSentences, sourceGroup),
      hypothesisSymbols: groupSymbols(variant, variantSentences, symbolsOf('variant'), variantGroup),
      referenceSymbols: groupSymbols(source, sourceSentences, symbolsOf('source'), sourceGroup),
    })),
  )

  it('joins the symbols of every group of sentences separated by whitespace', () => {
    expect(pairs.every((pair) => pair.hypothesisSymbols !== undefined && pair.referenceSymbols !== undefined)).toBe(true)
  })

  it('gives exactly the scores scoreAlignment gives on the texts, TER included', () => {
    const eager = scoreAlignment(pairs)
    const lazy = scoreAnalyzedPairs(pairs)
    expect(lazy).toEqual(eager)
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager))
  })

  it('scores bead pairs read on demand (beadPairs) as scoreAlignment scores their texts', () => {
    const beads = [
      {source: [0], variant: [0]},
      {source: [1, 2], variant: [1, 2]},
      {source: [], variant: [1]},
      {source: [2], variant: []},
    ]
    const lazy = beadPairs({source, variant, sourceSentences, variantSentences, symbols: analysis.symbols}, beads)
    expect(lazy.map((pair) => [pair.reference, pair.hypothesis])).toEqual(beads.map((bead) => [textOf(source, sourceSentences, bead.source), textOf(variant, variantSentences, bead.variant)]))
    expect(scoreAnalyzedPairs(lazy)).toEqual(scoreAlignment(lazy.map((pair) => ({hypothesis: pair.hypothesis, reference: pair.reference}))))
  })

  it('gives TER as plain data, equal to scoreAlignment', () => {
    const some = pairs.filter((pair) => pair.hypothesis !== '' && pair.reference !== '').slice(0, 3)
    const first = scoreAnalyzedPairs(some).pairs[0]!
    expect(Object.getOwnPropertyDescriptor(first, 'ter')).toMatchObject({value: scoreAlignment(some).pairs[0]!.ter, enumerable: true})
    expect(Object.keys(first)).toEqual(['chrf', 'chrfpp', 'bleu', 'ter'])
  })
})

describe('groupSymbols', () => {
  const text = 'A well-\nknown case.\nNext one.'
  const sentences = [
    {start: 0, end: 7, text: 'A well-'},
    {start: 8, end: 19, text: 'known case.'},
    {start: 20, end: 29, text: 'Next one.'},
  ]
  const symbols = analyzeSentences(sentences, []).symbols!.source

  it('leaves a hyphen before a line break and sentences without whitespace between them to the texts', () => {
    expect(groupSymbols(text, sentences, symbols, [0, 1])).toBeUndefined()
    expect(groupSymbols(text, sentences, symbols, [1, 2])).toBeDefined()
    const glued = [
      {start: 0, end: 5, text: 'done.'},
      {start: 5, end: 9, text: 'Next'},
    ]
    expect(groupSymbols('done.Next', glued, analyzeSentences(glued, []).symbols!.source, [0, 1])).toBeUndefined()
  })

  it('gives no symbols for an empty group', () => {
    expect(groupSymbols(text, sentences, symbols, [])).toBe(noSymbols)
  })

  it('joins TER’s lowercased words of a group as lowercasing its text gives them (final sigma included)', () => {
    const sentencesOf = (document: string) => {
      const cut = document.indexOf('\n')
      return [
        {start: 0, end: cut, text: document.slice(0, cut)},
        {start: cut + 1, end: document.length, text: document.slice(cut + 1)},
      ]
    }
    const sourceText = 'Η ΟΔΟΣ\nΣΤΗΝ ΠΟΛΗ.'
    const variantText = 'Η οδοσ\nστην ΠΟΛΗ.'
    const both = analyzeSentences(sentencesOf(sourceText), sentencesOf(variantText)).symbols!
    const pair = {
      hypothesis: variantText,
      reference: sourceText,
      hypothesisSymbols: groupSymbols(variantText, sentencesOf(variantText), both.variant, [0, 1]),
      referenceSymbols: groupSymbols(sourceText, sentencesOf(sourceText), both.source, [0, 1]),
    }
    expect(pair.hypothesisSymbols?.terWords).toHaveLength(4)
    const scored = scoreAnalyzedPairs([pair]).pairs[0]!
    expect(scored.ter).toBe(scoreAlignment([{hypothesis: variantText, reference: sourceText}]).pairs[0]!.ter)
    expect(scored.ter).toBe(25)
  })

  it('scores a group it could not join from its text, with the same result', () => {
    const pair = {hypothesis: 'A well-\nknown case.', reference: 'A well-known case.'}
    const joined = {...pair, hypothesisSymbols: groupSymbols(text, sentences, symbols, [0, 1]), referenceSymbols: undefined}
    expect(scoreAnalyzedPairs([joined])).toEqual(scoreAlignment([pair]))
  })
})
