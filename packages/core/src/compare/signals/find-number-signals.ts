import type {Signal, TextSpan} from '../../types'
import {type AnalyzedSide, analyzeSide, sideValue, timesOf, tokensOf, wordsOf} from './analyze-side'
import {isContentWord, quoted, type SignalWord, sliceSide} from './signal-text'
import {cardinalWords, fractionDenominators, scaleWords, vagueAmounts as vague, vagueSynonyms} from '../../normalize/lexicon/index'
import {figureValue, isNumberLike, isOrdinalWord, type Measure, measureOf, sameMeasure, wordValue} from './number-forms'

/** A quantity found in one side. */
export interface Quantity extends TextSpan {
  /** The value as a canonical string (`1200`, `0.625`), or a vague amount (`~hundreds`). */
  readonly value: string
  /** `>` (at least, more than, or more), `<` (nearly, up to, or fewer), `~` (about) or `` for an exact figure. */
  readonly qualifier: '' | '>' | '<' | '~'
  /** True for a bare `one` (as often a pronoun as a number) or an ordinal word (`second`). */
  readonly weak: boolean
  /** Its size in a base unit, when a unit of measurement follows (`seven-mile`, `11 km`). */
  readonly measure?: Measure
  /** True for a word that implies a number without being one (`both`): it meets an equal figure on the other side and is otherwise ignored. */
  readonly implied?: boolean
}

const qualifiers: ReadonlyArray<readonly [RegExp, Quantity['qualifier']]> = [
  // Read first: "no more than" holds "more than".
  [/\b(?:no|not)\s+(?:more|greater|higher)\s+than\s+$|\b(?:at most|a maximum of|maximum|max\.?|as (?:much|many|high) as)\s+$/i, '<'],
  [/\b(?:at least|more than|more then|over|above|upwards of|in excess of|no fewer than|no less than|just over|a good)\s+$/i, '>'],
  [/\b(?:nearly|almost|up to|less than|less then|fewer than|under|below|just under|close to)\s+$/i, '<'],
  [/\b(?:about|around|some|roughly|approximately|approx\.|an estimated|estimated|circa|ca\.?|c\.|or so)\s+$/i, '~'],
]

/**
 * A score written with a colon (`1:2`, `5:1`), read like `1-2`: two
 * quantities. A colon before two digits (`17:21`, `13:25`) may be a clock
 * time and is left alone.
 */
function scoreAt(side: TextSpan, word: TextSpan): RegExpExecArray | null {
  return /^(\d{1,2})(:)(\d)(?![\d:])/.exec(side.text.slice(word.start - side.start, word.start - side.start + 12))
}

/**
 * Find the quantities of one bead side: figures (`1,200`, `62.5`), number
 * words (`three hundred and twenty-five`, `a dozen`), scaled figures
 * (`1.2 million`, `5bn`), scores and ranges (`52-48`) and vague amounts
 * (`hundreds`, `scores` = `dozens`). Percent signs and
 * words are a unit, not a change of value. Days and years inside time
 * references are left to the temporal detector.
 *
 * @param side The bead side.
 * @returns Quantities in reading order, spans into the whole document.
 */
export function findQuantities(side: TextSpan): Quantity[] {
  // Worked out once per side (the number and omission detectors both read them); a copy, so a caller may splice it.
  return [...sideValue(analyzeSide(side), 'quantities', quantitiesOf)]
}

