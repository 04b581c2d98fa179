import type {Signal, TextSpan} from '../../types'
import {type AnalyzedSide, analyzeSide, timesOf, wordsOf} from './analyze-side'
import {isContentWord, quoted, type SignalWord} from './signal-text'
import type {TemporalExpression} from './temporal-expressions'

/** A key of one expression, with the expression it came from. */
interface KeyOccurrence {
  readonly key: string
  readonly expression: TemporalExpression
}

function occurrences(expressions: readonly TemporalExpression[]): KeyOccurrence[] {
  return expressions.flatMap((expression) => expression.keys.map((key) => ({key, expression})))
}

/** Remove from both lists the keys they share, once per occurrence. */
function unmatched(source: KeyOccurrence[], variant: KeyOccurrence[]): [KeyOccurrence[], KeyOccurrence[]] {
  const rest = [...variant]
  const left: KeyOccurrence[] = []
  for (const item of source) {
    const at = rest.findIndex((other) => other.key === item.key)
    if (at === -1) left.push(item)
    else rest.splice(at, 1)
  }
  return [left, rest]
}

const category = (key: string): string => key.split(':')[0] as string

/**
 * True when every figure of a time reference stands on the other side in
 * another form: `6 am` ↔ `shortly before 6`, `1860` ↔ `the 1860s`. Only its
 * form changed, so it is neither dropped nor added.
 */
function figuresOnOtherSide(expression: TemporalExpression, other: TextSpan): boolean {
  const figures = expression.text.match(/\d+/g)
  if (figures === null) return false
  return figures.every((figure) => new RegExp(`(?<![\\d.,:])${figure.replace(/^0+(?=\d)/, '0?')}(?![\\d]|[.,:]\\d)`).test(other.text))
}

/**
 * Find changed, dropped and added time references between the two sides of
 * a bead (Sunday → Monday, March 3 → May 3, last week → last year, "this
 * week" dropped). A change of form only ("Tuesday’s storming" ↔ "the storming
 * on Tuesday", "Dec. 31, 2019" ↔ "31 December 2019") gives nothing.
 *
 * A time on one side only whose figures the other side holds in another form
 * (`6 am` ↔ `before 6`, `1860` ↔ `the 1860s`) gives nothing either.
 *
 * Severity: a changed time is an `error`; a re-attached one a `warning`; a
 * dropped or added one `info`: between two faithful renderings a time on one
 * side only is nearly always said elsewhere in the text or implied by it
 * ("On Saturday, …" added from the dateline), while a changed one is not.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `temporal` signals, spans into the whole documents.
 */
export function findTemporalSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const analyzedSource = analyzeSide(source)
  const analyzedVariant = analyzeSide(variant)
  const sourceExpressions = timesOf(analyzedSource)
  const variantExpressions = timesOf(analyzedVariant)
  const [dropped, added] = unmatched(occurrences(sourceExpressions), occurrences(variantExpressions))
  const signals: Signal[] = []
  const seen = new Set<TemporalExpression>()
  const spanOf = ({start, end, text}: TemporalExpression): TextSpan => ({start, end, text})
  for (const item of dropped) {
    const at = added.findIndex((other) => category(other.key) === category(item.key))
    const pair = at === -1 ? undefined : added.splice(at, 1)[0]
    if (pair !== undefined) {
      signals.push({
        kind: 'temporal',
        severity: 'error',
        message: `Time changed: ${quoted(item.expression.text)} → ${quoted(pair.expression.text)}.`,
        source: spanOf(item.expression),
        variant: spanOf(pair.expression),
      })
      seen.add(item.expression).add(pair.expression)
    } else if (!seen.has(item.expression)) {
      seen.add(item.expression)
      if (figuresOnOtherSide(item.expression, variant)) continue
      signals.push({kind: 'temporal', severity: 'info', message: `Time reference dropped: ${quoted(item.expression.text)}.`, source: spanOf(item.expression)})
    }
  }
  for (const item of added) {
    if (seen.has(item.expression)) continue
    seen.add(item.expression)
    if (figuresOnOtherSide(item.expression, source)) continue
    signals.push({kind: 'temporal', severity: 'info', message: `Time reference added: ${quoted(item.expression.text)}.`, variant: spanOf(item.expression)})
  }
  signals.push(...findReattachedTimes(analyzedSource, analyzedVariant))
  return signals
}

const linkWords = /* @__PURE__ */ new Set(['on', 'in', 'at', 'during', 'since', 'by', 'from', 'until', 'of', 'the', 'early', 'late'])

