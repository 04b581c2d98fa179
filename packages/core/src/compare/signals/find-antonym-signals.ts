import type {Signal, TextSpan} from '../../types'
import {antonymsOf} from '../../normalize/lexicon/antonyms'
import {type AnalyzedSide, analyzeSide, polarityKeysOf, wordsOf} from './analyze-side'
import {findNegationCues, wordIndexAt} from './negation-cues'
import {isContentWord, quoted, type SignalWord, sliceSide} from './signal-text'

/** Words passed over when looking for a word's neighbours: articles and possessives say nothing about position. */
const transparent: ReadonlySet<string> = /* @__PURE__ */ new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that'])

/** Words looked at on each side of a word for its neighbour. */
const neighbourReach = 6

/** One side's words with their polarity keys, and what the negation cues say of each word, worked out once. */
interface Side {
  readonly analyzed: AnalyzedSide
  readonly words: readonly SignalWord[]
  readonly keys: readonly string[]
  /** The keys as a set, made on first use. */
  keySet?: ReadonlySet<string>
  /** Per word: bit 1 inside a negation cue's reach, bit 2 part of a cue; found only once a candidate pair needs them (most beads have none). */
  marks?: Uint8Array
}

function readSide(analyzed: AnalyzedSide): Side {
  const keys = polarityKeysOf(analyzed)
  return {analyzed, words: wordsOf(analyzed), keys}
}

function has(side: Side, key: string): boolean {
  side.keySet ??= new Set(side.keys)
  return side.keySet.has(key)
}

function marksOf(side: Side): Uint8Array {
  if (side.marks !== undefined) return side.marks
  const marks = new Uint8Array(side.words.length)
  for (const cue of findNegationCues(side.analyzed)) {
    for (let i = wordIndexAt(side.words, cue.start); i < side.words.length && (side.words[i] as SignalWord).start < Math.max(cue.end, cue.reachEnd); i++) {
      const word = side.words[i] as SignalWord
      if (word.end <= cue.end) marks[i] = (marks[i] as number) | 2
      else if (word.start >= cue.end) marks[i] = (marks[i] as number) | 1
    }
  }
  side.marks = marks
  return marks
}

/** True when word `index` lies in the reach of a negation cue of its side ("did not *increase*"). */
function negated(side: Side, index: number): boolean {
  return ((marksOf(side)[index] as number) & 1) !== 0
}

/** True when word `index` is itself a negation cue (`unable`, `denied`, `powerless`): the negation signal speaks for it. */
function isCue(side: Side, index: number): boolean {
  return ((marksOf(side)[index] as number) & 2) !== 0
}

/** Key of the nearest word before (`step` −1) or after (+1) word `index`, articles (or, with `content`, all function words) skipped. */
function neighbour(side: Side, index: number, step: -1 | 1, content = false): string | undefined {
  for (let i = index + step; i >= 0 && i < side.words.length && Math.abs(i - index) <= neighbourReach; i += step) {
    const word = side.words[i] as SignalWord
    if (content ? isContentWord(word) : !transparent.has(word.lower)) return side.keys[i]
  }
  return undefined
}

/**
 * True when the two words stand in parallel: the word before them, or the
 * word after them, is the same. A function word (`near`, `off`, `before`)
 * needs both: the word before it and the next content word after it.
 */
function parallel(source: Side, i: number, variant: Side, j: number, functionWord: boolean): boolean {
  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && a === b
  const before = same(neighbour(source, i, -1), neighbour(variant, j, -1))
  if (functionWord) return before && same(neighbour(source, i, 1, true), neighbour(variant, j, 1, true))
  return before || same(neighbour(source, i, 1), neighbour(variant, j, 1))
}

/**
 * Find reversals made with an antonym (rose → fell, increase → decrease,
 * win → lose, open → closed, near → far), from WordNet's antonym pairs.
 *
 * A pair counts only when it is a replacement, not two words of a longer
 * text: the word's own counterpart is absent from the other side, its
 * antonym is absent from its own side, and the two stand in parallel (the
 * nearest word before or after them, articles skipped, is the same on both
 * sides; for function words such as `near` ↔ `far` or `on` ↔ `off`, both).
 * A negated antonym is no reversal ("did not increase" ↔ "decreased", "not
 * open" ↔ "closed"): the two reversals cancel. Pairs where one word is a
 * negation cue (`able` ↔ `unable`) are left to the negation signal.
 *
 * Severity: `error`, since the variant states the opposite.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns One `antonym` signal per reversed word, spans into the whole documents.
 */
export function findAntonymSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const sourceSide = readSide(analyzeSide(source))
  const variantSide = readSide(analyzeSide(variant))
  const signals: Signal[] = []
  const used = new Set<number>()
  let variantIndex: Map<string, number[]> | undefined
  for (const [i, word] of sourceSide.words.entries()) {
    const key = sourceSide.keys[i] as string
    const opposites = antonymsOf(key)
    if (opposites.length === 0 || has(variantSide, key)) continue
    const present = opposites.filter((o) => has(variantSide, o) && !has(sourceSide, o))
    if (present.length === 0) continue
    // Variant words by key, so each source word looks only at its antonyms' occurrences.
    if (variantIndex === undefined) {
      variantIndex = new Map()
      for (const [j, k] of variantSide.keys.entries()) {
        const list = variantIndex.get(k)
        if (list === undefined) variantIndex.set(k, [j])
        else list.push(j)
      }
    }
    const candidates = present.flatMap((o) => variantIndex?.get(o) ?? []).sort((a, b) => a - b)
    for (const j of candidates) {
      const other = variantSide.words[j] as SignalWord
      if (used.has(j) || isCue(sourceSide, i) || isCue(variantSide, j)) continue
      if (!parallel(sourceSide, i, variantSide, j, !isContentWord(word) || !isContentWord(other))) continue
      if (negated(sourceSide, i) !== negated(variantSide, j)) continue
      used.add(j)
      signals.push({
        kind: 'antonym',
        severity: 'error',
        message: `Meaning reversed: ${quoted(word.text)} → ${quoted(other.text)}.`,
        source: sliceSide(source, word.start, word.end),
        variant: sliceSide(variant, other.start, other.end),
      })
      break
    }
  }
  return signals
}
