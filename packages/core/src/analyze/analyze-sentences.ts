import {assertKnownOptions, assertBoolean} from '../validate-options'
import type {TextWords} from '../normalize/text-words'
import {AlignmentKeys} from './analyze-for-alignment'
import {type DocumentSymbols, SymbolRunsBuilder} from './document-symbols'
import {DocumentWordsBuilder, WordVocabulary} from './document-words'
import {MetricVocabulary} from './metric-vocabulary'
import type {PairAnalysis} from './sentence-analysis'

/** Options of {@link analyzeSentences}. */
export interface AnalyzeOptions {
  /** Also work out the metric symbols (`symbols`) of every sentence. @default true */
  readonly symbols?: boolean
}

/** Defaults of {@link AnalyzeOptions}. */
export const defaultAnalyzeOptions = {symbols: true} as const satisfies Required<AnalyzeOptions>

/** A sentence to analyse: its original text and where it starts in its document. */
export interface AnalyzedInput {
  readonly text: string
  /** Offset of the sentence in its document, added to word spans. @default 0 */
  readonly start?: number
}

/**
 * Analyse the sentences of a source and a variant once, for every stage
 * after segmentation: word offsets and ids, the aligner's compact text and
 * content-word key ids, and the symbols the metrics count. The two documents
 * are analysed together so that word and key ids are shared, and each
 * distinct word is keyed once. Pure: the same sentences give the
 * same analyses.
 *
 * @param sourceSentences Source sentences (`text`, and `start` in the document).
 * @param variantSentences Variant sentences.
 * @param options Whether to work out the metric symbols.
 * @returns One analysis per sentence of each side, and the word offsets of each document.
 */
export function analyzeSentences(
  sourceSentences: readonly AnalyzedInput[],
  variantSentences: readonly AnalyzedInput[],
  options: AnalyzeOptions = {},
): PairAnalysis {
  if (!Array.isArray(sourceSentences)) throw new TypeError(`Expected \`sourceSentences\` to be an array, not \`${String(sourceSentences)}\``)
  if (!Array.isArray(variantSentences)) throw new TypeError(`Expected \`variantSentences\` to be an array, not \`${String(variantSentences)}\``)
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  assertKnownOptions(options, ['symbols'])
  const {symbols} = {...defaultAnalyzeOptions, ...options}
  assertBoolean(symbols, 'symbols')
  return analyzeSentencePair(sourceSentences, variantSentences, symbols, new WordVocabulary())
}

/**
 * `analyzeSentences` with its options resolved, into a word table the caller
 * gives: a comparison that has split its whole texts into words
 * (`splitTextWords(text, table)`, for the passage finder and the artifacts)
 * hands the same table here, so that each distinct word is interned, folded
 * and keyed once for all of them. Nothing is checked here.
 *
 * @param sourceSentences Source sentences (`text`, and `start` in the document).
 * @param variantSentences Variant sentences.
 * @param symbols Whether to work out the metric symbols.
 * @param wordVocabulary The comparison's word table; the words' ids are its form ids.
 * @param splits The words of each whole document (`splitTextWords(document, wordVocabulary)`), when the caller has them: a sentence's words are then read from them where they are the words of the sentence (`addSentenceFromSplit`), not scanned again. The sentences must then be the documents' (`text` is the document's text from `start`).
 * @returns What `analyzeSentences` returns.
 */
export function analyzeSentencePair(
  sourceSentences: readonly AnalyzedInput[],
  variantSentences: readonly AnalyzedInput[],
  symbols: boolean,
  wordVocabulary: WordVocabulary,
  splits?: {readonly source: TextWords; readonly variant: TextWords},
): PairAnalysis {
  if (splits !== undefined && (splits.source.forms !== wordVocabulary || splits.variant.forms !== wordVocabulary)) {
    throw new Error('Expected `splits` to be split into `wordVocabulary`')
  }
  const vocabulary = new MetricVocabulary()
  // The words' own vocabulary (the metric symbols above have theirs): the two documents share it, and the aligner's keys read it.
  const keys = new AlignmentKeys(wordVocabulary)
  const analyzeDocument = (sentences: readonly AnalyzedInput[], split: TextWords | undefined) => {
    let characters = 0
    for (const sentence of sentences) characters += sentence.text.length
    // About one word in six characters of English prose; the buffer grows if there are more.
    const words = new DocumentWordsBuilder(sentences.length, Math.ceil(characters / 6), wordVocabulary)
    const symbolRuns = symbols ? new DocumentSymbolsBuilder(sentences.length, characters, vocabulary) : undefined
    const texts = new Array<string>(sentences.length)
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index]!
      const offset = sentence.start ?? 0
      const text = sentence.text
      texts[index] = text
      // The words of `tokenizeWords`: read from the whole document's split where they are the same, else by its scan.
      if (split === undefined || sentence.start === undefined || !words.addSentenceFromSplit(split, offset, offset + text.length)) words.addSentence(text, offset)
      symbolRuns?.add(text)
    }
    const documentWords = words.finish()
    // The aligner's part, after the words: it reads their ids.
    return {analyses: keys.analyzeDocument(texts, documentWords), words: documentWords, symbols: symbolRuns?.finish()}
  }
  const source = analyzeDocument(sourceSentences, splits?.source)
  const variant = analyzeDocument(variantSentences, splits?.variant)
  return {
    source: source.analyses,
    variant: variant.analyses,
    words: {source: source.words, variant: variant.words},
    ...(source.symbols && variant.symbols ? {symbols: {source: source.symbols, variant: variant.symbols}} : {}),
  }
}

/** The metric symbols of a document's sentences, ids from `vocabulary` (shared by the two documents). */
class DocumentSymbolsBuilder {
  private readonly chrfWords: SymbolRunsBuilder
  private readonly bleuTokens: SymbolRunsBuilder
  private readonly terWords: SymbolRunsBuilder

  constructor(
    sentenceCount: number,
    characterCount: number,
    private readonly vocabulary: MetricVocabulary,
  ) {
    this.chrfWords = new SymbolRunsBuilder(sentenceCount, Math.ceil(characterCount / 5))
    this.bleuTokens = new SymbolRunsBuilder(sentenceCount, Math.ceil(characterCount / 4))
    this.terWords = new SymbolRunsBuilder(sentenceCount, Math.ceil(characterCount / 5))
  }

  /** Add the symbols of the next sentence. */
  add(text: string): void {
    this.vocabulary.addSentence(text, this.chrfWords, this.bleuTokens, this.terWords)
  }

  finish(): DocumentSymbols {
    return {chrfWords: this.chrfWords.finish(), bleuTokens: this.bleuTokens.finish(), terWords: this.terWords.finish()}
  }
}

