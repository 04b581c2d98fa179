import type {Side, Signal, TextSpan} from '../../types'
import {analyzeDocuments, type AnalyzedDocuments, documentTable, documentWords, type SignalDocuments} from './signal-documents'
import {type AnalyzedSide, analyzeSide, sideValue, timesOf, tokensOf, tokenTest, type TokenTest, wordsOf} from './analyze-side'
import {isContentWord, quoted, type SignalWord, sideText, stopWords} from './signal-text'
import {cardinalWords, fractionDenominators, impliedCounts, measurementUnits, notNameWords, scaleWords, toBaseUnit, vagueAmounts as vague, vagueSynonyms} from '../../normalize/lexicon/index'
import {lookupTable} from '../../lookup-table'
import {codeFigures, figureValue, fractionsOf, isNumberLike, isOrdinalWord, type Measure, measureOf, ordinalAfterTens, sameMeasure, wordValue} from './number-forms'

/** Words that are no number but imply one (`both`, `hat` of `hat trick`) or divide a scale (`half a million`). */
const countingWords: ReadonlySet<string> = /* @__PURE__ */ new Set([...Object.keys(impliedCounts), ...Object.keys(fractionDenominators), 'hat'])

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
  /** True for a figure that is part of a name (`Hannover 96`, `Apollo 11`): one translator may write the name without it. */
  readonly inName?: boolean
}

/** A quantity of `side` from `start` to `end`, written as one object literal (see `sideText`). */
function quantityAt(side: TextSpan, start: number, end: number, value: string, qualifier: Quantity['qualifier'], weak: boolean): Quantity {
  return {start, end, text: sideText(side, start, end), value, qualifier, weak}
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
  // A copy, so a caller may splice it.
  return [...sideQuantities(side)]
}

/**
 * The quantities of one bead side (`findQuantities`), worked out once per
 * side (the number and omission detectors both read them), for a caller
 * that only reads them.
 *
 * @param side The bead side.
 */
export function sideQuantities(side: TextSpan): readonly Quantity[] {
  return sideValue(analyzeSide(side), 'quantities', quantitiesOf)
}

/** True for a token that may start a quantity: a number, a word that implies or divides one, `No.1`. */
const mayCount: TokenTest = (text) => {
  const lower = text.toLowerCase()
  return isNumberLike(lower) || countingWords.has(lower) || lower.startsWith('no.')
}

