import type {Side, TextSpan} from '../../types'
import {type DocumentWords, documentWordsOf, type GroupedWords} from '../../analyze/document-words'

/**
 * The two whole documents a bead's spans point into. Given to `findSignals`,
 * it lets a detector weigh a change against the rest of the text: a name
 * dropped from one sentence that the other text names elsewhere is a
 * choice of reference ("Olivia de Havilland" here, "she" there), not a
 * person gone from the story.
 */
export interface SignalDocuments {
  /** The whole source text. */
  readonly source: string
  /** The whole variant text. */
  readonly variant: string
}

const analyzed = /* @__PURE__ */ Symbol('analyzed documents')

/**
 * Signal documents with what detectors worked out about them, filled in on
 * first use and kept on this object only: `compareTexts` wraps its two texts
 * once and passes the same object for every bead, so a document-wide table
 * is built once per comparison, not once per bead.
 */
export interface AnalyzedDocuments extends SignalDocuments {
  readonly [analyzed]: {readonly tables: Map<string, unknown>; readonly sentences?: DocumentSentences}
}

/** The sentences of the two documents and their words from the sentence analysis, which spare the detectors a split of each whole text. */
export interface DocumentSentences {
  readonly sentences: {readonly source: readonly TextSpan[]; readonly variant: readonly TextSpan[]}
  /** The words of each document's sentences (`analyzeSentences`). */
  readonly words: {readonly source: DocumentWords; readonly variant: DocumentWords}
}

/**
 * Wrap two documents for the detectors; documents already wrapped are returned as is.
 *
 * @param documents The whole source and variant texts.
 * @param sentences Their sentences and the words of the sentence analysis, when known.
 * @returns The documents with an empty cache.
 */
export function analyzeDocuments(documents: SignalDocuments, sentences?: DocumentSentences): AnalyzedDocuments {
  if ((documents as Partial<AnalyzedDocuments>)[analyzed] !== undefined) return documents as AnalyzedDocuments
  return {source: documents.source, variant: documents.variant, [analyzed]: {tables: new Map(), ...(sentences === undefined ? {} : {sentences})}}
}

/**
 * The words of one whole document with their ids, taken from the sentence
 * analysis (`documentWordsOf`), when the documents were wrapped with it and
 * that gives what splitting the whole text gives; `undefined` otherwise.
 *
 * @param documents The wrapped documents.
 * @param side Which document.
 */
export function documentWords(documents: AnalyzedDocuments, side: Side): GroupedWords | undefined {
  const known = documents[analyzed].sentences
  if (known === undefined) return undefined
  return documentTable(documents, 'words', side, (text) => documentWordsOf(text, known.sentences[side], known.words[side]))
}

/**
 * What `compute` gives for one side of the documents, worked out once.
 *
 * @param documents The wrapped documents.
 * @param name What is computed (one name per table, such as `names`).
 * @param side Which document.
 * @param compute Builds the value from that document's text.
 */
export function documentTable<T>(documents: AnalyzedDocuments, name: string, side: Side, compute: (text: string) => T): T {
  const cache = documents[analyzed].tables
  const key = `${name}:${side}`
  if (!cache.has(key)) cache.set(key, compute(documents[side]))
  return cache.get(key) as T
}
