import {contentFlag, type KeyedWords} from '../retrieve/key-words'

// How the re-used passage finder chains the words two texts share into local
// alignments (a Smith-Waterman-like pass over shared words only, in typed
// arrays), apart from how the passages are then read off the chains.

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
 * The local alignments found by `chainSharedWords`, best first, all in one
 * array: chain `c` is `pairs[starts[c]]` up to `pairs[starts[c + 1]]`
 * (exclusive), its pairs from first to last shared word as `source index,
 * variant index, source index, variant index, …`.
 */
export interface Chains {
  readonly count: number
  readonly starts: Int32Array
  readonly pairs: Int32Array
}

/**
 * Keep the `maxPairsPerWord` best-scoring of a row's `count` chain ends
 * (ties: the earlier source position), in source order, in place.
 *
 * @returns How many are kept.
 */
function keepBestPairs(sources: Int32Array, pairs: Int32Array, count: number, pairScore: Float64Array): number {
  const order = Array.from({length: count}, (_, k) => k).sort((a, b) => pairScore[pairs[b]!]! - pairScore[pairs[a]!]! || sources[a]! - sources[b]!)
  const kept = order.slice(0, maxPairsPerWord).sort((a, b) => sources[a]! - sources[b]!)
  const keptSources = kept.map((k) => sources[k]!)
  const keptPairs = kept.map((k) => pairs[k]!)
  sources.set(keptSources)
  pairs.set(keptPairs)
  return kept.length
}

/**
 * The chain ends in the order they are traced: best score first, the earlier
 * pair first among equal scores. A chain's score is a sum of a few weights
 * and costs, so there are few distinct scores: they are sorted (the scores
 * compared exactly, as numbers), and the pairs placed by the rank of their
 * score in one counting pass, in pair order.
 *
 * @returns Pair indices in that order.
 */
function orderByScore(pairScore: Float64Array, pairCount: number): Int32Array {
  const sorted = pairScore.slice(0, pairCount).sort()
  // The distinct scores, best first.
  const distinct = new Float64Array(pairCount)
  let distinctCount = 0
  for (let k = pairCount - 1; k >= 0; k--) if (k === pairCount - 1 || sorted[k] !== sorted[k + 1]) distinct[distinctCount++] = sorted[k]!
  const ranks = new Int32Array(pairCount)
  const rankStarts = new Int32Array(distinctCount + 1)
  for (let pair = 0; pair < pairCount; pair++) {
    const score = pairScore[pair]!
    let low = 0
    let high = distinctCount - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (distinct[middle]! > score) low = middle + 1
      else high = middle
    }
    ranks[pair] = low
    rankStarts[low + 1]!++
  }
  for (let rank = 0; rank < distinctCount; rank++) rankStarts[rank + 1]! += rankStarts[rank]!
  const order = new Int32Array(pairCount)
  for (let pair = 0; pair < pairCount; pair++) order[rankStarts[ranks[pair]!]!++] = pair
  return order
}

/** A typed array twice as long holding the same values first. */
function grown<T extends Int32Array | Float64Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(2 * array.length)
  larger.set(array)
  return larger
}

/**
 * The local alignments of two word sequences, best first (`Chains`).
 * Variant words are visited in order; each pair extends the best chain
 * ending at most `window` words before it on both sides. Everything is kept
 * in typed arrays indexed by pair or by word: no object or array per word.
 */