function quantitiesOf(side: AnalyzedSide): Quantity[] {
  const analyzed = side
  const words = tokensOf(analyzed)
  const timeSpans = timesOf(analyzed)
  const inTime = (start: number): boolean => timeSpans.some((t) => start >= t.start && start < t.end)
  const found: Quantity[] = []
  let i = 0
  while (i < words.length) {
    const word = words[i] as TextSpan
    const lower = word.text.toLowerCase()
    // `No.1` written as one word counts as `No. 1` and `number 1` do.
    const numbered = /^no\.(\d+)$/.exec(lower)
    if (numbered !== null) {
      found.push({...sliceSide(side, word.start + 3, word.end), value: String(Number(numbered[1])), qualifier: '', weak: false})
      i++
      continue
    }
    // `both` implies two: "both crew members" ↔ "the two crew members".
    if (lower === 'both') {
      found.push({...sliceSide(side, word.start, word.end), value: '2', qualifier: '', weak: true, implied: true})
      i++
      continue
    }
    // Most words are plainly not numbers: skip the patterns for them.
    if (!isNumberLike(lower)) {
      i++
      continue
    }
    // A score or range written as one word (`52-48`, `10–12`) holds two quantities.
    const dashed = /^(\d[\d,]*(?:\.\d+)?)([-–])(\d[\d,]*(?:\.\d+)?)$/.exec(word.text)
    const range = dashed ?? scoreAt(side, word)
    if (range !== null && !inTime(word.start)) {
      const first = range[1] as string
      const second = range[3] as string
      const secondStart = word.start + first.length + 1
      found.push({...sliceSide(side, word.start, word.start + first.length), value: String(figureValue(first) ?? Number(first.replace(/,/g, ''))), qualifier: '', weak: false})
      found.push({...sliceSide(side, secondStart, secondStart + second.length), value: String(figureValue(second) ?? Number(second.replace(/,/g, ''))), qualifier: '', weak: false})
      // A dashed range is one token; a colon score two (`1`, `2`).
      i += dashed !== null ? 1 : 2
      continue
    }
    const value = wordValue(lower)
    const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(lower)
    if (inTime(word.start) || (value === undefined && ordinal === null && !vague.has(lower))) {
      i++
      continue
    }
    // `scores` and `tens` are amounts only before `of` ("scores of people", not "he scores").
    if ((lower === 'scores' || lower === 'tens') && !/^\s+of\b/i.test(side.text.slice(word.end - side.start, word.end - side.start + 4))) {
      i++
      continue
    }
    // "several dozen" is as vague as "dozens".
    const severalDozen = lower === 'dozen' && /\b(?:several|few|some|many)\s+$/i.test(side.text.slice(Math.max(0, word.start - side.start - 12), word.start - side.start))
    const vagueWord = severalDozen ? 'dozens' : vague.has(lower) ? lower : undefined
    // A figure glued to a clock time (10:30, 1:25) or a version (2.0.1) is not a quantity,
    // nor the number of a road or line (`A 81`), nor the short second year of a season (`2017/18`).
    const after = side.text.slice(word.end - side.start, word.end - side.start + 2)
    const justBefore = side.text.slice(Math.max(0, word.start - side.start - 5), word.start - side.start)
    if (/^[:.]\d/.test(after) || /\d[:.]$/.test(justBefore) || /\bthe \p{Lu} $/iu.test(side.text.slice(Math.max(0, word.start - side.start - 7), word.start - side.start)) || /\d{4}\/$/.test(justBefore)) {
      i++
      continue
    }
    let end = word.end
    let total = 0
    // "a third" is a fraction, not the ordinal.
    const aFraction = Object.hasOwn(fractionDenominators, lower) && /\ba\s+$/i.test(side.text.slice(Math.max(0, word.start - side.start - 3), word.start - side.start))
    let current = aFraction ? 1 / (fractionDenominators[lower] as number) : (value ?? (ordinal !== null ? Number(ordinal[1]) : 0))
    let j = i + 1
    let last = lower
    // Fold following number words and scales into one quantity (three hundred and twenty-five);
    // an ordinal takes none ("the second one").
    while (value !== undefined && !aFraction && !isOrdinalWord(lower) && j < words.length) {
      const next = words[j] as TextSpan
      const gap = side.text.slice(end - side.start, next.start - side.start)
      const nextLower = next.text.toLowerCase()
      if (!(last === 'and' ? /^\s+and\s+$/ : /^\s+$/).test(gap)) break
      if (nextLower === 'and') {
        // `three hundred and twenty-five`: `and` joins only after a scale word and before a number word.
        const after = words[j + 1]
        if (!['hundred', 'thousand', 'million', 'billion'].includes(last) || after === undefined || /\d/.test(after.text)) break
        if (wordValue(after.text.toLowerCase()) === undefined) break
        last = 'and'
        j++
        continue
      }
      if (Object.hasOwn(fractionDenominators, nextLower) && Object.hasOwn(cardinalWords, last) && total === 0) {
        // A fraction: `one third`, `two thirds`, `three quarters`.
        current /= fractionDenominators[nextLower] as number
      } else if (Object.hasOwn(scaleWords, nextLower) && nextLower.length > 2) {
        const scale = scaleWords[nextLower] as number
        if (scale >= 1000) {
          total += (current === 0 ? 1 : current) * scale
          current = 0
        } else current = (current === 0 ? 1 : current) * scale
      } else {
        const nextValue = wordValue(nextLower)
        if (nextValue === undefined || /\d/.test(nextLower) || /\d/.test(last)) break
        current += nextValue
      }
      end = next.end
      last = nextLower
      j++
    }
    // A fraction after a figure: `2 1/2 million` is 2.5 million.
    const fraction = value !== undefined && j === i + 1 ? /^ (\d{1,2})\/(\d{1,2})\b/.exec(side.text.slice(end - side.start)) : null
    if (fraction !== null && Number(fraction[1]) < Number(fraction[2])) {
      current += Number(fraction[1]) / Number(fraction[2])
      end += fraction[0].length
      while (j < words.length && (words[j] as TextSpan).start < end) j++
      const scale = words[j]
      const scaleValue = scale === undefined ? undefined : scaleWords[scale.text.toLowerCase()]
      if (scale !== undefined && scaleValue !== undefined && scale.text.length > 2 && /^\s+$/.test(side.text.slice(end - side.start, scale.start - side.start))) {
        current *= scaleValue
        end = scale.end
        j++
      }
    }
    total += current
    const before = side.text.slice(Math.max(0, word.start - side.start - 24), word.start - side.start)
    const following = side.text.slice(end - side.start, end - side.start + 24)
    // "three or more" is "at least three"; "ten or fewer" and "5% at most" are "up to ten", "up to 5%".
    const atMost = /^\s*(?:%|percent|per cent)?\s*at\s+(?:the\s+)?(?:most|maximum)\b/i.test(following)
    const postfix = /^\s+or\s+(?:more|above|over)\b/i.test(following) ? '>' : atMost || /^\s+or\s+(?:fewer|less|under)\b/i.test(following) ? '<' : ''
    // A vague amount has no qualifier worth comparing ("some dozens" ↔ "several dozen").
    const qualifier = vagueWord !== undefined ? '' : postfix || (qualifiers.find(([pattern]) => pattern.test(before))?.[1] ?? '')
    const lastWord = (words[j - 1] as TextSpan).text.toLowerCase()
    const measure = vagueWord !== undefined ? undefined : measureOf(total, lastWord, following)
    found.push({
      ...sliceSide(side, word.start, end),
      value: vagueWord !== undefined ? `~${vagueSynonyms.get(vagueWord) ?? vagueWord}` : String(Number(total.toPrecision(12))),
      qualifier,
      weak: !aFraction && (lower === 'one' || isOrdinalWord(lower)) && j === i + 1,
      ...(measure === undefined ? {} : {measure}),
    })
    i = j
  }
  return found
}

