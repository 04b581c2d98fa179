import {foldText} from '../normalize/normalize-text'
import type {SentenceAnalysis} from './sentence-analysis'
import {foldPhrases, wordKeys} from './word-key'

/** The part of a {@link SentenceAnalysis} the aligner reads. */
export type AlignmentAnalysis = Pick<SentenceAnalysis, 'matching' | 'keys'>

/**
 * What the aligner reads of a sentence (`matching` and `keys`), without the
 * rest of the analysis: `alignSentences` called on its own needs no more.
 *
 * @param sourceTexts Original texts of the source sentences.
 * @param variantTexts Original texts of the variant sentences.
 * @returns The aligner's part of the analysis of each sentence.
 */
export function analyzeForAlignment(
  sourceTexts: readonly string[],
  variantTexts: readonly string[],
): {readonly source: AlignmentAnalysis[]; readonly variant: AlignmentAnalysis[]} {
  const keyCache = new Map<string, string>()
  const analyze = (text: string): AlignmentAnalysis => {
    const matching = foldPhrases(foldText(text))
    return {matching, keys: wordKeys(matching, keyCache)}
  }
  return {source: sourceTexts.map(analyze), variant: variantTexts.map(analyze)}
}