export function chainSharedWords(source: KeyedWords, variant: KeyedWords, window: number): Chains {
  const sourceIds = source.keyIds
  const variantIds = variant.keyIds
  const sourceFlags = source.flags
  const variantFlags = variant.flags
  const sourceLength = sourceIds.length
  // Source positions of each content word, by key id: key `k`'s are `positions[positionStarts[k]]` up to `positionStarts[k + 1]`.
  let keyCount = 0
  for (let index = 0; index < sourceLength; index++) keyCount = Math.max(keyCount, sourceIds[index]! + 1)
  for (let index = 0; index < variantIds.length; index++) keyCount = Math.max(keyCount, variantIds[index]! + 1)
  const positionStarts = new Int32Array(keyCount + 1)
  // Whether each key occurs in the source at all, content word or not: a variant word whose key does not extends no chain.
  const inSource = new Uint8Array(keyCount)
  for (let index = 0; index < sourceLength; index++) {
    inSource[sourceIds[index]!] = 1
    if (sourceFlags[index]! & contentFlag) positionStarts[sourceIds[index]! + 1]!++
  }
  for (let key = 0; key < keyCount; key++) positionStarts[key + 1]! += positionStarts[key]!
  const positions = new Int32Array(positionStarts[keyCount]!)
  const filled = positionStarts.slice(0, keyCount)
  for (let index = 0; index < sourceLength; index++) if (sourceFlags[index]! & contentFlag) positions[filled[sourceIds[index]!]!++] = index
  // Chain ends, one per shared pair: where it is, its score, and the pair before it (-1 for none).
  let pairCount = 0
  const pairCapacity = Math.max(256, 2 * variantIds.length)
  let pairSource = new Int32Array(pairCapacity)
  let pairVariant = new Int32Array(pairCapacity)
  let pairScore = new Float64Array(pairCapacity)
  let pairPrevious = new Int32Array(pairCapacity)
  // The pairs of the last `window` variant words, one row each (the row of variant word `j` in slot `j % window`): the source
  // indices of a slot's row, in the row's order, are `rowSources[slot * maxPairsPerWord]` onwards (`rowCounts[slot]` of them),
  // and the pair at each source index of a slot is `pairAt[slot * sourceLength + i]` (-1 for none).
  const rowSources = new Int32Array(window * maxPairsPerWord)
  const rowCounts = new Int32Array(window)
  const pairAt = new Int32Array(window * sourceLength).fill(-1)
  // The candidate source indices of the variant word at hand, in the order found; `stamp[i]` is `j + 1` once `i` is one for word `j`.
  // A word has at most `maxSeedOccurrences` seeds and `window` steps from each end of the `window` rows before it.
  const maxCandidates = Math.min(sourceLength, maxSeedOccurrences + window * window * maxPairsPerWord)
  const candidates = new Int32Array(maxCandidates)
  const stamp = new Int32Array(sourceLength)
  // The best chain a candidate extends so far, by source index (valid where `stamp` marks it for the word at hand): its
  // score, the pair it extends (-1 for none), and the rows back and steps back of that pair, which break ties as a scan
  // of the `(back, step)` in ascending order taking the first best would (0 rows back for a seed, which no tie displaces).
  const bestScore = new Float64Array(sourceLength)
  const bestPrevious = new Int32Array(sourceLength)
  const bestBack = new Int32Array(sourceLength)
  const bestStep = new Int32Array(sourceLength)
  // The row being built: source index and pair of each new chain end.
  const newSources = new Int32Array(maxCandidates)
  const newPairs = new Int32Array(maxCandidates)
  for (let j = 0; j < variantIds.length; j++) {
    const content = (variantFlags[j]! & contentFlag) !== 0
    const id = variantIds[j]!
    const mark = j + 1
    const weight = content ? contentWeight : stopWeight
    let candidateCount = 0
    if (content) {
      const first = positionStarts[id]!
      const last = positionStarts[id + 1]!
      if (last - first <= maxSeedOccurrences) {
        for (let k = first; k < last; k++) {
          const i = positions[k]!
          if (stamp[i] === mark) continue
          stamp[i] = mark
          candidates[candidateCount++] = i
          bestScore[i] = weight
          bestPrevious[i] = -1
          bestBack[i] = 0
        }
      }
    }
    // Every chain end of the last `window` rows that a word `id` at most `window` words on (both sides together) extends:
    // the candidates are found, and their best chain chosen, in one pass over the rows.
    for (let back = 1; back <= window && back <= j && inSource[id] === 1; back++) {
      const slot = (j - back) % window
      const rowStart = slot * maxPairsPerWord
      const rowEnd = rowStart + rowCounts[slot]!
      const pairBase = slot * sourceLength
      for (let k = rowStart; k < rowEnd; k++) {
        const from = rowSources[k]!
        let fromScore = Number.NaN
        for (let step = 1; back + step - 2 < window && from + step < sourceLength; step++) {
          const i = from + step
          if (sourceIds[i] !== id) continue
          if (Number.isNaN(fromScore)) fromScore = pairScore[pairAt[pairBase + from]!]!
          const score = fromScore + weight - gapCost * (back - 1 + step - 1)
          if (stamp[i] !== mark) {
            // Not a seed (a content word too common to seed one): a content word may still start a chain of its own.
            stamp[i] = mark
            candidates[candidateCount++] = i
            bestScore[i] = content ? weight : -Infinity
            bestPrevious[i] = -1
            bestBack[i] = 0
          }
          if (!(score > bestScore[i]! || (score === bestScore[i]! && back === bestBack[i]! && step < bestStep[i]!))) continue
          bestScore[i] = score
          bestPrevious[i] = pairAt[pairBase + from]!
          bestBack[i] = back
          bestStep[i] = step
        }
      }
    }
    let newCount = 0
    for (let k = 0; k < candidateCount; k++) {
      const i = candidates[k]!
      const best = bestScore[i]!
      if (best <= 0) continue
      if (pairCount === pairScore.length) {
        pairSource = grown(pairSource)
        pairVariant = grown(pairVariant)
        pairScore = grown(pairScore)
        pairPrevious = grown(pairPrevious)
      }
      newSources[newCount] = i
      newPairs[newCount++] = pairCount
      pairSource[pairCount] = i
      pairVariant[pairCount] = j
      pairScore[pairCount] = best
      pairPrevious[pairCount++] = bestPrevious[i]!
    }
    if (newCount > maxPairsPerWord) newCount = keepBestPairs(newSources, newPairs, newCount, pairScore)
    // The row of word `j` takes the slot of word `j - window`, which no later word reads.
    const slot = j % window
    const base = slot * sourceLength
    const rowStart = slot * maxPairsPerWord
    for (let k = rowStart; k < rowStart + rowCounts[slot]!; k++) pairAt[base + rowSources[k]!] = -1
    for (let k = 0; k < newCount; k++) {
      pairAt[base + newSources[k]!] = newPairs[k]!
      rowSources[rowStart + k] = newSources[k]!
    }
    rowCounts[slot] = newCount
  }

  const order = orderByScore(pairScore, pairCount)
  const seen = new Uint8Array(pairCount)
  // Each pair is in at most one chain: the chains fit in twice the pairs.
  const chainPairs = new Int32Array(2 * pairCount)
  const starts: number[] = [0]
  let written = 0
  const traced = new Int32Array(pairCount)
  for (let k = 0; k < pairCount; k++) {
    const end = order[k]!
    if (seen[end]) continue
    let length = 0
    for (let pair = end; pair !== -1 && !seen[pair]; pair = pairPrevious[pair]!) {
      seen[pair] = 1
      traced[length++] = pair
    }
    // A passage begins and ends on content words (the pairs are listed last first).
    let first = length - 1
    let last = 0
    while (first >= last && !(variantFlags[pairVariant[traced[first]!]!]! & contentFlag)) first--
    while (last <= first && !(variantFlags[pairVariant[traced[last]!]!]! & contentFlag)) last++
    if (first < last) continue
    for (let t = first; t >= last; t--) {
      chainPairs[written++] = pairSource[traced[t]!]!
      chainPairs[written++] = pairVariant[traced[t]!]!
    }
    starts.push(written)
  }
  return {count: starts.length - 1, starts: Int32Array.from(starts), pairs: chainPairs}
}