/**
 * Find quantities changed, dropped or added between the two sides of a bead
 * (14 → 41, 1,200 → 12,000, three → five, "at least 25" → "25"). A change of
 * form only is not a signal: 62.5 percent ↔ 62.5%, 300 ↔ three hundred,
 * 25 ↔ twenty-five, 1,200 ↔ 1200. A bare `one` counts only when it pairs
 * with a changed quantity, since it is often a pronoun ("the largest one").
 *
 * Two quantities that traded places ("killed 25 and wounded 55" → "killed 55
 * and wounded 25") are a change too, found through their neighbouring words.
 *
 * A change of format is not a change of quantity either: fractions and
 * decimals (2 1/2 million ↔ 2.5 million), decimal commas (1,75 ↔ 1.75),
 * hyphenated and currency forms ($70.6-million), number and ordinal words
 * (4th ↔ fourth), scores (1:2 ↔ 1-2), and units converted within 6 %
 * (seven-mile ↔ 11-kilometre, 86 °F ↔ 30 °C, 10 pounds ↔ 4.5 kg).
 *
 * Severity: a changed or swapped value is an `error`; a dropped or an added
 * figure, or a bound turned round ("at least 25" ↔ "at most 25"), a
 * `warning`; a bound gained, lost or loosened on the same figure ("about
 * 400" ↔ "400", "up to 20" ↔ "20") and a vague amount dropped or added
 * (`dozens`) `info`. `both` meets a `2` on the other side and is otherwise
 * ignored; a figure the other side writes inside a time (`6` ↔ `6 am`) and
 * a decimal-comma pair the other side lists (`3,5` ↔ `3 and 5`) are no change.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `number` signals, spans into the whole documents.
 */
