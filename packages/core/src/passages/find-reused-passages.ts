import {splitTextWords, WordForms, type TextWords} from '../normalize/text-words'
import {contentFlag, type KeyedWords, sentenceStartFlag, WordKeys} from '../retrieve/key-words'
import type {ReusedPassage, Span} from '../types'
import {assertKnownOptions} from '../validate-options'

/** Options of `findReusedPassages`. */
export interface FindReusedPassagesOptions {
  /** Fewest words a passage shares with its source, in order (stop words count; at least half of them must be content words). @default 8 */
  readonly minWords?: number
  /** Most words skipped between two shared words of one passage, both sides together (what a retranslation or a light edit inserts, drops or replaces). @default 3 */
  readonly maxGap?: number
}

/** The defaults of `FindReusedPassagesOptions`. */
export const defaultFindReusedPassagesOptions = {minWords: 8, maxGap: 3} as const satisfies Required<FindReusedPassagesOptions>

/** Score of a shared content word, a shared stop word, and what each skipped word costs. */
const contentWeight = 1
const stopWeight = 0.5
const gapCost = 0.3
/** A content word that occurs more often than this in the source starts no passage (it can still continue one): this bounds the work on long, repetitive text. */
const maxSeedOccurrences = 64
/**
 * Most chain ends kept per variant word, the best-scoring ones. A long run of
 * one repeated word (`a,a,a…`, a column of `the`) on both sides would
 * otherwise keep every source position of the run alive at every step, and
 * the work would grow with the square of the run.
 */
