import type {Signal, TextSpan} from '../../types'
import {quoted} from './signal-text'
import {analyzeSide, forEachSideCueMatch} from './analyze-side'
import {cueScan} from './cue-matches'

/** How sure a marker makes a statement. */
type Modality = 'possibility' | 'probability' | 'attribution' | 'appearance' | 'certainty' | 'schedule'

/** A modality marker found in one side. */
interface Marker extends TextSpan {
  readonly modality: Modality
}

/**
 * Markers by class (possibility includes "risks escalating" and "threatens
 * to"; probability includes "forecast to"; a schedule, "is due to", only
 * cancels an expectation or a plain future on the other side). `may` ↔ `might` ↔ `could` are one class, so swapping them
 * is not a signal; `could not` is inability rather than a hedge and `would`
 * is too often plain reported speech to count. `May` before a day is a month.
 */
export const markerPattern = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ [
    "(?<possibility>\\b(?:may|might|could|possibly|perhaps|maybe|potentially|conceivably)\\b(?!\\s+(?:not|never)\\b|n['’]t|\\s+\\d)|\\brisk(?:s|ed)?\\s+[a-z]+ing\\b|\\bthreaten(?:s|ed)?\\s+to\\b)",
    '(?<probability>\\b(?:likely|unlikely|probably|presumably|expect(?:s|ed|ing)?|forecast\\s+(?:to|for)|predicted\\s+to)\\b)',
    '(?<schedule>\\b(?:(?:is|are|was|were)\\s+(?:due|set|scheduled|poised|slated)\\s+to)\\b)',
    '(?<attribution>\\b(?:allegedly|alleged|reportedly|purportedly|supposedly|ostensibly|apparently|rumou?red|(?:is|are|was|were)(?:\\s+also)?\\s+(?:said|believed|thought|understood|supposed)\\s+to|it\\s+is\\s+said)\\b)',
    '(?<appearance>\\b(?:seems?|seemed|seemingly|appears?\\s+(?:to|that)|appeared\\s+(?:to|that)|look(?:s|ed)?\\s+as\\s+if)\\b)',
    '(?<certainty>\\b(?:will|certainly|definitely|surely|undoubtedly|inevitably|clearly|is\\s+sure\\s+to|is\\s+certain\\s+to|must)\\b)',
  ].join('|'),
  // No `u` flag: the markers are ASCII, and V8 runs this alternation about eight times faster without it.
  'gi',
)

/**
 * Where a match of `markerPattern` can start (`cueScan`): the first word of
 * each marker (`is` of `is said to`, `risk` of `risks escalating`, `it` of
 * `it is said`), whole and lowercase.
 */
export const markerScan = /* @__PURE__ */ cueScan(
  markerPattern,
  [
    'may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially', 'conceivably', 'risk', 'risks', 'risked', 'threaten', 'threatens', 'threatened',
    'likely', 'unlikely', 'probably', 'presumably', 'expect', 'expects', 'expected', 'expecting', 'forecast', 'predicted',
    'is', 'are', 'was', 'were', 'it',
    'allegedly', 'alleged', 'reportedly', 'purportedly', 'supposedly', 'ostensibly', 'apparently', 'rumoured', 'rumored',
    'seem', 'seems', 'seemed', 'seemingly', 'appear', 'appears', 'appeared', 'look', 'looks', 'looked',
    'will', 'certainly', 'definitely', 'surely', 'undoubtedly', 'inevitably', 'clearly', 'must',
  ],
  false,
)

/**
 * The opening of an indirect question that a following possibility modal
 * belongs to ("know where they could find", "asked whether it might"): a
 * verb of knowing, asking or telling, then a question word, with no clause
 * break before the modal. The modal is part of what is asked, so it hedges
 * nothing ("knew where to find" says the same).
 */
