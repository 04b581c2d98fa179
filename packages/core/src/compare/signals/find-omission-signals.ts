import type {Signal, TextSpan} from '../../types'
import {analyzeSide, keysOf, sharedKeyIds, wordsOf} from './analyze-side'
import {isContentWord, quoted, type SignalWord, sliceSide} from './signal-text'
import {sideQuantities} from './find-quantities'
import type {SignalDocuments} from './signal-documents'
import {contentKeys, isCapitalized, matchWords} from './match-words'
import {inNeighbourSentence, runSeverity} from './omission-run-severity'
import {findQualifierChanges} from './qualifier-changes'

/** Options of the omission/addition detector. */
export interface OmissionOptions {
  /** Fewest content words in a run for it to count as a dropped or added clause. @default 3 */
  readonly minRunWords?: number
}

/** Default options of `findOmissionSignals`. */
export const defaultOmissionOptions = {minRunWords: 3} as const satisfies Required<OmissionOptions>

/** True when the run is a capitalized name whose initials the other side writes as an acronym (World Health Organization ↔ WHO). */
function isAcronymOnOtherSide(run: readonly SignalWord[], other: TextSpan): boolean {
  if (!run.every(isCapitalized)) return false
  const initials = run.map((w) => w.text[0]).join('')
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(other.text)
}

/**
 * Mark each word that lies inside a quantity whose value the other side
 * also gives, in whatever form ("seven thousand" ↔ "7,000", "ten" ↔ "10%"),
 * as matched.
 *
 * @param words The side's content words.
 * @param side The side.
 * @param other The other side.
 * @param matched Set to 1 at the index of each such word.
 */
function markSharedQuantities(words: readonly SignalWord[], side: TextSpan, other: TextSpan, matched: Uint8Array): void {
  const quantities = sideQuantities(side)
  if (quantities.length === 0) return
  const otherValues = new Set(sideQuantities(other).map((q) => q.value))
  const shared = quantities.filter((q) => otherValues.has(q.value))
  if (shared.length === 0) return
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as SignalWord
    if (shared.some((q) => word.start >= q.start && word.end <= q.end)) matched[i] = 1
  }
}

/** True when `text` holds a sentence end (`.`, `!`, `?`) from `start` to `end`. */
function endsSentenceBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 46 || code === 33 || code === 63) return true
  }
  return false
}

