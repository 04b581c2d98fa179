import type {KeyVocabulary} from './key-vocabulary'
import type {DocumentSymbols} from './document-symbols'
import type {DocumentWords} from './document-words'

/**
 * What the aligner needs to know about one sentence, worked out once by
 * `analyzeSentences` and passed down as plain data. The words of the
 * sentences, with their offsets, and the metric symbols are kept per
 * document (`PairAnalysis`'s `words` and `symbols`, in typed arrays): the
 * drift signals read the words and the metrics the symbols instead of
 * splitting each bead side again.
 */
export interface SentenceAnalysis {
  /**
   * The letters, marks and digits of the sentence folded for matching
   * (`foldForMatching`: case, quotes, dashes, entities, whitespace, and
   * multi-word names made one key, United States → `us`), runs of anything
   * else made one space: the aligner's character bigrams.
   */
  readonly compact: string
  /**
   * Ids in `vocabulary` of the sentence's distinct content-word keys, in
   * ascending order: the keys `wordKeys` gives for the folded sentence (stop
   * words dropped, possessives stripped, British spellings and inflections
   * folded by `stemWord`), the aligner's word features.
   */
  readonly keyIds: Int32Array
  /** The content-word keys of the comparison, shared by every sentence of its source and variant. */
  readonly vocabulary: KeyVocabulary
}

/**
 * A sentence (or a group of them) as the standard metrics see it, every sequence as int32
 * symbols. Word ids are shared by the source and the variant analysed
 * together, so the symbols of two sentences (or of two groups of sentences,
 * concatenated) can be matched directly.
 */
export interface MetricSymbols {
  /** Code points with Python whitespace removed: chrF's character n-grams. */
  readonly characters: Int32Array
  /** Ids of chrF++'s word tokens (`chrfWords`). */
  readonly chrfWords: Int32Array
  /** Ids of BLEU's `13a` tokens. */
  readonly bleuTokens: Int32Array
}

/** The analyses of the sentences of a source and a variant, made together. */
export interface PairAnalysis {
  /** One analysis per source sentence, in order. */
  readonly source: readonly SentenceAnalysis[]
  /** One analysis per variant sentence, in order. */
  readonly variant: readonly SentenceAnalysis[]
  /** The words of the sentences of each document, as `tokenizeWords` splits each sentence, with offsets into the document and ids in a vocabulary the two documents share. */
  readonly words: {readonly source: DocumentWords; readonly variant: DocumentWords}
  /** The metric symbols of the sentences of each document; present when `analyzeSentences` was asked for them. */
  readonly symbols?: {readonly source: DocumentSymbols; readonly variant: DocumentSymbols}
}
