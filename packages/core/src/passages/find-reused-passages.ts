import {splitTextWords, WordForms, type TextWords} from '../normalize/text-words'
import {contentFlag, type KeyedWords, sentenceStartFlag, WordKeys} from '../retrieve/key-words'
import type {ReusedPassage, Span} from '../types'
import {assertKnownOptions} from '../validate-options'
import {chainSharedWords} from './chain-shared-words'

/** Options of `findReusedPassages`. */
export interface FindReusedPassagesOptions {
  /** Fewest words a passage shares with its source, in order (stop words count; at least half of them must be content words). @default 8 */
  readonly minWords?: number
  /** Most words skipped between two shared words of one passage, both sides together (what a retranslation or a light edit inserts, drops or replaces). @default 3 */
  readonly maxGap?: number
}

/** The defaults of `FindReusedPassagesOptions`. */
export const defaultFindReusedPassagesOptions = {minWords: 8, maxGap: 3} as const satisfies Required<FindReusedPassagesOptions>

/**
 * Find every passage the variant takes from the source: runs of words shared
 * in the same order with at most `maxGap` words skipped (both sides together) between
 * two of them, scored as a local alignment (Smith & Waterman 1981) over word
 * keys, so a rewording in the middle costs a little and a long detour ends the
 * passage. Sentences play no part: a clause lifted into a new sentence, or a
 * sentence fusing two source sentences (two passages), are found as well.
 * Content words match on their stems; stop words match as written and only
 * inside a passage, never starting one.
 *
 * Never throws on any text. Throws on invalid options, naming the option.
 *
 * @param source The original text.
 * @param variant The text that may re-use parts of it.
 * @param options Thresholds.
 * @returns The passages, in the variant's reading order, not overlapping in the variant.
 */
export function findReusedPassages(source: string, variant: string, options: FindReusedPassagesOptions = {}): ReusedPassage[] {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, not \`${typeof source}\``)
  if (typeof variant !== 'string') throw new TypeError(`Expected \`variant\` to be a string, not \`${typeof variant}\``)
  const resolved = resolveFindReusedPassagesOptions(options)
  const forms = new WordForms()
  return findPassagesBetween(source, splitTextWords(source, forms), variant, splitTextWords(variant, forms), resolved)
}

/**
 * `findReusedPassages` on texts already split into words (`splitTextWords`,
 * both texts into one form table), for a caller that shares the split with
 * other steps. Options are not checked here.
 *
 * @param source The original text.
 * @param sourceSplit Its words.
 * @param variant The text that may re-use parts of it.
 * @param variantSplit Its words, in the same form table as the source's.
 * @param options Resolved thresholds.
 * @returns The passages, as `findReusedPassages` gives them.
 */
