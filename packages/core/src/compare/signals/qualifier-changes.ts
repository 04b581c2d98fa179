import type {Signal} from '../../types'
import {type AnalyzedSide, wordsOf} from './analyze-side'
import {quoted, type SignalWord} from './signal-text'
import {isNumberLike, wordValue} from './number-forms'
import {fractionDenominators, scaleWords} from '../../normalize/lexicon/index'

/**
 * Scope qualifiers (only, largely, mostly, nearly…) on one side of a bead
 * only, for the omission detector (`findOmissionSignals`). Internal to
 * `compare/signals`.
 */

/**
 * Scope qualifiers by class: dropping one widens or narrows a statement
 * ("largely peaceful" → "peaceful", "only five" → "five"), while swapping
 * within a class is rewording ("mostly" ↔ "mainly").
 */
const qualifierClasses: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [
    /* @__PURE__ */ ['only', 'solely', 'exclusively', 'merely'].map((w) => [w, 'restriction'] as const),
    /* @__PURE__ */ ['largely', 'mostly', 'mainly', 'partly', 'partially', 'primarily', 'predominantly', 'chiefly', 'overwhelmingly'].map((w) => [w, 'proportion'] as const),
    /* @__PURE__ */ ['nearly', 'almost', 'virtually', 'practically'].map((w) => [w, 'approximation'] as const),
  ].flat(),
)

/**
 * Words that can stand for a qualifier of a class on the other side but are
 * too often something else to be reported alone: "just hours" ↔ "only a
 * few hours", "a mere twenty" ↔ "only 26", "usually high-priced" ↔
 * "mostly expensive", "in particular" ↔ "mainly".
 */
const standInClasses: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [
    /* @__PURE__ */ ['just', 'mere', 'simply', 'alone', 'lone', 'sole', 'single'].map((w) => [w, 'restriction'] as const),
    /* @__PURE__ */ ['usually', 'generally', 'typically', 'often', 'frequently', 'especially', 'particularly', 'notably', 'principally', 'essentially', 'basically', 'particular'].map((w) => [w, 'proportion'] as const),
    /* @__PURE__ */ ['about', 'around', 'roughly', 'approximately', 'some'].map((w) => [w, 'approximation'] as const),
  ].flat(),
)

/** True when a word opens an amount: a figure, a number word, a scale or a fraction (`half`, `third`), so that "nearly half" or "almost a hundred" is the amount's qualifier. */
function countsFrom(lower: string): boolean {
  return /^\d/.test(lower) || (isNumberLike(lower) && wordValue(lower) !== undefined) || Object.hasOwn(fractionDenominators, lower) || Object.hasOwn(scaleWords, lower)
}

/** A scope qualifier of one side; a stand-in only cancels one of the other side. */
interface Qualifier {
  readonly word: SignalWord
  readonly type: string
  readonly standIn: boolean
}

/**
 * The scope qualifiers of one side, with their class. Skipped: `not only`;
 * `only` as an adjective (`the only snake`, `an only child`) or opening
 * `only to` ("…, only to have it sent"); and qualifiers of a figure or
 * number word (left to `number`).
 */
function qualifiersOf(side: AnalyzedSide): Qualifier[] {
  const words = wordsOf(side)
  const found: Qualifier[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as SignalWord
    // "not until Friday" restricts as "only on Friday" does.
    const notUntil = word.lower === 'not' && words[i + 1]?.lower === 'until'
    const main = notUntil ? 'restriction' : qualifierClasses.get(word.lower)
    const type = main ?? standInClasses.get(word.lower)
    if (type === undefined || (!notUntil && words[i - 1]?.lower === 'not')) continue
    const next = words[i + 1]?.lower ?? ''
    if (word.lower === 'only' && (/^(?:the|an?|my|his|her|its|our|their|your)$/.test(words[i - 1]?.lower ?? '') || next === 'to')) continue
    if (type === 'approximation' && (countsFrom(next) || (/^an?$/.test(next) && countsFrom(words[i + 2]?.lower ?? '')))) continue
    found.push({word, type, standIn: main === undefined})
  }
  return found
}

/**
 * A scope qualifier (only, largely, mostly, nearly…) present on one side
 * only, compared by class: an `omission` when the source has more of a
 * class, an `addition` when the variant has. A stand-in word on the other
 * side (`just`, `usually`, `about`) or the qualifier's own stem there
 * ("exclusively obtained" ↔ "exclusive data") makes up for it. Severity:
 * `warning` for an approximation ("nearly died" ↔ "died" changes what
 * happened); `info` for a restriction or a proportion, which translators
 * add and drop for emphasis ("lasted two months" ↔ "lasted only two
 * months", "first of all" ↔ "primarily") while the statement stands.
 */
export function findQualifierChanges(source: AnalyzedSide, variant: AnalyzedSide): Signal[] {
  const signals: Signal[] = []
  const sourceQualifiers = qualifiersOf(source)
  const variantQualifiers = qualifiersOf(variant)
  const surplus = (side: readonly Qualifier[], other: readonly Qualifier[], otherSide: AnalyzedSide): Qualifier[] => {
    const counts = new Map<string, number>()
    for (const {type} of other) counts.set(type, (counts.get(type) ?? 0) + 1)
    // The other side's word starts, made for the first qualifier left over: most sides have none.
    let otherPrefixes: Set<string> | undefined
    return side.filter(({type, standIn, word}) => {
      const left = counts.get(type) ?? 0
      counts.set(type, left - 1)
      if (left > 0 || standIn) return false
      otherPrefixes ??= new Set(wordsOf(otherSide).map((w) => w.lower.slice(0, 6)))
      return !otherPrefixes.has(word.lower.slice(0, 6))
    })
  }
  const severityOf = (type: string): Signal['severity'] => (type === 'approximation' ? 'warning' : 'info')
  for (const {word, type} of surplus(sourceQualifiers, variantQualifiers, variant)) {
    signals.push({kind: 'omission', severity: severityOf(type), message: `Qualifier dropped: ${quoted(word.text)}.`, source: {start: word.start, end: word.end, text: word.text}})
  }
  for (const {word, type} of surplus(variantQualifiers, sourceQualifiers, source)) {
    signals.push({kind: 'addition', severity: severityOf(type), message: `Qualifier added: ${quoted(word.text)}.`, variant: {start: word.start, end: word.end, text: word.text}})
  }
  return signals
}
