import type {TextSpan} from '../../types'
import {lookupTable} from '../../lookup-table'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {cueBitsOf, cueScan, forEachCueMatch} from './cue-matches'

/** A time reference found in one side, with the keys it stands for. */
export interface TemporalExpression extends TextSpan {
  /** Canonical values: `time:18:30`, `weekday:tuesday`, `date:12-31`, `month:3`, `year:2019`, `rel:week:-1`, `season:autumn`. */
  readonly keys: readonly string[]
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthPattern =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?'
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const weekdayPattern = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const fullMonthPattern = 'January|February|March|April|May|June|July|August|September|October|November|December'
/** Days of the month written as ordinal words (`November first`, `the twenty-first of May`). */
const dayWords = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
]
const dayWordPattern = '(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth'
/** One day of a month: `3`, `3rd`, `third`. */
const dayPattern = `\\b(?:\\d{1,2}(?:st|nd|rd|th)?|${dayWordPattern})\\b`
/** A day or two (`11 and 14`, `11th-14th`, `the 11th and the 14th`). */
const daysPattern = `${dayPattern}(?:\\s*(?:-|–|and|to)\\s*(?:the\\s+)?${dayPattern})?`

/** Value of a day written as a figure or an ordinal word. */
function dayValue(word: string): number | undefined {
  const figure = /^\d+/.exec(word)
  if (figure !== null) return Number(figure[0])
  const [tens, unit] = word.includes('-') ? word.split('-') : ['', word]
  if (unit === 'thirtieth') return 30
  const at = dayWords.indexOf(unit as string)
  if (at === -1) return undefined
  return at + 1 + (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0)
}

const unitWords: Readonly<Record<string, string>> = /* @__PURE__ */ lookupTable({
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', month: 'month', months: 'month', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute',
  morning: 'day', afternoon: 'day', evening: 'day', night: 'night', spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
})
const smallNumbers: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, several: 3})
const relativeShift: Readonly<Record<string, number>> = /* @__PURE__ */ lookupTable({this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1})

/**
 * One alternation over every time form, longest forms first, each in its own
 * named group. Every branch is a fixed sequence of bounded pieces, so the
 * pattern runs in linear time.
 */
export const temporalPattern = /* @__PURE__ */ (() => new RegExp(
  /* @__PURE__ */ [
    '(?<clock>\\b(?:[01]?\\d|2[0-3])(?::[0-5]\\d(?:\\s?(?:(?:[AaPp]\\.[Mm]\\.?|[AaPp][Mm])|h\\b|hrs\\b))?(?![\\d:])|(?:\\.[0-5]\\d)?\\s?(?:[AaPp]\\.[Mm]\\.?|[AaPp][Mm])(?![A-Za-z])))',
    '(?<season>\\b(?:1[89]|20)\\d\\d/(?:\\d\\d|(?:1[89]|20)\\d\\d)\\b)',
    '(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)',
    '(?<slash>\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b)',
    `(?<md>\\b(?:${monthPattern})\\s+(?:the\\s+)?${daysPattern}\\b(?![.,]?\\d)(?:,?\\s+\\d{4}\\b)?)`,
    `(?<dm>\\b(?:(?:[Tt]he\\s+)?${daysPattern})\\s+(?:of\\s+)?(?:${monthPattern})(?![A-Za-z])(?:,?\\s+\\d{4}\\b)?)`,
    `(?<relMonth>\\b(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+(?:${fullMonthPattern})\\b)`,
    `(?<my>\\b(?:${monthPattern})(?![A-Za-z]),?\\s+\\d{4}\\b)`,
    '(?<month>\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b)',
    `(?<nightBefore>\\b(?:[Tt]he\\s+)?night\\s+(?:before|to|into)\\s+(?:${weekdayPattern})\\b)`,
    '(?<weekday>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b)',
    '(?<ago>\\b(?:\\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ff]ew|[Ss]everal)\\s+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\\s+(?:ago|earlier)\\b)',
    '(?<part>\\b(?:[Tt]he\\s+)?(?:end|start|beginning|middle)\\s+of\\s+(?:the|this|next|last)\\s+(?:week|month|year)\\b)',
    '(?<rel>\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Ff]ollowing|[Cc]urrent)\\s+(?:week(?:end)?|month|year|decade|century|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\\b)',
    '(?<weekendAt>\\b(?:at|over|on)\\s+the\\s+weekend\\b)',
    '(?<day>\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b)',
    // A figure after "about" or "some" is a count (about 2000 people), not a year.
    '(?<year>(?<![\\d.,$£€])(?<!\\b(?:[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Aa]lmost|[Aa]pproximately|[Rr]oughly|than|[Cc]a\\.?|[Ee]stimated)\\s)\\b(?:1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d|\\s*(?:%|percent|per cent)))',
  ].join('|'),
  // No `u` flag: every form is ASCII, and V8 runs the alternation several times faster without it.
  'g',
))()

