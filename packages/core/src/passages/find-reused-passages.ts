import {keyWords, type KeyWord} from '../retrieve/key-words'
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
  const {minWords, maxGap} = resolveFindReusedPassagesOptions(options)
  const cache = new Map<string, string>()
  const sourceWords = keyWords(source, cache)
  const variantWords = keyWords(variant, cache)
  const chains = chainSharedWords(sourceWords, variantWords, maxGap + 1)
  const minContent = Math.ceil(minWords / 2)
  const passages: ReusedPassage[] = []
  const taken: Span[] = []
  for (const chain of chains) {
    let content = 0
    for (const [, j] of chain) if (variantWords[j]!.content) content++
    if (content < minContent) continue
    let [firstSource, firstVariant] = chain[0]!
    let [lastSource, lastVariant] = chain[chain.length - 1]!
    // Take in the same words on both sides just before and after (a leading `The`, a trailing `of the`), within the same sentence on both sides.
    let words = chain.length
    const free = (word: KeyWord) => !taken.some((span) => span.start <= word.start && word.end <= span.end)
    while (firstSource > 0 && firstVariant > 0 && sourceWords[firstSource - 1]!.key === variantWords[firstVariant - 1]!.key && sourceWords[firstSource]!.sentenceStart === variantWords[firstVariant]!.sentenceStart && free(variantWords[firstVariant - 1]!)) {
      firstSource--
      firstVariant--
      words++
    }
    while (
      lastSource + 1 < sourceWords.length &&
      lastVariant + 1 < variantWords.length &&
      sourceWords[lastSource + 1]!.key === variantWords[lastVariant + 1]!.key &&
      sourceWords[lastSource + 1]!.sentenceStart === variantWords[lastVariant + 1]!.sentenceStart &&
      free(variantWords[lastVariant + 1]!)
    ) {
      lastSource++
      lastVariant++
      words++
    }
    if (words < minWords) continue
    const variantSpan = {start: variantWords[firstVariant]!.start, end: variantWords[lastVariant]!.end}
    if (taken.some((span) => span.start < variantSpan.end && variantSpan.start < span.end)) continue
    taken.push(variantSpan)
    passages.push({
      source: {start: sourceWords[firstSource]!.start, end: sourceWords[lastSource]!.end},
      variant: variantSpan,
      words,
      verbatim: sameWords(source, sourceWords, firstSource, lastSource, variant, variantWords, firstVariant, lastVariant),
    })
  }
  return passages.sort((a, b) => a.variant.start - b.variant.start)
}

/** The `maxPairsPerWord` best-scoring chain ends of one row (ties: the earlier source position). */
function bestPairs(row: Map<number, number>, pairScore: readonly number[]): Map<number, number> {
  const kept = [...row].sort((a, b) => pairScore[b[1]]! - pairScore[a[1]]! || a[0] - b[0]).slice(0, maxPairsPerWord)
  return new Map(kept.sort((a, b) => a[0] - b[0]))
}

/**
 * The local alignments of two word sequences, best first, each as its pairs
 * `[source index, variant index]` from first to last shared word. Variant
 * words are visited in order; each pair extends the best chain ending at most
 * `window` words before it on both sides.
 */
function chainSharedWords(source: readonly KeyWord[], variant: readonly KeyWord[], window: number): Array<Array<[number, number]>> {
  // Keys as small integers, compared in the inner loops instead of strings.
  const ids = new Map<string, number>()
  const idsOf = (words: readonly KeyWord[]): Int32Array => {
    const result = new Int32Array(words.length)
    for (let index = 0; index < words.length; index++) {
      const key = words[index]!.key
      let id = ids.get(key)
      if (id === undefined) {
        id = ids.size
        ids.set(key, id)
      }
      result[index] = id
    }
    return result
  }
  const sourceIds = idsOf(source)
  const variantIds = idsOf(variant)
  // Source positions of each content word, by key id.
  const positions: number[][] = []
  for (let index = 0; index < source.length; index++) {
    if (!source[index]!.content) continue
    const list = positions[sourceIds[index]!]
    if (list === undefined) positions[sourceIds[index]!] = [index]
    else list.push(index)
  }
  // Chain ends, one per shared pair: where it is, its score, and the pair before it.
  const pairSource: number[] = []
  const pairVariant: number[] = []
  const pairScore: number[] = []
  const pairPrevious: number[] = []
  // The pairs of the last `window` variant words, by source index.
  const rows: Array<Map<number, number>> = Array.from({length: window}, () => new Map())
  for (let j = 0; j < variant.length; j++) {
    const word = variant[j]!
    const id = variantIds[j]!
    const candidates = new Set<number>()
    const seeds = word.content ? positions[id] : undefined
    if (seeds !== undefined && seeds.length <= maxSeedOccurrences) for (const i of seeds) candidates.add(i)
    for (let back = 1; back <= window && back <= j; back++) {
      for (const i of rows[(j - back) % window]!.keys()) {
        for (let step = 1; back + step - 2 < window && i + step < source.length; step++) if (sourceIds[i + step] === id) candidates.add(i + step)
      }
    }
    const row = new Map<number, number>()
    const weight = word.content ? contentWeight : stopWeight
    for (const i of candidates) {
      if (sourceIds[i] !== id) continue
      let best = word.content ? weight : -Infinity
      let previous = -1
      for (let back = 1; back <= window && back <= j; back++) {
        const earlier = rows[(j - back) % window]!
        for (let step = 1; back + step - 2 < window && step <= i; step++) {
          const pair = earlier.get(i - step)
          if (pair === undefined) continue
          const score = pairScore[pair]! + weight - gapCost * (back - 1 + step - 1)
          if (score > best) {
            best = score
            previous = pair
          }
        }
      }
      if (best <= 0) continue
      row.set(i, pairSource.length)
      pairSource.push(i)
      pairVariant.push(j)
      pairScore.push(best)
      pairPrevious.push(previous)
    }
    rows[j % window] = row.size > maxPairsPerWord ? bestPairs(row, pairScore) : row
  }

  const order = pairScore.map((_, index) => index).sort((a, b) => pairScore[b]! - pairScore[a]! || a - b)
  const seen = new Uint8Array(pairScore.length)
  const chains: Array<Array<[number, number]>> = []
  for (const end of order) {
    if (seen[end]) continue
    const chain: Array<[number, number]> = []
    for (let pair = end; pair !== -1 && !seen[pair]; pair = pairPrevious[pair]!) {
      seen[pair] = 1
      chain.push([pairSource[pair]!, pairVariant[pair]!])
    }
    chain.reverse()
    // A passage begins and ends on content words.
    let first = 0
    let last = chain.length - 1
    while (first <= last && !variant[chain[first]![1]]!.content) first++
    while (last >= first && !variant[chain[last]![1]]!.content) last--
    if (first <= last) chains.push(chain.slice(first, last + 1))
  }
  return chains
}

/** Whether two ranges of words hold the same words, compared in lowercase. */
function sameWords(
  source: string,
  sourceWords: readonly KeyWord[],
  sourceFirst: number,
  sourceLast: number,
  variant: string,
  variantWords: readonly KeyWord[],
  variantFirst: number,
  variantLast: number,
): boolean {
  if (sourceLast - sourceFirst !== variantLast - variantFirst) return false
  for (let offset = 0; offset <= sourceLast - sourceFirst; offset++) {
    const a = sourceWords[sourceFirst + offset]!
    const b = variantWords[variantFirst + offset]!
    if (a.key !== b.key) return false
    if (source.slice(a.start, a.end).toLowerCase() !== variant.slice(b.start, b.end).toLowerCase()) return false
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
