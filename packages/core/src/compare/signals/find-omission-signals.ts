import type {Signal, TextSpan} from '../../types'
import {nameKey, namesMatch} from './name-variants'
import {isContentWord, quoted, type SignalWord, sideWords, sliceSide} from './signal-text'

/** Options of the omission/addition detector. */
export interface OmissionOptions {
  /** Fewest content words in a run for it to count as a dropped or added clause. @default 3 */
  readonly minRunWords?: number
}

/** Default options of `findOmissionSignals`. */
export const defaultOmissionOptions = {minRunWords: 3} as const satisfies Required<OmissionOptions>

/** True when two content words are the same word in another form (stem, shared 5-letter start, name variant). */
function wordsMeet(a: SignalWord, b: SignalWord): boolean {
  if (a.key === b.key) return true
  if (a.key.length >= 5 && b.key.length >= 5 && a.key.slice(0, 5) === b.key.slice(0, 5)) return true
  return /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text) && namesMatch(nameKey(a.text), nameKey(b.text))
}

/** For each content word of `side`, whether some content word of `other` meets it (each used once). */
function matchWords(side: readonly SignalWord[], other: readonly SignalWord[]): boolean[] {
  const used = new Set<number>()
  return side.map((word) => {
    const at = other.findIndex((candidate, k) => !used.has(k) && wordsMeet(word, candidate))
    if (at === -1) return false
    used.add(at)
    return true
  })
}

/** Maximal runs of unmatched content words not interrupted by a matched one or a sentence end. */
function unmatchedRuns(side: TextSpan, words: readonly SignalWord[], matched: readonly boolean[]): SignalWord[][] {
  const runs: SignalWord[][] = []
  let run: SignalWord[] = []
  for (const [i, word] of words.entries()) {
    const previous = run[run.length - 1]
    const gap = previous === undefined ? '' : side.text.slice(previous.end - side.start, word.start - side.start)
    if (matched[i] === true || /[.!?]/.test(gap)) {
      if (run.length > 0) runs.push(run)
      run = []
    }
    if (matched[i] !== true) run.push(word)
  }
  if (run.length > 0) runs.push(run)
  return runs
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
 *
 * Severity: `warning`.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @param options Run length threshold.
 * @returns `omission` (source only) and `addition` (variant only) signals.
 */
export function findOmissionSignals(source: TextSpan, variant: TextSpan, options: OmissionOptions = {}): Signal[] {
  const {minRunWords} = {...defaultOmissionOptions, ...options}
  const sourceWords = sideWords(source).filter(isContentWord)
  const variantWords = sideWords(variant).filter(isContentWord)
  const sourceMatched = matchWords(sourceWords, variantWords)
  const variantMatched = matchWords(variantWords, sourceWords)
  const sourceLeft = sourceMatched.filter((m) => !m).length
  const variantLeft = variantMatched.filter((m) => !m).length
  const signals: Signal[] = []
  const report = (side: TextSpan, runs: SignalWord[][], excess: number, kind: 'omission' | 'addition'): void => {
    for (const run of runs) {
      if (run.length < minRunWords || excess < Math.ceil(run.length * 0.6)) continue
      const span = sliceSide(side, (run[0] as SignalWord).start, (run[run.length - 1] as SignalWord).end)
      signals.push(
        kind === 'omission'
          ? {kind, severity: 'warning', message: `Dropped from the variant: ${quoted(span.text)}.`, source: span}
          : {kind, severity: 'warning', message: `Not in the source: ${quoted(span.text)}.`, variant: span},
      )
    }
  }
  report(source, unmatchedRuns(source, sourceWords, sourceMatched), sourceLeft - variantLeft, 'omission')
  report(variant, unmatchedRuns(variant, variantWords, variantMatched), variantLeft - sourceLeft, 'addition')
  return signals
}