/** Maximal runs of unmatched content words not interrupted by a matched one or a sentence end. */
function unmatchedRuns(side: TextSpan, words: readonly SignalWord[], matched: Uint8Array): SignalWord[][] {
  const runs: SignalWord[][] = []
  let run: SignalWord[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as SignalWord
    const previous = run[run.length - 1]
    if (matched[i] === 1 || (previous !== undefined && endsSentenceBetween(side.text, previous.end - side.start, word.start - side.start))) {
      if (run.length > 0) runs.push(run)
      run = []
    }
    if (matched[i] !== 1) run.push(word)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** Which content words of each side are matched (1) or not (0), by index: shared by every call, cleared at its start. */
let sourceMatched = new Uint8Array(256)
let variantMatched = new Uint8Array(256)

/** How many of the first `length` entries of `matched` are 0. */
function countLeft(matched: Uint8Array, length: number): number {
  let left = 0
  for (let i = 0; i < length; i++) if (matched[i] === 0) left++
  return left
}

/**
 * Find a clause or qualifier present on one side only: a run of content
 * words with no counterpart on the other side that the other side does not
 * make up for with its own unmatched words at the same length. Rewording
 * ("tried to storm" ↔ "attempted to assault") leaves unmatched words on both
 * sides and balances out; a dropped clause leaves them on one side only.
 *
 * Words meet when their stems are equal (British and American spellings
 * folded), they share their first five letters (`retaliation`,
 * `retaliatory`), or they are variants of the same name. A run is reported
 * when it has at least `minRunWords` content words and the side's unmatched
 * content words outnumber the other side's by at least 60 % of the run.
 * A scope qualifier on one side only (only, largely, mostly, nearly…,
 * compared by class so that "mostly" ↔ "mainly" is silent) is reported too.
 *
 * Severity follows what the run carries (`runSeverity`): `warning` for a
 * name, a figure, a negation or a whole clause, `info` for a few reworded
 * content words; a scope qualifier is a `warning` for an approximation and
 * `info` for a restriction or a proportion. With `documents`, a run whose
 * content words stand in the other text's neighbouring sentences (a clause
 * moved to the sentence before or after) is `info`; so is a name spelled
 * out before an acronym in brackets that the other side keeps ("the Czech
 * Press Agency (ČTK)" ↔ "ČTK").
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @param options Run length threshold (throws a `RangeError` when it is not a positive integer).
 * @param documents The whole source and variant texts the spans point into, when known.
 * @returns `omission` (source only) and `addition` (variant only) signals.
 */
export function findOmissionSignals(source: TextSpan, variant: TextSpan, options: OmissionOptions = {}, documents?: SignalDocuments): Signal[] {
  const minRunWords = options.minRunWords ?? defaultOmissionOptions.minRunWords
  if (!Number.isInteger(minRunWords) || minRunWords < 1) {
    throw new RangeError(`Expected \`minRunWords\` to be a positive integer, not \`${minRunWords}\``)
  }
  const sourceSide = analyzeSide(source)
  const variantSide = analyzeSide(variant)
  const sourceAll = wordsOf(sourceSide)
  const variantAll = wordsOf(variantSide)
  const sourceWords = sourceAll.filter(isContentWord)
  const variantWords = variantAll.filter(isContentWord)
  // The content words' key ids, in the same order (`keysOf` packs each lettered word's key id with its content flag).
  const keyIds = sharedKeyIds(sourceSide, variantSide)
  const sourceKeys = contentKeys(keysOf(sourceSide, keyIds))
  const variantKeys = contentKeys(keysOf(variantSide, keyIds))
  if (sourceWords.length > sourceMatched.length) sourceMatched = new Uint8Array(Math.max(sourceWords.length, sourceMatched.length * 2))
  if (variantWords.length > variantMatched.length) variantMatched = new Uint8Array(Math.max(variantWords.length, variantMatched.length * 2))
  sourceMatched.fill(0, 0, sourceWords.length)
  variantMatched.fill(0, 0, variantWords.length)
  matchWords(sourceWords, sourceKeys, variantWords, variantKeys, variantAll, keyIds.ids.size, sourceMatched)
  matchWords(variantWords, variantKeys, sourceWords, sourceKeys, sourceAll, keyIds.ids.size, variantMatched)
  // A figure given on both sides in two forms is matched however its words differ.
  markSharedQuantities(sourceWords, source, variant, sourceMatched)
  markSharedQuantities(variantWords, variant, source, variantMatched)
  const sourceLeft = countLeft(sourceMatched, sourceWords.length)
  const variantLeft = countLeft(variantMatched, variantWords.length)
  const signals: Signal[] = []
  const report = (side: TextSpan, runs: SignalWord[][], excess: number, kind: 'omission' | 'addition'): void => {
    for (const run of runs) {
      if (run.length < minRunWords || excess < Math.ceil(run.length * 0.6)) continue
      if (isAcronymOnOtherSide(run, kind === 'omission' ? variant : source)) continue
      const span = sliceSide(side, (run[0] as SignalWord).start, (run[run.length - 1] as SignalWord).end)
      const other = kind === 'omission' ? variant : source
      const weighed = runSeverity(side, run, span, excess, other)
      // A clause moved to a neighbouring sentence of the other text is no loss.
      const moved = weighed === 'warning' && documents !== undefined && inNeighbourSentence(run, other, kind === 'omission' ? documents.variant : documents.source)
      const severity = moved ? 'info' : weighed
      signals.push(
        kind === 'omission'
          ? {kind, severity, message: `Dropped from the variant: ${quoted(span.text)}.`, source: span}
          : {kind, severity, message: `Not in the source: ${quoted(span.text)}.`, variant: span},
      )
    }
  }
  // No run is reported from a side with no more unmatched words than the other: its runs are not split out.
  if (sourceLeft > variantLeft) report(source, unmatchedRuns(source, sourceWords, sourceMatched), sourceLeft - variantLeft, 'omission')
  if (variantLeft > sourceLeft) report(variant, unmatchedRuns(variant, variantWords, variantMatched), variantLeft - sourceLeft, 'addition')
  // A qualifier inside a dropped or added run is already reported with it.
  const runs = signals.map((s) => ({kind: s.kind, span: (s.source ?? s.variant) as TextSpan}))
  for (const qualifier of findQualifierChanges(analyzeSide(source), analyzeSide(variant))) {
    const span = (qualifier.source ?? qualifier.variant) as TextSpan
    const inRun = runs.some((run) => run.kind === qualifier.kind && span.start >= run.span.start && span.end <= run.span.end)
    if (!inRun) signals.push(qualifier)
  }
  return signals
}
