import type {TextSpan} from '../../types'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {type SignalWord, sideWords} from './signal-text'
import {findTemporalExpressions, type TemporalExpression} from './temporal-expressions'

const analyzed = Symbol('analyzed side')

/**
 * A bead side together with what several detectors need from it: its words,
 * its raw tokens and its time references. Each is worked out on first use
 * and kept on this object only, so `findSignals` splits each side once
 * however many detectors run.
 */
export interface AnalyzedSide extends TextSpan {
  /** Words with hyphenated compounds split and folded keys (`sideWords`). */
  readonly words: readonly SignalWord[]
  /** Words as `tokenizeWords` gives them (`twenty-five`, `1,200` whole). */
  readonly tokens: readonly TextSpan[]
  /** Time references (`findTemporalExpressions`). */
  readonly times: readonly TemporalExpression[]
  readonly [analyzed]: true
}

/**
 * Wrap a bead side for the detectors; a side already wrapped is returned as is.
 *
 * @param side The bead side.
 * @returns The side with lazily computed words, tokens and times.
 */
export function analyzeSide(side: TextSpan): AnalyzedSide {
  if ((side as Partial<AnalyzedSide>)[analyzed] === true) return side as AnalyzedSide
  const plain: TextSpan = {start: side.start, end: side.end, text: side.text}
  let words: SignalWord[] | undefined
  let tokens: TextSpan[] | undefined
  let times: TemporalExpression[] | undefined
  return {
    ...plain,
    [analyzed]: true,
    get words() {
      tokens ??= tokenizeWords(plain.text, plain.start)
      words ??= sideWords(plain, tokens)
      return words
    },
    get tokens() {
      tokens ??= tokenizeWords(plain.text, plain.start)
      return tokens
    },
    get times() {
      times ??= findTemporalExpressions(plain)
      return times
    },
  }
}