export function findNumberSignals(source: TextSpan, variant: TextSpan): Signal[] {
  const restVariant = findQuantities(analyzeSide(variant))
  const restSource: Quantity[] = []
  const signals: Signal[] = []
  const spanOf = ({start, end, text}: Quantity): TextSpan => ({start, end, text})
  const kept: Array<readonly [Quantity, Quantity]> = []
  for (const quantity of findQuantities(analyzeSide(source))) {
    // A figure meets a figure before a word that only implies one (`both`).
    let at = restVariant.findIndex((other) => other.value === quantity.value && other.implied !== true)
    if (at === -1) at = restVariant.findIndex((other) => other.value === quantity.value)
    if (at === -1) {
      if (quantity.implied !== true) restSource.push(quantity)
      continue
    }
    const other = restVariant.splice(at, 1)[0] as Quantity
    kept.push([quantity, other])
    if (other.qualifier !== quantity.qualifier) {
      // "about 400" ↔ "400", "up to 20" ↔ "20", "about 7,000" ↔ "up to 7,000" keep the figure and
      // loosen or tighten it: translators do that. "at least 25" ↔ "at most 25" turns the bound round.
      const reversed = (other.qualifier === '<' && quantity.qualifier === '>') || (other.qualifier === '>' && quantity.qualifier === '<')
      signals.push({kind: 'number', severity: reversed ? 'warning' : 'info', message: `Quantity qualified differently: ${quoted(quantity.text)} is now ${quoted(other.text)} with another qualifier.`, source: spanOf(quantity), variant: spanOf(other)})
    }
  }
  // Two figures with a comma between ("children (3,5)") read as a decimal are a list when the other side has both.
  for (const [rest, other] of [[restSource, restVariant], [restVariant, restSource]] as const) {
    for (let k = rest.length - 1; k >= 0; k--) {
      const parts = /^(\d+),(\d+)$/.exec((rest[k] as Quantity).text)
      if (parts === null) continue
      const first = other.findIndex((q) => q.value === String(Number(parts[1])))
      const second = other.findIndex((q, index) => index !== first && q.value === String(Number(parts[2])))
      if (first === -1 || second === -1) continue
      for (const index of [first, second].sort((a, b) => b - a)) other.splice(index, 1)
      rest.splice(k, 1)
    }
  }
  // A dot before groups of three digits is the thousands separator of most
  // European languages: "10.000" left by a translator is 10,000 when the other side has that.
  for (const [rest, other] of [[restSource, restVariant], [restVariant, restSource]] as const) {
    for (let k = rest.length - 1; k >= 0; k--) {
      const grouped = /^\d{1,3}(?:\.\d{3})+$/.exec((rest[k] as Quantity).text)
      if (grouped === null) continue
      const at = other.findIndex((q) => q.value === String(Number(grouped[0].replace(/\./g, ''))))
      if (at === -1) continue
      other.splice(at, 1)
      rest.splice(k, 1)
    }
  }
  // A figure the other side writes inside a time ("before 6" ↔ "before 6 am") is no change.
  const timeFigures = (side: TextSpan): Set<string> => new Set(timesOf(analyzeSide(side)).flatMap((time) => (time.text.match(/\d+/g) ?? []).map((d) => String(Number(d)))))
  const variantTimeFigures = timeFigures(variant)
  const sourceTimeFigures = timeFigures(source)
  for (let k = restSource.length - 1; k >= 0; k--) if (variantTimeFigures.has((restSource[k] as Quantity).value)) restSource.splice(k, 1)
  for (let k = restVariant.length - 1; k >= 0; k--) {
    const other = restVariant[k] as Quantity
    if (other.implied === true || sourceTimeFigures.has(other.value)) restVariant.splice(k, 1)
  }
  // One measure in two units (seven miles ↔ 11 km, 86 °F ↔ 30 °C) is no change.
  for (let k = restSource.length - 1; k >= 0; k--) {
    const measure = (restSource[k] as Quantity).measure
    if (measure === undefined) continue
    const at = restVariant.findIndex((other) => other.measure !== undefined && sameMeasure(measure, other.measure))
    if (at === -1) continue
    restVariant.splice(at, 1)
    restSource.splice(k, 1)
  }
  signals.push(...findSwappedQuantities(analyzeSide(source), analyzeSide(variant), kept))
  // Pair what is left in reading order, strong quantities first; a bare `one`
  // pairs only with a strong quantity and is ignored when left alone.
  const pairs = new Map<Quantity, Quantity>()
  const leftVariant = [...restVariant]
  for (const pass of [false, true]) {
    for (const quantity of restSource) {
      if (pairs.has(quantity) || (quantity.weak && !pass)) continue
      const at = leftVariant.findIndex((q) => (pass ? !(q.weak && quantity.weak) : !q.weak))
      if (at !== -1) pairs.set(quantity, leftVariant.splice(at, 1)[0] as Quantity)
    }
  }
  for (const quantity of restSource) {
    const other = pairs.get(quantity)
    if (other !== undefined) {
      signals.push({kind: 'number', severity: 'error', message: `Quantity changed: ${quoted(quantity.text)} → ${quoted(other.text)}.`, source: spanOf(quantity), variant: spanOf(other)})
    } else if (!quantity.weak) {
      signals.push({kind: 'number', severity: isVague(quantity) ? 'info' : 'warning', message: `Quantity dropped: ${quoted(quantity.text)}.`, source: spanOf(quantity)})
    }
  }
  for (const other of leftVariant) {
    if (!other.weak) signals.push({kind: 'number', severity: isVague(other) ? 'info' : 'warning', message: `Quantity added: ${quoted(other.text)}.`, variant: spanOf(other)})
  }
  return signals
}

