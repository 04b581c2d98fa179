import type {Side, Signal, TextSpan} from '../../types'
import {analyzeDocuments, type SignalDocuments} from './signal-documents'
import {analyzeSide, timesOf} from './analyze-side'
import {quoted} from './signal-text'
import {codeFigures, fractionsOf, sameMeasure} from './number-forms'
import {type Quantity, sideQuantities} from './find-quantities'
import {clockKeys, dropClockHours, isDottedClock, isPercentage, periodsOf, shareTolerance, vagueRanges} from './quantity-equivalents'
import {documentValues, inRestatement, isDistinctive, isScorePart, isVague, scoreWords} from './quantity-severity'
import {findSwappedQuantities} from './find-swapped-quantities'

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
