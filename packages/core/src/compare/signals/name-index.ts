import type {Side} from '../../types'
import {indexNames, type NameIndex} from './name-variants'
import {nameKeysOfIds, nameKeysOfWords} from './name-keys'
import {type AnalyzedSide, analyzeSide, tokenIdsOf, vocabularyOf, wordsOf} from './analyze-side'
import {type AnalyzedDocuments, documentTable, documentWords} from './signal-documents'

/**
 * The name keys of a bead side and of a whole document, indexed for the
 * entity detector's look-ups (`indexNames`). Internal to `findEntitySignals`.
 */

/** Name keys of every word of a side, with multi-word aliases merged (`nameKeysOfWords`), read by token id when the side has them. */
export function allKeys(side: AnalyzedSide): NameIndex {
  const ids = tokenIdsOf(side)
  const vocabulary = vocabularyOf(side)
  return indexNames(ids !== undefined && vocabulary !== undefined ? nameKeysOfIds(ids, vocabulary) : nameKeysOfWords(wordsOf(side)))
}

/**
 * `allKeys` of a side, worked out on its first look-up: the index of a side
 * is read only for the names of the other side, and a side facing no name
 * (a bead whose other side names no one) is never read.
 *
 * @param side The wrapped side.
 */
export function sideNames(side: AnalyzedSide): NameIndex {
  let index: NameIndex | undefined
  return {has: (key) => (index ??= allKeys(side)).has(key)}
}

/** The name keys of one whole document, indexed once per comparison. */
export function documentNames(documents: AnalyzedDocuments, side: Side): NameIndex {
  return documentTable(documents, 'entity-names', side, (text) => {
    const words = documentWords(documents, side)
    if (words === undefined) return allKeys(analyzeSide({start: 0, end: text.length, text}))
    // The whole text's words from the analysis, by id: no word objects for a whole document, each distinct token read once.
    return indexNames(nameKeysOfIds(words.ids, words.vocabulary))
  })
}