/** True for a vague amount (`dozens`, `hundreds`): dropping one loses a size, not a figure. */
const isVague = (quantity: Quantity): boolean => quantity.value.startsWith('~')

/** Keys of the nearest content words before and after a quantity (`killed 25 fighters` → kill, fighter). */
function neighbors(words: readonly SignalWord[], quantity: Quantity): Set<string> {
  const found = new Set<string>()
  // Binary search for the first word at or after the quantity's end.
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((words[middle] as SignalWord).start >= quantity.end) high = middle
    else low = middle + 1
  }
  const firstAfter = low
  for (let i = firstAfter; i < Math.min(words.length, firstAfter + 3); i++) {
    const word = words[i] as SignalWord
    if (isContentWord(word)) {
      found.add(word.key)
      break
    }
  }
  let before = firstAfter - 1
  while (before >= 0 && (words[before] as SignalWord).end > quantity.start) before--
  for (let i = before; i >= Math.max(0, before - 2); i--) {
    const word = words[i] as SignalWord
    if (isContentWord(word)) {
      found.add(word.key)
      break
    }
  }
  return found
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((key) => b.has(key))

/**
 * Two quantities kept on both sides but traded places: "killed 25 and
 * wounded 55" → "killed 55 and wounded 25". Each quantity's neighbouring
 * content words on one side are those of the other quantity on the other
 * side, and not its own. Only quantities at most eight apart are compared.
 */
function findSwappedQuantities(source: AnalyzedSide, variant: AnalyzedSide, kept: ReadonlyArray<readonly [Quantity, Quantity]>): Signal[] {
  if (kept.length < 2) return []
  const signals: Signal[] = []
  const context = kept.map(([from, to]) => [neighbors(wordsOf(source), from), neighbors(wordsOf(variant), to)] as const)
  const reported = new Set<number>()
  // Swaps are local (within a sentence or two): look eight quantities ahead, which keeps this linear.
  for (let a = 0; a < kept.length; a++) {
    for (let b = a + 1; b < Math.min(kept.length, a + 9); b++) {
      const [sourceA, variantA] = context[a] as readonly [Set<string>, Set<string>]
      const [sourceB, variantB] = context[b] as readonly [Set<string>, Set<string>]
      if (reported.has(a) || reported.has(b) || meets(sourceA, variantA) || meets(sourceB, variantB)) continue
      if (!meets(sourceA, variantB) || !meets(sourceB, variantA)) continue
      const [fromA] = kept[a] as readonly [Quantity, Quantity]
      const [fromB, toB] = kept[b] as readonly [Quantity, Quantity]
      // Two equal amounts trading places (`two goals down … 3-2`) change nothing.
      if (fromA.value === fromB.value) continue
      reported.add(a).add(b)
      signals.push({
        kind: 'number',
        severity: 'error',
        message: `Quantities swapped: ${quoted(fromA.text)} and ${quoted(fromB.text)} trade places.`,
        source: {start: fromA.start, end: fromA.end, text: fromA.text},
        // The variant quantity now standing where the source one stood.
        variant: {start: toB.start, end: toB.end, text: toB.text},
      })
    }
  }
  return signals
}