export function findPassagesBetween(
  source: string,
  sourceSplit: TextWords,
  variant: string,
  variantSplit: TextWords,
  options: Required<FindReusedPassagesOptions>,
): ReusedPassage[] {
  const {minWords, maxGap} = options
  const keys = new WordKeys(sourceSplit.forms)
  const sourceWords = keys.keyWords(source, sourceSplit)
  const variantWords = keys.keyWords(variant, variantSplit)
  const sourceKeys = sourceWords.keyIds
  const variantKeys = variantWords.keyIds
  const sourceOffsets = sourceSplit.offsets
  const variantOffsets = variantSplit.offsets
  const sourceFlags = sourceWords.flags
  const variantFlags = variantWords.flags
  const chains = chainSharedWords(sourceWords, variantWords, maxGap + 1)
  const minContent = Math.ceil(minWords / 2)
  const passages: ReusedPassage[] = []
  const taken: Span[] = []
  // Whether a variant word lies outside every passage taken so far.
  const free = (word: number) => {
    const start = variantOffsets[2 * word]!
    const end = variantOffsets[2 * word + 1]!
    return !taken.some((span) => span.start <= start && end <= span.end)
  }
  const sentenceStart = (flags: Uint8Array, word: number) => flags[word]! & sentenceStartFlag
  const {starts, pairs: chainPairs} = chains
  for (let chain = 0; chain < chains.count; chain++) {
    const chainStart = starts[chain]!
    const chainEnd = starts[chain + 1]!
    let content = 0
    for (let k = chainStart + 1; k < chainEnd; k += 2) if (variantFlags[chainPairs[k]!]! & contentFlag) content++
    if (content < minContent) continue
    let firstSource = chainPairs[chainStart]!
    let firstVariant = chainPairs[chainStart + 1]!
    let lastSource = chainPairs[chainEnd - 2]!
    let lastVariant = chainPairs[chainEnd - 1]!
    // Take in the same words on both sides just before and after (a leading `The`, a trailing `of the`), within the same sentence on both sides.
    let words = (chainEnd - chainStart) / 2
    while (
      firstSource > 0 &&
      firstVariant > 0 &&
      sourceKeys[firstSource - 1] === variantKeys[firstVariant - 1] &&
      sentenceStart(sourceFlags, firstSource) === sentenceStart(variantFlags, firstVariant) &&
      free(firstVariant - 1)
    ) {
      firstSource--
      firstVariant--
      words++
    }
    while (
      lastSource + 1 < sourceKeys.length &&
      lastVariant + 1 < variantKeys.length &&
      sourceKeys[lastSource + 1] === variantKeys[lastVariant + 1] &&
      sentenceStart(sourceFlags, lastSource + 1) === sentenceStart(variantFlags, lastVariant + 1) &&
      free(lastVariant + 1)
    ) {
      lastSource++
      lastVariant++
      words++
    }
    if (words < minWords) continue
    const variantSpan = {start: variantOffsets[2 * firstVariant]!, end: variantOffsets[2 * lastVariant + 1]!}
    if (taken.some((span) => span.start < variantSpan.end && variantSpan.start < span.end)) continue
    taken.push(variantSpan)
    passages.push({
      source: {start: sourceOffsets[2 * firstSource]!, end: sourceOffsets[2 * lastSource + 1]!},
      variant: variantSpan,
      words,
      verbatim: sameWords(sourceWords, firstSource, lastSource, variantWords, firstVariant, lastVariant),
    })
  }
  return passages.sort((a, b) => a.variant.start - b.variant.start)
}

/** Whether two ranges of words hold the same words: the same keys, and the same words in lowercase. */
function sameWords(source: KeyedWords, sourceFirst: number, sourceLast: number, variant: KeyedWords, variantFirst: number, variantLast: number): boolean {
  if (sourceLast - sourceFirst !== variantLast - variantFirst) return false
  // Both texts' forms are in one table, so equal lowercase ids are equal lowercase words.
  const {lowerIds} = source.words.forms
  const sourceForms = source.words.formIds
  const variantForms = variant.words.formIds
  for (let offset = 0; offset <= sourceLast - sourceFirst; offset++) {
    if (source.keyIds[sourceFirst + offset] !== variant.keyIds[variantFirst + offset]) return false
    if (lowerIds[sourceForms[sourceFirst + offset]!] !== lowerIds[variantForms[variantFirst + offset]!]) return false
  }
  return true
}

/**
 * Check the options of `findReusedPassages` and fill in the defaults.
 *
 * @param options The options as given.
 * @returns Every option set.
 * @throws TypeError or RangeError naming an unknown or invalid option.
 */
export function resolveFindReusedPassagesOptions(options: FindReusedPassagesOptions): Required<FindReusedPassagesOptions> {
  assertKnownOptions(options, Object.keys(defaultFindReusedPassagesOptions))
  const resolved = {...defaultFindReusedPassagesOptions, ...options}
  if (!Number.isInteger(resolved.minWords) || resolved.minWords < 1) {
    throw new RangeError(`Expected \`minWords\` to be a positive integer, not \`${String(resolved.minWords)}\``)
  }
  if (!Number.isInteger(resolved.maxGap) || resolved.maxGap < 0 || resolved.maxGap > 8) {
    throw new RangeError(`Expected \`maxGap\` to be an integer from 0 to 8, not \`${String(resolved.maxGap)}\``)
  }
  return resolved
}