const embeddedQuestion = /\b(?:know|knows|knew|known|ask|asks|asked|wonder|wonders|wondered|decide|decides|decided|explain|explains|explained|understand|understands|understood|learn|learns|learned|tell|tells|told|show|shows|showed|shown|discuss|discusses|discussed|unclear|unsure|idea)\s+(?:where|how|what|whether|if|when|why|which)\b[^.,;:!?"“”]{0,60}$/i

/**
 * Find the hedging and certainty markers of one bead side.
 *
 * @param side The bead side.
 * @returns Markers in reading order, spans into the whole document.
 */
export function findModalityMarkers(side: TextSpan): Marker[] {
  const found: Marker[] = []
  // Tried only where a marker can start (`markerScan`): most sentences hold none.
  forEachSideCueMatch(analyzeSide(side), markerScan, (match) => {
    const modality = (Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0] ?? 'certainty') as Modality
    // Capitalized `May` that does not open a sentence is the month.
    if (match[0] === 'May' && match.index > 0 && !/[.!?“"]\s*$/.test(side.text.slice(Math.max(0, match.index - 20), match.index))) return
    // A modal inside an indirect question is asked about, not asserted.
    if (match.groups?.possibility !== undefined && embeddedQuestion.test(side.text.slice(Math.max(0, match.index - 80), match.index))) return
    // Nor is certainty in a question ("Will the rainy season end next week?").
    if (match.groups?.certainty !== undefined && /^[^.!?]*\?/.test(side.text.slice(match.index))) return
    const start = side.start + match.index
    found.push({start, end: start + match[0].length, text: match[0], modality})
  })
  return found
}

/**
 * Phrases of ability, the other reading of a bare `could`, and `can`, which
 * also states a possibility ("the trial may last three years" ↔ "can last").
 * A negated modal (`couldn't`) on the other side leaves the change to the
 * negation detector.
 */
const abilityPattern = /\b(?:able\s+to|managed\s+to|succeeded\s+in|can|cannot|can['’]t|could\s+not|couldn['’]t|may\s+not|might\s+not|mightn['’]t)\b/gi

/** Possibility markers that `can` or a phrase of ability on the other side stands for. */
const possibilityWords = /* @__PURE__ */ new Set(['could', 'may', 'might'])

/** `could` not followed by `have` (a hedge on the past) nor `not` (inability). */
function isBareCould(side: TextSpan, marker: Marker): boolean {
  return marker.text.toLowerCase() === 'could' && !/^\s+(?:have|not)\b/i.test(side.text.slice(marker.end - side.start, marker.end - side.start + 10))
}

/**
 * `markers` (the surplus of one side) less as many `could`, `may` or `might`
 * as `other` has phrases of ability or possibility (`can`, `able to`,
 * `couldn't`) beyond those of `side` itself: a `can` on both sides pairs with
 * itself and renders no modal.
 */
function withoutAbility(markers: readonly Marker[], side: TextSpan, other: TextSpan): Marker[] {
  if (!markers.some((marker) => possibilityWords.has(marker.text.toLowerCase()))) return [...markers]
  let abilities = (other.text.match(abilityPattern)?.length ?? 0) - (side.text.match(abilityPattern)?.length ?? 0)
  if (abilities <= 0) return [...markers]
  return markers.filter((marker) => !(possibilityWords.has(marker.text.toLowerCase()) && abilities-- > 0))
}

/**
 * Words of the other side that carry a dropped or added hedge in another
 * form, so that the hedge is `info`: a modal of obligation, plan or
 * condition (`should`, `is to`, `would`), which renders the same source
 * modal as `is supposed to`, `is expected to` or `could` does (German
 * *soll*, *könnte*, Czech *má*); a possibility said by an adjective or a
 * noun ("possible evacuations" ↔ "evacuations could"); and a source named
 * instead of a hedge of hearsay ("reportedly" ↔ "according to reports",
 * "allegedly" ↔ "suspected").
 */
const hedgeCarrierPattern =
  /\b(?:should|shall|would|ought\s+to|(?:is|are|was|were)\s+to\s+(?!be\s+(?:said|seen)\b)[a-z]+|possible|potential|possibility|possibilities|chance|according\s+to|reports?|claims?|claimed|suspected|suspicion)\b/gi

/** How many hedge carriers (`hedgeCarrierPattern`) a side holds. */
function countCarriers(side: TextSpan): number {
  return side.text.match(hedgeCarrierPattern)?.length ?? 0
}

/** A conditional clause: `if`, `unless`, `in case`. */
const conditionalPattern = /\b(?:if|unless|in\s+case)\b/i

/** A simple past on a side: `was`, `were`, `had`, `did` or a verb in `-ed`. */
const pastTense = /\b(?:was|were|had|did|[a-z]{3,}ed)\b/i

/**
 * A hedge of appearance or probability (`seems`, `probably`, `likely`,
 * `expected`): how sure the writer is of what happened, which translators
 * render or leave to the verb as they see fit. Dropped alone it is `info`:
 * two professional translations drop one as often as machine output with
 * an accuracy error does (docs/real-text.md). A possibility modal (`could
 * cut the risk` → `cuts the risk`) or hearsay (`allegedly`) dropped stays a
 * `warning`.
 */
function isEvidential(marker: Marker): boolean {
  return marker.modality === 'appearance' || marker.modality === 'probability'
}

/** Markers of `side` beyond those of the same class in `other`, by reading order. */
function surplus(side: readonly Marker[], other: readonly Marker[]): Marker[] {
  const counts = new Map<Modality, number>()
  for (const marker of other) counts.set(marker.modality, (counts.get(marker.modality) ?? 0) + 1)
  const extra: Marker[] = []
  for (const marker of side) {
    const left = counts.get(marker.modality) ?? 0
    if (left > 0) counts.set(marker.modality, left - 1)
    else extra.push(marker)
  }
  return extra
}

/**
 * Find hedging or certainty that changed between the two sides of a bead:
 * allegedly, reportedly, could or may dropped or turned into certainty
 * ("could delay" → "will delay"), or a hedge added to a plain statement.
 * Markers are compared by class, so may ↔ might is not a signal; a certainty
 * marker gained or lost without a hedge ("is going to" ↔ "will") is not one
 * either.
 *
 * Severity: a hedge turned into certainty is an `error` (a `warning` when
 * the certainty is `will` and both sides are conditionals); a possibility
 * modal or hearsay dropped a `warning`; a hedge of appearance or probability
 * dropped (`seems`, `probably`) `info`; a hedge added to a plain statement
 * `info` (the variant claims less), unless it is hearsay (`is said to`,
 * `reportedly`: a `warning`); a hedge swapped for one of another class ("apparently"
 * → "probably": still uncertain) `info`. A bare `could` is also the
 * past of `can`: it cancels against a phrase of ability on the other side
 * ("could help" ↔ "was able to help"), and dropped or added beside a past
 * tense ("the fire could be put out" ↔ "the fire was put out") it is only
 * `info`. A hedge dropped or added where the other side has a modal of
 * obligation or plan (`should`, `is to`) or a word of possibility
 * (`possible`, `potential`) that this side lacks is `info` too: one source
 * modal rendered two ways ("should protect" ↔ "is supposed to protect").
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `modality` signals, spans into the whole documents.
 */
export function findModalitySignals(source: TextSpan, variant: TextSpan): Signal[] {
  const sourceMarkers = findModalityMarkers(source)
  const variantMarkers = findModalityMarkers(variant)
  // Markers of one class on both sides pair first; then "could" is also the
  // past of "can": "could share" ↔ "were able to talk" keeps the meaning.
  let lost = withoutAbility(surplus(sourceMarkers, variantMarkers), source, variant)
  let gained = withoutAbility(surplus(variantMarkers, sourceMarkers), variant, source)
  // A schedule ("is due to visit") sits between an expectation and a plain
  // future: it cancels one probability or certainty marker on the other side.
  for (const [from, to] of [[lost, gained], [gained, lost]] as const) {
    for (const schedule of from.filter((m) => m.modality === 'schedule')) {
      const partner = to.find((m) => m.modality === 'probability' || m.modality === 'certainty')
      if (partner !== undefined) {
        lost = lost.filter((m) => m !== schedule && m !== partner)
        gained = gained.filter((m) => m !== schedule && m !== partner)
      }
    }
  }
  lost = lost.filter((m) => m.modality !== 'schedule')
  gained = gained.filter((m) => m.modality !== 'schedule')
  const lostHedges = lost.filter((m) => m.modality !== 'certainty')
  const gainedHedges = gained.filter((m) => m.modality !== 'certainty')
  const gainedCertainty = gained.filter((m) => m.modality === 'certainty')
  const lostCertainty = lost.filter((m) => m.modality === 'certainty')
  const spanOf = ({start, end, text}: Marker): TextSpan => ({start, end, text})
  const signals: Signal[] = []
  // A lost hedge pairs first with a hedge of another class (a swap), then with
  // a certainty marker (turned into certainty); what is left was dropped.
  const swaps = Math.min(lostHedges.length, gainedHedges.length)
  // Carriers on each side that are not themselves matched by a carrier on the other, counted only
  // when a hedge is left to weigh (most beads have none).
  const sourceCarriers = lostHedges.length > swaps || gainedHedges.length > swaps ? countCarriers(source) : 0
  const variantCarriers = lostHedges.length > swaps || gainedHedges.length > swaps ? countCarriers(variant) : 0
  let carriersInVariant = Math.max(0, variantCarriers - sourceCarriers)
  let carriersInSource = Math.max(0, sourceCarriers - variantCarriers)
  for (const [i, hedge] of lostHedges.entries()) {
    const swapped = i < swaps ? gainedHedges[i] : undefined
    const sure = swapped === undefined ? gainedCertainty[i - swaps] : undefined
    if (swapped !== undefined) {
      signals.push({kind: 'modality', severity: 'info', message: `Hedge changed: ${quoted(hedge.text)} (${hedge.modality}) → ${quoted(swapped.text)} (${swapped.modality}).`, source: spanOf(hedge), variant: spanOf(swapped)})
    } else if (sure !== undefined) {
      // In a conditional ("if we fell freely, we might see it" ↔ "…, we will see it") `will` is the plain consequence a translator may choose.
      const conditional = sure.text.toLowerCase() === 'will' && conditionalPattern.test(source.text) && conditionalPattern.test(variant.text)
      signals.push({kind: 'modality', severity: conditional ? 'warning' : 'error', message: `Hedge turned into certainty: ${quoted(hedge.text)} → ${quoted(sure.text)}.`, source: spanOf(hedge), variant: spanOf(sure)})
    } else if (isBareCould(source, hedge) && pastTense.test(variant.text)) {
      signals.push({kind: 'modality', severity: 'info', message: `${quoted(hedge.text)} dropped beside a past tense: past ability or a hedge.`, source: spanOf(hedge)})
    } else if (carriersInVariant-- > 0) {
      signals.push({kind: 'modality', severity: 'info', message: `Hedge ${quoted(hedge.text)} rendered by another modal or a word of possibility.`, source: spanOf(hedge)})
    } else {
      signals.push({kind: 'modality', severity: isEvidential(hedge) ? 'info' : 'warning', message: `Hedge dropped: ${quoted(hedge.text)}; the variant states it as fact.`, source: spanOf(hedge)})
    }
  }
  for (const [i, hedge] of gainedHedges.slice(swaps).entries()) {
    const weakened = lostCertainty[i]
    const pastAbility = weakened === undefined && isBareCould(variant, hedge) && pastTense.test(source.text)
    const carried = weakened === undefined && !pastAbility && carriersInSource-- > 0
    // A hedge added to a plain statement makes the variant claim less, which misleads no reader; hearsay names who vouches for it.
    const added = weakened === undefined && hedge.modality !== 'attribution'
    signals.push({
      kind: 'modality',
      severity: pastAbility || carried || added ? 'info' : 'warning',
      message: pastAbility
        ? `${quoted(hedge.text)} added beside a past tense: past ability or a hedge.`
        : carried
          ? `Hedge ${quoted(hedge.text)} renders another modal or a word of possibility.`
          : weakened === undefined ? `Hedge added: ${quoted(hedge.text)}.` : `Certainty weakened: ${quoted(weakened.text)} → ${quoted(hedge.text)}.`,
      ...(weakened === undefined ? {} : {source: spanOf(weakened)}),
      variant: spanOf(hedge),
    })
  }
  return signals
}