/** Index range of the words an expression covers, and the content word it hangs on. */
function anchorOf(side: TextSpan, words: readonly SignalWord[], expression: TemporalExpression): {first: number; last: number; anchor?: SignalWord} | undefined {
  const first = words.findIndex((w) => w.start >= expression.start)
  if (first === -1) return undefined
  let last = first
  while (last + 1 < words.length && (words[last + 1] as SignalWord).start < expression.end) last++
  // `Tuesday’s storming`: a possessive time hangs on the noun after it.
  if (/['’]s$/.test(expression.text) || /^['’]s\b/.test((words[last] as SignalWord).text.slice(expression.end - (words[last] as SignalWord).start))) {
    const next = words[last + 1]
    return {first, last, ...(next !== undefined && isContentWord(next) ? {anchor: next} : {})}
  }
  let before = first - 1
  while (before >= 0 && linkWords.has((words[before] as SignalWord).lower)) before--
  const previous = words[before]
  // An event word in the same phrase: not a name ("in Rohrdorf on Thursday"), nothing such as `(`, `:` or `,` between.
  const sameClause = previous !== undefined && !/[(),:;.!?—–]/.test(side.text.slice(previous.end - side.start, expression.start - side.start))
  const anchor = previous !== undefined && sameClause && isContentWord(previous) && !/^\p{Lu}/u.test(previous.text) ? previous : undefined
  return {first, last, ...(anchor === undefined ? {} : {anchor})}
}

/** True when a word follows the time directly, with no punctuation between and no possessive; a part of the day (`Saturday evening`) belongs to the time. */
function midClause(side: TextSpan, expression: TemporalExpression): boolean {
  const after = side.text.slice(expression.end - side.start)
  return /^ +\p{L}/u.test(after) && !/^ +(?:morning|afternoon|evening|night)\b/.test(after)
}

/** Words between index `at` and the range `[first, last]`. */
const wordsBetween = (at: number, first: number, last: number): number => (at < first ? first - at - 1 : at > last ? at - last - 1 : 0)

/**
 * A time kept on both sides but hung on another event: in the source it
 * follows one word ("had vowed Monday to retaliate"), in the variant another
 * ("retaliate for the strikes on Monday"), each anchor is found on the other
 * side more than two words away from the time, and on at least one side the
 * time sits inside its clause rather than closing it. Only times that occur
 * once on each side are compared.
 */
function findReattachedTimes(source: AnalyzedSide, variant: AnalyzedSide): Signal[] {
  const signals: Signal[] = []
  const sourceExpressions = timesOf(source)
  const variantExpressions = timesOf(variant)
  const key = (e: TemporalExpression): string => e.keys.join(' ')
  for (const from of sourceExpressions) {
    const to = variantExpressions.filter((e) => key(e) === key(from))
    if (to.length !== 1 || sourceExpressions.filter((e) => key(e) === key(from)).length !== 1) continue
    const target = to[0] as TemporalExpression
    const sourceWords = wordsOf(source)
    const variantWords = wordsOf(variant)
    const sourceAnchor = anchorOf(source, sourceWords, from)
    const variantAnchor = anchorOf(variant, variantWords, target)
    if (sourceAnchor?.anchor === undefined || variantAnchor?.anchor === undefined) continue
    if (sourceAnchor.anchor.key === variantAnchor.anchor.key) continue
    // A time at the end of both clauses ("… on Friday.") hangs on the main verb on both sides.
    if (!midClause(source, from) && !midClause(variant, target)) continue
    const inVariant = variantWords.find((w) => w.key === sourceAnchor.anchor?.key)
    const inSource = sourceWords.find((w) => w.key === variantAnchor.anchor?.key)
    if (inVariant === undefined || inSource === undefined) continue
    if (wordsBetween(inVariant.index, variantAnchor.first, variantAnchor.last) <= 2) continue
    if (wordsBetween(inSource.index, sourceAnchor.first, sourceAnchor.last) <= 2) continue
    signals.push({
      kind: 'temporal',
      severity: 'warning',
      message: `Time re-attached: ${quoted(from.text)} went with ${quoted(sourceAnchor.anchor.text)} and now goes with ${quoted(variantAnchor.anchor.text)}.`,
      source: {start: from.start, end: from.end, text: from.text},
      variant: {start: target.start, end: target.end, text: target.text},
    })
  }
  return signals
}
