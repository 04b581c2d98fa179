import type {DocumentSymbols} from './document-symbols'
import type {DocumentWords} from './document-words'

/**
 * What every stage needs to know about one sentence, worked out once by
 * `analyzeSentences` and passed down as plain data: the aligner reads
 * `matching` and `keys`. The words of the sentences, with their offsets,
 * and the metric symbols are kept per document (`PairAnalysis`'s `words`
 * and `symbols`, in typed arrays): the drift signals read the words and the
 * metrics the symbols instead of splitting each bead side again.
 */
export interface SentenceAnalysis {
  /** The sentence as `normalizeText` folds it (case, quotes, dashes, entities, whitespace; no offsets), with multi-word names folded to one key (United States → `us`): the aligner's text. */
  readonly matching: string
  /**
   * Content-word keys of `matching` in order, with repeats: stop words
   * dropped, possessives stripped, British spellings and inflections folded
   * by `stemWord` (the aligner's word features).
   */
  readonly keys: readonly string[]
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
