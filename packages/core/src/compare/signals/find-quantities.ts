import type {TextSpan} from '../../types'
import {type AnalyzedSide, analyzeSide, sideValue, timesOf, tokensOf, tokenTest, type TokenTest} from './analyze-side'
import {sideText} from './signal-text'
import {cardinalWords, fractionDenominators, impliedCounts, scaleWords, vagueAmounts as vague, vagueSynonyms} from '../../normalize/lexicon/index'
import {figureValue, isNumberLike, isOrdinalWord, type Measure, measureOf, ordinalAfterTens, wordValue} from './number-forms'
import {gluedMeasure, isDottedOrdinal, isInName, qualifiers, scoreAt} from './quantity-context'

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

/**
 * The quantities of one analysed side, in reading order (`findQuantities`
 * reads them through the side's cache; the whole-document figures of
 * `documentValues` call it directly).
 *
 * @param side The analysed side.
 */
export function quantitiesOf(side: AnalyzedSide): Quantity[] {
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
