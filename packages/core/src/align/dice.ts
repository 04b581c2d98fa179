import stringSimilarity from 'string-similarity'

/**
 * Sørensen–Dice coefficient of the character bigrams of two strings, in [0, 1]
 * (1 identical, 0 no bigram shared). Whitespace is ignored and case matters,
 * as in `string-similarity`, which computes it; every caller goes through this
 * one function so the dependency (archived upstream) can be swapped.
 *
 * @param source First string.
 * @param variant Second string.
 * @returns The Dice coefficient; 1 for two strings that are equal once whitespace is removed (both empty included).
 */
export function diceSimilarity(source: string, variant: string): number {
  return stringSimilarity.compareTwoStrings(source, variant)
}