function quantitiesOf(side: AnalyzedSide): Quantity[] {
  const analyzed = side
  const words = tokensOf(analyzed)
  const candidate = tokenTest(analyzed, mayCount)
  const timeSpans = timesOf(analyzed)
  const inTime = (start: number): boolean => timeSpans.some((t) => start >= t.start && start < t.end)
  const found: Quantity[] = []
  let i = 0
  while (i < words.length) {
    // Most words are plainly not numbers, nor words that imply or divide one: skip them at once.
    if (!candidate(i)) {
      i++
      continue
    }
    const word = words[i] as TextSpan
    const lower = word.text.toLowerCase()
    // `No.1` written as one word counts as `No. 1` and `number 1` do.
    const numbered = /^no\.(\d+)$/.exec(lower)
    if (numbered !== null) {
      found.push(quantityAt(side, word.start + 3, word.end, String(Number(numbered[1])), '', false))
      i++
      continue
    }
    // `both` implies two ("both crew members" ↔ "the two crew members"), and a
    // count of times one ("scored twice" ↔ "scored two goals").
    const hatTrick = lower === 'hat' && /^[\s-]trick\b/i.test(side.text.slice(word.end - side.start, word.end - side.start + 6))
    const implied = hatTrick ? 3 : impliedCounts[lower]
    if (implied !== undefined) {
      found.push({start: word.start, end: word.end, text: sideText(side, word.start, word.end), value: String(implied), qualifier: '', weak: true, implied: true})
      i++
      continue
    }
    // A fraction of a scale: `half a million`, `a quarter of a million`, `a third of a billion`.
    const ofScale = Object.hasOwn(fractionDenominators, lower) ? /^\s+(?:of\s+)?an?\s+(dozen|hundred|thousand|million|billion)\b/i.exec(side.text.slice(word.end - side.start, word.end - side.start + 20)) : null
    if (ofScale !== null && (lower === 'half' || /\b(?:a|one)\s+$/i.test(side.text.slice(Math.max(0, word.start - side.start - 4), word.start - side.start)))) {
      const scale = scaleWords[(ofScale[1] as string).toLowerCase()] as number
      const end = word.end + ofScale[0].length
      found.push(quantityAt(side, word.start, end, String(Number((scale / (fractionDenominators[lower] as number)).toPrecision(12))), '', false))
      while (i < words.length && (words[i] as TextSpan).start < end) i++
      continue
    }
    // Most words are plainly not numbers: skip the patterns for them.
    if (!isNumberLike(lower)) {
      i++
      continue
    }
    // A score or range written as one word (`52-48`, `10–12`) holds two quantities.
    // Groups of three digits set off by spaces, as Czech, French and German print thousands (`40 000`, `1 250 000`).
    const spaced = /^\d{1,3}$/.test(word.text) ? /^(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d]|[.,]\d)/.exec(side.text.slice(word.start - side.start, word.start - side.start + 40)) : null
    if (spaced !== null) {
      const end = word.start + spaced[0].length
      const before = side.text.slice(Math.max(0, word.start - side.start - 24), word.start - side.start)
      found.push(quantityAt(side, word.start, end, String(Number(spaced[0].replace(/\D/g, ''))), qualifiers.find(([pattern]) => pattern.test(before))?.[1] ?? '', false))
      while (i < words.length && (words[i] as TextSpan).start < end) i++
      continue
    }
    // A score in words (`three-nil`, `two-one`): two quantities, not one (`twenty-five` is one).
    const wordScore = /^([a-z]+)-([a-z]+)$/.exec(lower)
    const [home, away] = wordScore === null ? [] : [cardinalWords[wordScore[1] as string], cardinalWords[wordScore[2] as string]]
    if (wordScore !== null && home !== undefined && away !== undefined && home <= 10 && away <= 10 && (home === 0 || away === 0 || home >= away)) {
      const first = wordScore[1] as string
      found.push(quantityAt(side, word.start, word.start + first.length, String(home), '', false))
      found.push(quantityAt(side, word.start + first.length + 1, word.end, String(away), '', false))
      i++
      continue
    }
    // `0-to-100` is the range `0-100`.
    const dashed = /^(\d[\d,]*(?:\.\d+)?)([-–]|-to-)(\d[\d,]*(?:\.\d+)?)$/.exec(word.text)
    const range = dashed ?? scoreAt(side, word)
    if (range !== null && !inTime(word.start)) {
      const first = range[1] as string
      const second = range[3] as string
      const secondStart = word.start + first.length + (range[2] as string).length
      found.push(quantityAt(side, word.start, word.start + first.length, String(figureValue(first) ?? Number(first.replace(/,/g, ''))), '', false))
      found.push(quantityAt(side, secondStart, secondStart + second.length, String(figureValue(second) ?? Number(second.replace(/,/g, ''))), '', false))
      // A dashed range is one token; a colon score two (`1`, `2`).
      i += dashed !== null ? 1 : 2
      continue
    }
    // A figure glued to its unit (`200g`, `80mm`, `10m`): the figure, in that unit.
    const glued = gluedMeasure(side, word, lower)
    if (glued !== undefined && !inTime(word.start)) {
      found.push({start: word.start, end: word.end, text: sideText(side, word.start, word.end), value: String(glued.value), qualifier: '', weak: false, measure: glued.measure})
      i++
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
    // "several dozen" is as vague as "dozens", "a few thousand" as "thousands".
    const severalOf = vague.has(`${lower}s`) && /\b(?:several|few|some|many|couple(?:\s+of)?)\s+$/i.test(side.text.slice(Math.max(0, word.start - side.start - 15), word.start - side.start))
    const vagueWord = severalOf ? `${lower}s` : vague.has(lower) ? lower : undefined
    // A figure glued to a clock time (10:30, 1:25) or a version (2.0.1) is not a quantity,
    // nor the number of a road or line (`A 81`), nor the short second year of a season (`2017/18`).
    const after = side.text.slice(word.end - side.start, word.end - side.start + 2)
    const justBefore = side.text.slice(Math.max(0, word.start - side.start - 5), word.start - side.start)
    // Nor the first hour of a span of time ("from 1 to 3 pm", "between 10 and 12 o'clock").
    const hourSpan = value !== undefined && value <= 24 && /^\s*(?:-|–|to|and|until|till)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b|hrs\b|o['’]clock)/i.test(side.text.slice(word.end - side.start, word.end - side.start + 24))
    if (hourSpan || /^[:.]\d/.test(after) || /\d[:.]$/.test(justBefore) || /\bthe \p{Lu} $/iu.test(side.text.slice(Math.max(0, word.start - side.start - 7), word.start - side.start)) || /\d{4}\/$/.test(justBefore)) {
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
        // `twenty first`: an ordinal unit after a tens word ends the quantity.
        const tensOrdinal = ordinalAfterTens(last, nextLower)
        const nextValue = tensOrdinal === undefined ? wordValue(nextLower) : tensOrdinal - (cardinalWords[last] as number)
        if (nextValue === undefined || /\d/.test(nextLower) || /\d/.test(last)) break
        current += nextValue
        if (tensOrdinal !== undefined) {
          end = next.end
          j++
          break
        }
      }
      end = next.end
      last = nextLower
      j++
    }
    // A fraction after a figure: `2 1/2 million` is 2.5 million, `one and a half million` 1.5 million.
    const fraction = value !== undefined && j === i + 1 ? /^ (\d{1,2})\/(\d{1,2})\b|^ and a (half)\b/.exec(side.text.slice(end - side.start)) : null
    if (fraction !== null && (fraction[3] !== undefined ? !Object.hasOwn(scaleWords, lower) : Number(fraction[1]) < Number(fraction[2]))) {
      current += fraction[3] !== undefined ? 0.5 : Number(fraction[1]) / Number(fraction[2])
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
    // `a million and a half` is 1.5 million.
    const lastLower = (words[j - 1] as TextSpan).text.toLowerCase()
    const halfScale = (scaleWords[lastLower] ?? 0) >= 1000 && lastLower.length > 2 ? /^ and a half\b/.exec(side.text.slice(end - side.start)) : null
    if (halfScale !== null) {
      total += (scaleWords[lastLower] as number) / 2
      end += halfScale[0].length
      while (j < words.length && (words[j] as TextSpan).start < end) j++
    }
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
      start: word.start,
      end,
      text: sideText(side, word.start, end),
      value: vagueWord !== undefined ? `~${vagueSynonyms.get(vagueWord) ?? vagueWord}` : String(Number(total.toPrecision(12))),
      qualifier,
      // `1st` is as weak as `first`, which is never read as a quantity ("at first"), and so is
      // a figure and a dot before a name, a German or Czech ordinal ("1. FC Köln", "2. Bundesliga").
      weak: !aFraction && (lower === 'one' || lower === '1st' || isOrdinalWord(lower) || isDottedOrdinal(side, word)) && j === i + 1,
      ...(measure === undefined ? {} : {measure}),
      ...(vagueWord === undefined && measure === undefined && qualifier === '' && isInName(side, word) ? {inName: true} : {}),
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
 * Neither are a dotted clock (`15.30` ↔ `3:30 pm`) or date (`15.6.` ↔ `June
 * 15`), a share as a percentage and a fraction (`50 percent` ↔ `half`), a
 * figure inside a code (`G7` ↔ `Group of Seven`), an o'clock hour, a
 * duration the other side names without a figure (`24 hours` ↔ `a day`) or
 * a vague amount and a figure in its range (`hundreds` ↔ `some 300`). A
 * figure dropped or added is only `info` when it restates another in
 * brackets (`$27 million (about 2.9 billion yen)`), belongs to a name
 * (`Hannover 96`), is a score the other side names in words (`the
 * winner`), repeats a figure both sides give in the bead (one side says
 * it once more), or, with `documents`, is given elsewhere in the other text.
 * A figure added is also `info` when it is a small whole count (under 13:
 * `three cases`, `the two teams`), which the source's words often imply
 * (a plural, `both`, `the pair`); machine output with an accuracy error adds
 * one no more often than error-free output does (docs/real-text.md).
 *
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @param documents The whole source and variant texts the spans point into, when known.
 * @returns `number` signals, spans into the whole documents.
 */
export function findNumberSignals(source: TextSpan, variant: TextSpan, documents?: SignalDocuments): Signal[] {
  const sourceQuantities = sideQuantities(source)
  const variantQuantities = sideQuantities(variant)
  // Most beads give no figure on either side: nothing to pair, drop or add.
  if (sourceQuantities.length === 0 && variantQuantities.length === 0) return []
  const restVariant = [...variantQuantities]
  const restSource: Quantity[] = []
  const signals: Signal[] = []
  const spanOf = ({start, end, text}: Quantity): TextSpan => ({start, end, text})
  const kept: Array<readonly [Quantity, Quantity]> = []
  // Source words implying a count (`both`, `twice`) that meet no equal figure: a count added then changes one.
  let impliedLeft = 0
  for (const quantity of sourceQuantities) {
    // A figure meets a figure before a word that only implies one (`both`).
    let at = restVariant.findIndex((other) => other.value === quantity.value && other.implied !== true)
    if (at === -1) at = restVariant.findIndex((other) => other.value === quantity.value)
    if (at === -1) {
      if (quantity.implied !== true) restSource.push(quantity)
      else impliedLeft++
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
  // Each side's time figures only when the other side has a figure left to look up.
  const variantTimeFigures = restSource.length === 0 ? undefined : timeFigures(variant)
  const sourceTimeFigures = restVariant.length === 0 ? undefined : timeFigures(source)
  for (let k = restSource.length - 1; k >= 0; k--) if (variantTimeFigures!.has((restSource[k] as Quantity).value)) restSource.splice(k, 1)
  for (let k = restVariant.length - 1; k >= 0; k--) {
    const other = restVariant[k] as Quantity
    if (other.implied === true || sourceTimeFigures!.has(other.value)) restVariant.splice(k, 1)
  }
  // The same figure in another form: a clock time written with a dot
  // ("15.30" ↔ "3:30 pm"), a share as a percentage and as a fraction
  // ("50 percent" ↔ "half"), a figure inside a code or a name ("G7" ↔ "Group of Seven").
  for (const [rest, otherRest, own, other] of [[restSource, restVariant, source, variant], [restVariant, restSource, variant, source]] as const) {
    // Most beads keep every figure: nothing to look up then.
    if (rest.length === 0) continue
    const otherClocks = clockKeys(other)
    const otherFractions = fractionsOf(other.text)
    const otherCodes = codeFigures(other.text)
    for (let k = rest.length - 1; k >= 0; k--) {
      const quantity = rest[k] as Quantity
      if (isDottedClock(quantity.text, otherClocks) || otherCodes.has(quantity.value)) {
        rest.splice(k, 1)
        continue
      }
      if (!isPercentage(own, quantity)) continue
      const share = Number(quantity.value) / 100
      const spelled = otherFractions.find((fraction) => Math.abs(fraction.share - share) <= shareTolerance)
      if (spelled === undefined) continue
      rest.splice(k, 1)
      // The figures the fraction is written with ("one in five", "a third") go with it.
      for (let m = otherRest.length - 1; m >= 0; m--) {
        const at = (otherRest[m] as Quantity).start - other.start
        if (at >= spelled.start && at < spelled.end) otherRest.splice(m, 1)
      }
    }
  }
  // A day and month written with dots ("on 15.6.", the German and Czech form) that the other side writes as a date.
  for (const [rest, other] of [[restSource, variant], [restVariant, source]] as const) {
    if (rest.length === 0) continue
    const dates = new Set(timesOf(analyzeSide(other)).flatMap((time) => time.keys.filter((key) => key.startsWith('date:'))))
    if (dates.size === 0) continue
    for (let k = rest.length - 1; k >= 0; k--) {
      const dotted = /^(\d{1,2})\.(\d{1,2})$/.exec((rest[k] as Quantity).text)
      if (dotted !== null && dates.has(`date:${Number(dotted[2])}-${Number(dotted[1])}`)) rest.splice(k, 1)
    }
  }
  dropClockHours(restSource, source, restVariant)
  dropClockHours(restVariant, variant, restSource)
  // A duration on one side that the other names without a figure ("in 24 hours" ↔ "a day").
  for (const [rest, other] of [[restSource, variant], [restVariant, source]] as const) {
    if (!rest.some((quantity) => quantity.measure !== undefined)) continue
    const periods = periodsOf(other.text)
    if (periods.length === 0) continue
    for (let k = rest.length - 1; k >= 0; k--) {
      const measure = (rest[k] as Quantity).measure
      if (measure !== undefined && periods.some((period) => sameMeasure(measure, period))) rest.splice(k, 1)
    }
  }
  // A vague amount on one side and a figure of its size on the other ("hundreds" ↔ "some 300") is one amount told more or less exactly.
  for (const [rest, otherRest] of [[restSource, restVariant], [restVariant, restSource]] as const) {
    for (let k = rest.length - 1; k >= 0; k--) {
      const range = vagueRanges[(rest[k] as Quantity).value]
      if (range === undefined) continue
      const at = otherRest.findIndex((q) => !isVague(q) && Number(q.value) >= range[0] && Number(q.value) < range[1])
      if (at === -1) continue
      otherRest.splice(at, 1)
      rest.splice(k, 1)
    }
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
  // A figure in brackets restating a kept figure ("$27 million (about 2.9 billion yen)"): info.
  const keptSource = new Set(kept.map(([from]) => from))
  const keptVariant = new Set(kept.map(([, to]) => to))
  for (const [rest, side, keptHere, verb] of [[restSource, source, keptSource, 'dropped'], [restVariant, variant, keptVariant, 'added']] as const) {
    for (let k = rest.length - 1; k >= 0; k--) {
      const quantity = rest[k] as Quantity
      if (quantity.weak || !inRestatement(side, quantity, keptHere)) continue
      rest.splice(k, 1)
      signals.push({kind: 'number', severity: 'info', message: `Restated figure ${verb}: ${quoted(quantity.text)}.`, ...(verb === 'dropped' ? {source: spanOf(quantity)} : {variant: spanOf(quantity)})})
    }
  }
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
  // A distinctive figure the other whole text gives elsewhere moved to another sentence there: info.
  const wrapped = documents === undefined ? undefined : analyzeDocuments(documents)
  const givenElsewhere = (quantity: Quantity, side: Side): boolean => wrapped !== undefined && isDistinctive(quantity) && documentValues(wrapped, side).has(quantity.value)
  // Weak evidence of a lost fact: a figure of a name, a score the other side names in words, or
  // a figure the other side also gives in this bead, matched with one here ("the Core 4, the 4
  // players" ↔ "the core four"; "11 each in Seoul and Gyeonggi" ↔ "11 in Seoul and 11 in Gyeonggi"):
  // one translator says it once more.
  const minor = (quantity: Quantity, own: TextSpan, other: TextSpan): boolean =>
    quantity.inName === true || kept.some(([from]) => from.value === quantity.value) || (isScorePart(own, quantity) && scoreWords.test(other.text))
  for (const quantity of restSource) {
    const other = pairs.get(quantity)
    if (other !== undefined) {
      signals.push({kind: 'number', severity: 'error', message: `Quantity changed: ${quoted(quantity.text)} → ${quoted(other.text)}.`, source: spanOf(quantity), variant: spanOf(other)})
    } else if (!quantity.weak) {
      const elsewhere = givenElsewhere(quantity, 'variant')
      signals.push({kind: 'number', severity: isVague(quantity) || elsewhere || minor(quantity, source, variant) ? 'info' : 'warning', message: elsewhere ? `Quantity dropped here, given elsewhere in the variant: ${quoted(quantity.text)}.` : `Quantity dropped: ${quoted(quantity.text)}.`, source: spanOf(quantity)})
    }
  }
  for (const other of leftVariant) {
    if (other.weak) continue
    const elsewhere = givenElsewhere(other, 'source')
    // A small count added (`six days before`, `three cases`, `the two teams`) is as
    // often implied by the source's words (a plural, `both`, `the pair`) as it is new.
    const smallCount = !isDistinctive(other) && impliedLeft === 0
    signals.push({kind: 'number', severity: isVague(other) || elsewhere || smallCount || minor(other, variant, source) ? 'info' : 'warning', message: elsewhere ? `Quantity added here, given elsewhere in the source: ${quoted(other.text)}.` : `Quantity added: ${quoted(other.text)}.`, variant: spanOf(other)})
  }
  return signals
}

/** How far a percentage may be from a fraction and still give it: `two thirds` ↔ `67%`, `a third` ↔ `33 percent`. */
const shareTolerance = 0.025

/** The clock times of a side as `time:H:MM` keys (24-hour). */
function clockKeys(side: TextSpan): Set<string> {
  return new Set(timesOf(analyzeSide(side)).flatMap((time) => time.keys.filter((key) => key.startsWith('time:'))))
}

/**
 * True when a figure is a clock time written with a dot or a comma
 * (`15.30`, `3.30`, the usual form in German and Czech) that the other side
 * writes as a clock (`3:30 pm`, `15:30`), read in 24 or 12 hours.
 */
function isDottedClock(text: string, otherClocks: ReadonlySet<string>): boolean {
  const clock = /^([01]?\d|2[0-3])[.,]([0-5]\d)$/.exec(text)
  if (clock === null || otherClocks.size === 0) return false
  const hour = Number(clock[1])
  return otherClocks.has(`time:${hour}:${clock[2]}`) || (hour < 12 && otherClocks.has(`time:${hour + 12}:${clock[2]}`))
}

/** True when a percent sign or word follows the quantity (`50%`, `50 percent`, `50 per cent`). */
function isPercentage(side: TextSpan, quantity: Quantity): boolean {
  return /^\s?(?:%|percent\b|per\s?cent\b|pct\b)/i.test(side.text.slice(quantity.end - side.start, quantity.end - side.start + 10))
}

/**
 * A figure written together with its unit symbol (`200g`, `80mm`, `500ml`,
 * `10m`), read as the figure and its measure. `10m` after a currency sign
 * or before a currency word is 10 million (`$10m`), which `wordValue` reads.
 */
function gluedMeasure(side: TextSpan, word: TextSpan, lower: string): {value: number; measure: Measure} | undefined {
  const parts = /^(\d[\d,]*(?:\.\d+)?)([a-z°][a-z°/]*)$/.exec(lower)
  if (parts === null) return undefined
  const unitWord = parts[2] as string
  const unit = measurementUnits[unitWord]
  const value = figureValue(parts[1] as string)
  if (unit === undefined || value === undefined) return undefined
  if (Object.hasOwn(scaleWords, unitWord)) {
    const at = word.start - side.start
    const money = /[$£€¥]\s?$|\b(?:usd|eur|gbp|czk|chf|jpy|kč)\s?$/i.test(side.text.slice(Math.max(0, at - 5), at)) || /^\s+(?:dollars?|euros?|pounds?|crowns?|yen|francs?|usd|eur|czk)\b/i.test(side.text.slice(word.end - side.start, word.end - side.start + 10))
    if (money) return undefined
  }
  return {value, measure: {dimension: unit.dimension, base: toBaseUnit(value, unit)}}
}

/**
 * A quantity followed by `o'clock` is an hour of the day, not an amount: it
 * is left out, with the figure the other side gives for the same hour on a
 * 12- or 24-hour clock ("three o'clock" ↔ "at 15", "nine o'clock in the
 * evening" ↔ "21").
 */
function dropClockHours(rest: Quantity[], own: TextSpan, otherRest: Quantity[]): void {
  for (let k = rest.length - 1; k >= 0; k--) {
    const quantity = rest[k] as Quantity
    if (!/^\s*o['’]clock\b/i.test(own.text.slice(quantity.end - own.start, quantity.end - own.start + 10))) continue
    const hour = Number(quantity.value)
    const at = otherRest.findIndex((q) => Number(q.value) === hour || Number(q.value) === hour + 12)
    if (at !== -1) otherRest.splice(at, 1)
    rest.splice(k, 1)
  }
}

/** A period named without a figure on the other side: "a day", "per year", "the past week", "daily". */
const periodPattern = /\b(?:(?:a|an|one|per|each|every|single|whole|entire|past|last|previous|next|coming|following)\s+(day|week|fortnight|month|year|hour)|(daily|weekly|monthly|yearly|annually|hourly))\b/gi

/** The periods a side names without a figure (`periodPattern`), as measures. */
function periodsOf(text: string): Measure[] {
  const adverbs: Readonly<Record<string, string>> = {daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', hourly: 'hour'}
  const found: Measure[] = []
  periodPattern.lastIndex = 0
  for (let match = periodPattern.exec(text); match !== null; match = periodPattern.exec(text)) {
    const word = (match[1] ?? adverbs[(match[2] ?? '').toLowerCase()] ?? '').toLowerCase()
    const unit = measurementUnits[word]
    if (unit !== undefined) found.push({dimension: unit.dimension, base: toBaseUnit(1, unit)})
  }
  return found
}

/**
 * A figure in brackets right after another figure that both sides keep, or
 * right after a date, restates it in another unit, currency or calendar ("$426 million
 * (about 45.6 billion yen)", "1895 (Meiji 28)", "the 22nd (23rd, Japan
 * time)"): dropped or added, it loses no fact of the text.
 */
function inRestatement(side: TextSpan, quantity: Quantity, kept: ReadonlySet<Quantity>): boolean {
  const at = quantity.start - side.start
  const bracket = side.text.lastIndexOf('(', at)
  if (bracket === -1 || at - bracket > 25 || side.text.slice(bracket, at).includes(')')) return false
  const ends = [...[...kept].map((other) => other.end), ...timesOf(analyzeSide(side)).map((time) => time.end)]
  return ends.some((end) => end <= side.start + bracket && side.start + bracket - end <= 20)
}

/** True for a single digit followed by a dot and a capitalized word that is no function word: a German or Czech ordinal (`1. FC`, `2. Liga`). */
function isDottedOrdinal(side: TextSpan, word: TextSpan): boolean {
  if (!/^\d$/.test(word.text)) return false
  const next = /^\.\s+(\p{Lu}[\p{L}]*)/u.exec(side.text.slice(word.end - side.start, word.end - side.start + 24))
  return next !== null && !stopWords.has((next[1] as string).toLowerCase())
}

/**
 * True for a figure right after a capitalized word that is neither a month,
 * a title nor a function word: the number of a name (`Hannover 96`,
 * `Schalke 04`, `Apollo 11`, `Article 5`).
 */
function isInName(side: TextSpan, word: TextSpan): boolean {
  if (!/^\d{1,4}$/.test(word.text)) return false
  const previous = /(\p{Lu}[\p{L}'’]*)\s$/u.exec(side.text.slice(Math.max(0, word.start - side.start - 30), word.start - side.start))
  if (previous === null) return false
  const lower = (previous[1] as string).toLowerCase()
  return !stopWords.has(lower) && !notNameWords.has(lower) && !Object.hasOwn(measurementUnits, lower)
}

/** True for a part of a score (`1`, `0` of `1:0` or `2-1`). */
function isScorePart(side: TextSpan, quantity: Quantity): boolean {
  return /^[-–:]\d/.test(side.text.slice(quantity.end - side.start, quantity.end - side.start + 2)) || /\d[-–:]$/.test(side.text.slice(Math.max(0, quantity.start - side.start - 2), quantity.start - side.start))
}

/** Words by which a match report names a score without giving it ("the opening goal", "the equaliser", "took the lead"). */
const scoreWords = /\b(?:goals?|lead|equali[sz]\w*|opener|opening|scoring|winner|header|scored)\b/i

/** True for a figure too particular to meet by chance elsewhere in a text: 13 or more, or a fraction (`2.5`, `0.75`). */
function isDistinctive(quantity: Quantity): boolean {
  const value = Number(quantity.value)
  return !isVague(quantity) && (value >= 13 || !Number.isInteger(value))
}

/** The values of every quantity of one whole document, worked out once per comparison. */
function documentValues(documents: AnalyzedDocuments, side: Side): ReadonlySet<string> {
  return documentTable(documents, 'number-values', side, (text) => new Set(quantitiesOf(analyzeSide({start: 0, end: text.length, text}, documentWords(documents, side))).map((quantity) => quantity.value)))
}

/** The figures a vague amount may stand for: "dozens" 12 to 99, "hundreds" 100 to 999, and so on. */
const vagueRanges: Readonly<Record<string, readonly [number, number]>> = /* @__PURE__ */ lookupTable({
  '~tens': [10, 100], '~dozens': [12, 100], '~hundreds': [100, 1000], '~thousands': [1000, 1e6], '~millions': [1e6, 1e9], '~billions': [1e9, 1e12],
})

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