const maxPairsPerWord = 64

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
  for (const chain of chains) {
    let content = 0
    for (let k = 1; k < chain.length; k += 2) if (variantFlags[chain[k]!]! & contentFlag) content++
    if (content < minContent) continue
    let firstSource = chain[0]!
    let firstVariant = chain[1]!
    let lastSource = chain[chain.length - 2]!
    let lastVariant = chain[chain.length - 1]!
    // Take in the same words on both sides just before and after (a leading `The`, a trailing `of the`), within the same sentence on both sides.
    let words = chain.length / 2
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

/**
 * Keep the `maxPairsPerWord` best-scoring chain ends of one row (ties: the
 * earlier source position), in source order, in place.
 */
function bestPairs(sources: number[], pairs: number[], pairScore: readonly number[]): void {
  const order = sources.map((_, k) => k).sort((a, b) => pairScore[pairs[b]!]! - pairScore[pairs[a]!]! || sources[a]! - sources[b]!)
  const kept = order.slice(0, maxPairsPerWord).sort((a, b) => sources[a]! - sources[b]!)
  const keptSources = kept.map((k) => sources[k]!)
  const keptPairs = kept.map((k) => pairs[k]!)
  sources.length = 0
  pairs.length = 0
  sources.push(...keptSources)
  pairs.push(...keptPairs)
}

/**
 * The local alignments of two word sequences, best first, each as its pairs
 * from first to last shared word, flat: `[source index, variant index,
 * source index, variant index, …]`. Variant words are visited in order; each
 * pair extends the best chain ending at most `window` words before it on
 * both sides.
 */
function chainSharedWords(source: KeyedWords, variant: KeyedWords, window: number): number[][] {
  const sourceIds = source.keyIds
  const variantIds = variant.keyIds
  const sourceFlags = source.flags
  const variantFlags = variant.flags
  const sourceLength = sourceIds.length
  // Source positions of each content word, by key id.
  const positions: number[][] = []
  for (let index = 0; index < sourceLength; index++) {
    if (!(sourceFlags[index]! & contentFlag)) continue
    const list = positions[sourceIds[index]!]
    if (list === undefined) positions[sourceIds[index]!] = [index]
    else list.push(index)
  }
  // Chain ends, one per shared pair: where it is, its score, and the pair before it.
  const pairSource: number[] = []
  const pairVariant: number[] = []
  const pairScore: number[] = []
  const pairPrevious: number[] = []
  // The pairs of the last `window` variant words, one row each (the row of variant word `j` in slot `j % window`):
  // the source index of each entry, in the row's order, and the pair at each source index of a slot in
  // `pairAt[slot * sourceLength + i]` (-1 for none).
  const rowSources: number[][] = Array.from({length: window}, () => [])
  const pairAt = new Int32Array(window * sourceLength).fill(-1)
  // The candidate source indices of the variant word at hand, in the order found; `stamp[i]` is `j + 1` once `i` is one for word `j`.
  const candidates: number[] = []
  const stamp = new Int32Array(sourceLength)
  for (let j = 0; j < variantIds.length; j++) {
    const content = (variantFlags[j]! & contentFlag) !== 0
    const id = variantIds[j]!
    const mark = j + 1
    candidates.length = 0
    const seeds = content ? positions[id] : undefined
    if (seeds !== undefined && seeds.length <= maxSeedOccurrences) {
      for (const i of seeds) {
        if (stamp[i] === mark) continue
        stamp[i] = mark
        candidates.push(i)
      }
    }
    for (let back = 1; back <= window && back <= j; back++) {
      for (const i of rowSources[(j - back) % window]!) {
        for (let step = 1; back + step - 2 < window && i + step < sourceLength; step++) {
          if (sourceIds[i + step] !== id || stamp[i + step] === mark) continue
          stamp[i + step] = mark
          candidates.push(i + step)
        }
      }
    }
    const newSources: number[] = []
    const newPairs: number[] = []
    const weight = content ? contentWeight : stopWeight
    for (const i of candidates) {
      if (sourceIds[i] !== id) continue
      let best = content ? weight : -Infinity
      let previous = -1
      for (let back = 1; back <= window && back <= j; back++) {
        const base = ((j - back) % window) * sourceLength + i
        for (let step = 1; back + step - 2 < window && step <= i; step++) {
          const pair = pairAt[base - step]!
          if (pair === -1) continue
          const score = pairScore[pair]! + weight - gapCost * (back - 1 + step - 1)
          if (score > best) {
            best = score
            previous = pair
          }
        }
      }
      if (best <= 0) continue
      newSources.push(i)
      newPairs.push(pairSource.length)
      pairSource.push(i)
      pairVariant.push(j)
      pairScore.push(best)
      pairPrevious.push(previous)
    }
    if (newSources.length > maxPairsPerWord) bestPairs(newSources, newPairs, pairScore)
    // The row of word `j` takes the slot of word `j - window`, which no later word reads.
    const slot = j % window
    const base = slot * sourceLength
    for (const i of rowSources[slot]!) pairAt[base + i] = -1
    for (let k = 0; k < newSources.length; k++) pairAt[base + newSources[k]!] = newPairs[k]!
    rowSources[slot] = newSources
  }

  // The chain ends, best score first, the earlier pair first among equal scores: the pairs grouped by
  // score (each group in pair order), then the groups in order of score, sorting a few scores, not every pair.
  const byScore = new Map<number, number[]>()
  for (let pair = 0; pair < pairScore.length; pair++) {
    const group = byScore.get(pairScore[pair]!)
    if (group === undefined) byScore.set(pairScore[pair]!, [pair])
    else group.push(pair)
  }
  const scores = [...byScore.keys()].sort((a, b) => b - a)
  const seen = new Uint8Array(pairScore.length)
  const chains: number[][] = []
  const pairs: number[] = []
  for (const score of scores) {
    for (const end of byScore.get(score)!) {
      if (seen[end]) continue
      pairs.length = 0
      for (let pair = end; pair !== -1 && !seen[pair]; pair = pairPrevious[pair]!) {
        seen[pair] = 1
        pairs.push(pair)
      }
      // A passage begins and ends on content words (the pairs are listed last first).
      let first = pairs.length - 1
      let last = 0
      while (first >= last && !(variantFlags[pairVariant[pairs[first]!]!]! & contentFlag)) first--
      while (last <= first && !(variantFlags[pairVariant[pairs[last]!]!]! & contentFlag)) last++
      if (first < last) continue
      const chain: number[] = []
      for (let k = first; k >= last; k--) chain.push(pairSource[pairs[k]!]!, pairVariant[pairs[k]!]!)
      chains.push(chain)
    }
  }
  return chains
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
