import type {Signal, TextSpan} from '../../types'
import {isContentWord, quoted, type SignalWord, sideWords, sliceSide} from './signal-text'

/** A time reference found in one side, with the keys it stands for. */
export interface TemporalExpression extends TextSpan {
  /** Canonical values: `weekday:tuesday`, `date:12-31`, `month:3`, `year:2019`, `rel:week:-1`. */
  readonly keys: readonly string[]
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthPattern =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?'
const unitWords: Readonly<Record<string, string>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', month: 'month', months: 'month', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute',
  morning: 'day', afternoon: 'day', evening: 'day', night: 'night', spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
}
const smallNumbers: Readonly<Record<string, number>> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, several: 3}
const relativeShift: Readonly<Record<string, number>> = {this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1}

/**
 * One alternation over every time form, longest forms first, each in its own
 * named group. Every branch is a fixed sequence of bounded pieces, so the
 * pattern runs in linear time.
 */
const temporalPattern = new RegExp(
  [
    '(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)',
    '(?<slash>\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b)',
    `(?<md>\\b(?:${monthPattern})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?)`,
    `(?<dm>\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${monthPattern})(?![\\p{L}])(?:,?\\s+\\d{4}\\b)?)`,
    `(?<my>\\b(?:${monthPattern})(?![\\p{L}]),?\\s+\\d{4}\\b)`,
    '(?<month>\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b)',
    '(?<weekday>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b)',
    '(?<ago>\\b(?:\\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ff]ew|[Ss]everal)\\s+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\\s+(?:ago|earlier)\\b)',
    '(?<rel>\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Ff]ollowing|[Cc]urrent)\\s+(?:week(?:end)?|month|year|decade|century|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\\b)',
    '(?<day>\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Oo]vernight)\\b)',
    '(?<year>(?<![\\d.,$£€])\\b(?:1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d|\\s*(?:%|percent|per cent)))',
  ].join('|'),
  'gu',
)

function monthNumber(text: string): number {
  const lower = text.toLowerCase().replace('.', '')
  return months.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1
}

/** Keys of one matched expression. */
function keysOf(groups: Readonly<Record<string, string | undefined>>, text: string): string[] {
  if (groups.iso !== undefined) {
    const [y, m, d] = text.split('-').map(Number)
    return [`date:${m}-${d}`, `year:${y}`]
  }
  if (groups.slash !== undefined) {
    const [m, d, y] = text.split('/').map(Number)
    return [`date:${m}-${d}`, `year:${(y as number) < 100 ? 2000 + (y as number) : y}`]
  }
  if (groups.md !== undefined || groups.dm !== undefined || groups.my !== undefined) {
    const month = monthNumber(text.match(/\p{L}{3,}/u)?.[0].replace(/^of$/, '') ?? '')
    const numbers = text.match(/\d+/g)?.map(Number) ?? []
    const year = numbers.find((n) => n >= 1000)
    const day = numbers.find((n) => n < 1000)
    const keys = day === undefined ? [`month:${month}`] : [`date:${month}-${day}`]
    if (year !== undefined) keys.push(`year:${year}`)
    return keys
  }
  if (groups.month !== undefined) return [`month:${monthNumber(text)}`]
  if (groups.weekday !== undefined) return [`weekday:${text.toLowerCase().replace(/s$/, '')}`]
  if (groups.year !== undefined) return [`year:${text}`]
  const words = text.toLowerCase().split(/\s+/)
  if (groups.ago !== undefined) {
    const count = smallNumbers[words[0] as string] ?? Number(words[0])
    return [`rel:${unitWords[words[1] as string]}:${-count}`]
  }
  if (groups.rel !== undefined) {
    const [shiftWord, unitWord] = words.length === 3 ? [words[1], words[2]] : [words[0], words[1]]
    const unit = unitWords[unitWord as string] as string
    // "this morning", "tonight" and "today" all name the current day.
    const shift = unitWord === 'night' && shiftWord === 'last' ? -1 : (relativeShift[shiftWord as string] ?? 0)
    return [`rel:${unit === 'night' ? 'day' : unit}:${shift}`]
  }
  const dayShift: Readonly<Record<string, number>> = {yesterday: -1, today: 0, tonight: 0, overnight: 0, tomorrow: 1}
  return [`rel:day:${dayShift[words[0] as string] ?? 0}`]
}

/**
 * Find the time references of one bead side: weekdays, dates in common
 * English and numeric forms, months, years and relative times ("last week",
 * "three days ago", "yesterday"). Used by the number detector too, so that
 * the day of a date is not also read as a quantity.
 *
 * @param side The bead side (text and its offset in the document).
 * @returns The expressions in reading order, spans into the whole document.
 */
export function findTemporalExpressions(side: TextSpan): TemporalExpression[] {
  const found: TemporalExpression[] = []
  for (const match of side.text.matchAll(temporalPattern)) {
    const start = side.start + match.index
    const span = sliceSide(side, start, start + match[0].length)
    found.push({...span, keys: keysOf(match.groups ?? {}, match[0])})
  }
  return found
}

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
 * Find changed, dropped and added time references between the two sides of
 * a bead (Sunday → Monday, March 3 → May 3, last week → last year, "this
 * week" dropped). A change of form only ("Tuesday’s storming" ↔ "the storming
 * on Tuesday", "Dec. 31, 2019" ↔ "31 December 2019") gives nothing.
 *
 * Severity: a changed time is an `error`; a dropped or added one a `warning`.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `temporal` signals, spans into the whole documents.
 */
export function findTemporalSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const sourceExpressions = findTemporalExpressions(source)
  const variantExpressions = findTemporalExpressions(variant)
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
      signals.push({kind: 'temporal', severity: 'warning', message: `Time reference dropped: ${quoted(item.expression.text)}.`, source: spanOf(item.expression)})
    }
  }
  for (const item of added) {
    if (seen.has(item.expression)) continue
    seen.add(item.expression)
    signals.push({kind: 'temporal', severity: 'warning', message: `Time reference added: ${quoted(item.expression.text)}.`, variant: spanOf(item.expression)})
  }
  signals.push(...findReattachedTimes(source, variant, sourceExpressions, variantExpressions))
  return signals
}

const linkWords = new Set(['on', 'in', 'at', 'during', 'since', 'by', 'from', 'until', 'of', 'the', 'early', 'late'])

/** Index range of the words an expression covers, and the content word it hangs on. */
function anchorOf(words: readonly SignalWord[], expression: TemporalExpression): {first: number; last: number; anchor?: SignalWord} | undefined {
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
  return {first, last, ...(previous !== undefined && isContentWord(previous) ? {anchor: previous} : {})}
}

/** True when a word follows the time directly, with no punctuation between and no possessive. */
function midClause(side: TextSpan, expression: TemporalExpression): boolean {
  return /^ +\p{L}/u.test(side.text.slice(expression.end - side.start))
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
function findReattachedTimes(
  source: TextSpan,
  variant: TextSpan,
  sourceExpressions: readonly TemporalExpression[],
  variantExpressions: readonly TemporalExpression[],
): Signal[] {
  const signals: Signal[] = []
  const sourceWords = sideWords(source)
  const variantWords = sideWords(variant)
  const key = (e: TemporalExpression): string => e.keys.join(' ')
  for (const from of sourceExpressions) {
    const to = variantExpressions.filter((e) => key(e) === key(from))
    if (to.length !== 1 || sourceExpressions.filter((e) => key(e) === key(from)).length !== 1) continue
    const target = to[0] as TemporalExpression
    const sourceAnchor = anchorOf(sourceWords, from)
    const variantAnchor = anchorOf(variantWords, target)
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