/**
 * Where a match of `temporalPattern` can start (`cueScan`): a digit, or the
 * first ASCII-letter run of a branch, whole: a month (`Jan`, `Sept`,
 * `January`), an article, shift or count opening a relative form (`the`,
 * `last`, `a`, `few`), a day word (`first`, `twenty` of `twenty-first`), a
 * weekday with or without its plural `s`, and `yesterday`, `today`,
 * `tomorrow`, `tonight`. Every branch opens with `\b` and one of these
 * followed by a character that is no ASCII letter.
 */
export const temporalScan = /* @__PURE__ */ cueScan(
  temporalPattern,
  [
    'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
    'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
    'the', 'night', 'last', 'next', 'this', 'earlier', 'later', 'past', 'previous', 'coming', 'following', 'current',
    'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several',
    'end', 'start', 'beginning', 'middle', 'at', 'over', 'on', 'yesterday', 'today', 'tomorrow', 'tonight',
    'twenty', 'thirty', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
  ],
  true,
)

function monthNumber(text: string): number {
  const lower = text.toLowerCase().replace('.', '')
  return months.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1
}

/** Keys of one matched expression. */
function keysOf(groups: Readonly<Record<string, string | undefined>>, text: string): string[] {
  if (groups.clock !== undefined) {
    // 12- and 24-hour clocks meet on one key: 6:30 PM ↔ 18:30, 1:25 p.m. ↔ 13:25h.
    const [hours = 0, minutes = 0] = (text.match(/\d+/g) ?? []).map(Number)
    const pm = /p/i.test(text)
    const am = /a/i.test(text.replace(/\d/g, ''))
    const hour = pm && hours < 12 ? hours + 12 : am && hours === 12 ? 0 : hours
    return [`time:${hour}:${String(minutes).padStart(2, '0')}`]
  }
  if (groups.season !== undefined) {
    // A season or a span of two years: 2017/18 and 2017/2018 both name 2017 and 2018.
    const [first = '', second = ''] = text.split('/')
    return [`year:${first}`, `year:${second.length === 2 ? first.slice(0, 2) + second : second}`]
  }
  if (groups.iso !== undefined) {
    const [y, m, d] = text.split('-').map(Number)
    return [`date:${m}-${d}`, `year:${y}`]
  }
  if (groups.slash !== undefined) {
    const [m, d, y] = text.split('/').map(Number)
    return [`date:${m}-${d}`, `year:${(y as number) < 100 ? 2000 + (y as number) : y}`]
  }
  if (groups.md !== undefined || groups.dm !== undefined || groups.my !== undefined) {
    const month = monthNumber(text.match(new RegExp(monthPattern))?.[0] ?? '')
    const numbers = text.match(/\d+/g)?.map(Number) ?? []
    const year = numbers.find((n) => n >= 1000)
    // Days as figures or ordinal words; two of them for a span (`September 11 and 14`).
    const days = (text.match(new RegExp(dayPattern, 'g')) ?? []).map(dayValue).filter((d): d is number => d !== undefined && d < 1000)
    const keys = days.length === 0 ? [`month:${month}`] : days.map((day) => `date:${month}-${day}`)
    if (year !== undefined) keys.push(`year:${year}`)
    return keys
  }
  if (groups.relMonth !== undefined) {
    // "last September" is September of last year.
    const [shiftWord = '', monthWord = ''] = text.toLowerCase().split(/\s+/)
    return [`month:${monthNumber(monthWord)}`, `rel:year:${relativeShift[shiftWord] ?? 0}`]
  }
  if (groups.nightBefore !== undefined) {
    // The night to Sunday is Saturday night.
    const day = weekdays.indexOf(text.toLowerCase().split(/\s+/).pop() ?? '')
    return [`weekday:${weekdays[(day + 6) % 7]}`]
  }
  if (groups.weekendAt !== undefined) return ['rel:weekend:0']
  if (groups.month !== undefined) return [`month:${monthNumber(text)}`]
  if (groups.weekday !== undefined) return [`weekday:${text.toLowerCase().replace(/s$/, '')}`]
  if (groups.year !== undefined) return [`year:${text}`]
  const words = text.toLowerCase().split(/\s+/)
  if (groups.ago !== undefined) {
    const count = smallNumbers[words[0] as string] ?? Number(words[0])
    return [`rel:${unitWords[words[1] as string]}:${-count}`]
  }
  if (groups.part !== undefined) {
    // "the end of the month" names the current month, as "later this month" does.
    const [shiftWord, unitWord] = words.slice(-2)
    return [`rel:${unitWords[unitWord as string]}:${shiftWord === 'the' ? 0 : (relativeShift[shiftWord as string] ?? 0)}`]
  }
  if (groups.rel !== undefined) {
    const [shiftWord, unitWord] = words.length === 3 ? [words[1], words[2]] : [words[0], words[1]]
    const unit = unitWords[unitWord as string] as string
    // "this morning", "tonight" and "today" all name the current day.
    const shift = unitWord === 'night' && shiftWord === 'last' ? -1 : (relativeShift[shiftWord as string] ?? 0)
    // "last autumn" is the autumn of last year: one key for the season, one for the year ("autumn last year").
    if (['spring', 'summer', 'autumn', 'winter'].includes(unit)) return [`season:${unit}`, `rel:year:${shift}`]
    return [`rel:${unit === 'night' ? 'day' : unit}:${shift}`]
  }
  const dayShift: Readonly<Record<string, number>> = lookupTable({yesterday: -1, today: 0, tonight: 0, tomorrow: 1})
  return [`rel:day:${dayShift[words[0] as string] ?? 0}`]
}

/**
 * Find the time references of one bead side: clock times (12- and 24-hour,
 * one key for both), weekdays, dates in common
 * English and numeric forms, months, years and relative times ("last week",
 * "three days ago", "yesterday"). Used by the number detector too, so that
 * the day of a date is not also read as a quantity.
 *
 * The pattern runs only where a match can start (`temporalScan`): about
 * half the sentences of news prose hold no such word.
 *
 * @param side The bead side (text and its offset in the document).
 * @param tokens Its words as `tokenizeWords(side.text, side.start)` splits them, when known.
 * @param bitsAt `cueBitsOf` the token at an index, when kept by token id (`tokenBits`).
 * @returns The expressions in reading order, spans into the whole document.
 */
export function findTemporalExpressions(
  side: TextSpan,
  tokens: readonly TextSpan[] = tokenizeWords(side.text, side.start),
  bitsAt: (index: number) => number = (index) => cueBitsOf((tokens[index] as TextSpan).text),
): TemporalExpression[] {
  const found: TemporalExpression[] = []
  forEachCueMatch(side, tokens, bitsAt, temporalScan, (match) => {
    const start = side.start + match.index
    found.push({start, end: start + match[0].length, text: match[0], keys: keysOf(match.groups ?? {}, match[0])})
  })
  return found
}
