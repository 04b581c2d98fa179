import type {Signal, TextSpan} from '../../types'
import {indexNames, nameKey, nameTokens, type NameIndex, phraseTokens} from './name-variants'
import {mayHoldPhraseAlias} from './name-keys'
import {type AnalyzedSide, analyzeSide, keysOf, sharedKeyIds, wordsOf} from './analyze-side'
import {isContentWord, opensSentence, quoted, type SideKeys, type SignalWord, sliceSide} from './signal-text'
import {isNumberLike, wordValue} from './number-forms'
import {findQuantities} from './find-number-signals'
import {isTitleCase} from './find-entity-signals'
import {fractionDenominators, negationCuePattern, notNameWords, scaleWords} from '../../normalize/lexicon/index'
import type {SignalDocuments} from './signal-documents'

/** Options of the omission/addition detector. */
export interface OmissionOptions {
  /** Fewest content words in a run for it to count as a dropped or added clause. @default 3 */
  readonly minRunWords?: number
}

/** Default options of `findOmissionSignals`. */
export const defaultOmissionOptions = {minRunWords: 3} as const satisfies Required<OmissionOptions>

const prefixOf = (word: SignalWord): string | undefined => (word.key.length >= 5 ? word.key.slice(0, 5) : undefined)
const isCapitalized = (word: SignalWord): boolean => /^\p{Lu}/u.test(word.text)

/** The first word of each key on the other side not taken yet (an index plus one), by key id; all 0 between calls. */
let heads = new Int32Array(1024)

/** The other side's words by their 5-letter start (`prefixOf`), in reading order. */
function prefixIndex(words: readonly SignalWord[]): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>()
  for (let k = 0; k < words.length; k++) {
    const prefix = prefixOf(words[k] as SignalWord)
    if (prefix === undefined) continue
    const list = byPrefix.get(prefix)
    if (list === undefined) byPrefix.set(prefix, [k])
    else list.push(k)
  }
  return byPrefix
}

/**
 * For each content word of `side`, whether some content word of `other` is the
 * same word in another form, each word of `other` used once: equal stems
 * first, then a shared 5-letter start (`retaliation`, `retaliatory`), then,
 * for capitalized words, a spelling variant of a name on the other side.
 */
function matchWords(side: readonly SignalWord[], sideKeys: readonly number[], other: readonly SignalWord[], otherKeys: readonly number[], otherAll: readonly SignalWord[], keyCount: number): boolean[] {
  const used = new Uint8Array(other.length)
  const matched: boolean[] = side.map(() => false)
  // Equal keys: the other side's words of each key as a list in reading order, taken from the front
  // (`heads` by key id, `next` by word, each an index plus one, 0 for none).
  if (keyCount > heads.length) heads = new Int32Array(Math.max(keyCount, heads.length * 2))
  const next = new Int32Array(other.length)
  for (let k = other.length - 1; k >= 0; k--) {
    const key = otherKeys[k]!
    next[k] = heads[key]!
    heads[key] = k + 1
  }
  for (let i = 0; i < side.length; i++) {
    const key = sideKeys[i]!
    const head = heads[key]!
    if (head === 0) continue
    used[head - 1] = 1
    heads[key] = next[head - 1]!
    matched[i] = true
  }
  for (const key of otherKeys) heads[key] = 0
  // A shared 5-letter start, among the other side's words left.
  let byPrefix: Map<string, number[]> | undefined
  for (let i = 0; i < side.length; i++) {
    const prefix = prefixOf(side[i] as SignalWord)
    if (matched[i] || prefix === undefined) continue
    byPrefix ??= prefixIndex(other)
    const free = byPrefix.get(prefix)?.find((k) => used[k] === 0)
    if (free === undefined) continue
    used[free] = 1
    matched[i] = true
  }
  // Multi-word names the other side writes in another form (United States ↔ US).
  const phrases = mayHoldPhraseAlias(side) ? phraseTokens(side.map((w) => w.text)) : []
  // The other side's keys are worked out only when this side has a phrase to look for.
  const otherPhraseKeys = phrases.length === 0 ? undefined : new Set(nameTokens(otherAll.map((w) => w.text)).map((t) => t.key))
  for (const token of phrases) {
    if (!otherPhraseKeys!.has(token.key)) continue
    for (let i = token.first; i <= token.last; i++) matched[i] = true
  }
  // Name variants last, by presence: a spelling of a name on the other side.
  let otherNames: NameIndex | undefined
  for (let i = 0; i < side.length; i++) {
    const word = side[i] as SignalWord
    if (matched[i] || !isCapitalized(word)) continue
    otherNames ??= indexNames(other.filter(isCapitalized).map((candidate) => nameKey(candidate.text)))
    matched[i] = otherNames.has(nameKey(word.text))
  }
  return matched
}

/** The key ids of the content words among a side's packed keys (`SideKeys`). */
function contentKeys(keys: SideKeys): number[] {
  const content: number[] = []
  for (const packed of keys) if ((packed & 1) !== 0) content.push(packed >> 1)
  return content
}

/** True when the run is a capitalized name whose initials the other side writes as an acronym (World Health Organization ↔ WHO). */
function isAcronymOnOtherSide(run: readonly SignalWord[], other: TextSpan): boolean {
  if (!run.every(isCapitalized)) return false
  const initials = run.map((w) => w.text[0]).join('')
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(other.text)
}

/** Acronyms written in capitals, two to eight letters, accents allowed (`ČTK`, `ČSSD`, `NATO`). */
const acronymPattern = /(?<![\p{L}])\p{Lu}{2,8}(?![\p{L}])/gu

/**
 * True when the run's names are most likely an acronym of the other side
 * spelled out in another language: the run holds two or more consecutive
 * capitalized words, and the other side writes an acronym that this side
 * does not (`ČTK` ↔ "Czech Press Agency", `ČSSD` ↔ "Czech Social
 * Democratic Party"). The letters need not match: the acronym abbreviates
 * the name in its own language.
 */
function spellsOutForeignAcronym(side: TextSpan, run: readonly SignalWord[], other: TextSpan): boolean {
  let longest = 0
  let current = 0
  for (const word of run) {
    current = isCapitalized(word) && !/^\p{Lu}{2,}$/u.test(word.text) ? current + 1 : 0
    longest = Math.max(longest, current)
  }
  if (longest < 2) return false
  const own = new Set(side.text.match(acronymPattern) ?? [])
  return (other.text.match(acronymPattern) ?? []).some((acronym) => !own.has(acronym))
}

/**
 * True when the run ends with a name that an acronym in brackets right after
 * it defines, and the other side writes that acronym: "the Czech Press
 * Agency (ČTK)" ↔ "ČTK". The name is kept; only its expansion is new.
 */
function definesKeptAcronym(side: TextSpan, span: TextSpan, other: TextSpan): boolean {
  const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(side.text.slice(span.end - side.start, span.end - side.start + 14))?.[1]
  return acronym !== undefined && new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u').test(other.text)
}

/**
 * Characters of the other text on each side of its part of the bead that
 * count as its neighbouring sentences: two or three sentences of news.
 */
const neighbourhood = 400

/**
 * True when most content words of a run (three at least, and four in five)
 * stand in the other text's neighbouring sentences, outside its part of the
 * bead: a clause one translator moved into the sentence before or after,
 * which the bead shows as dropped here and added there. Only the
 * neighbourhood is split into words, and only for a run about to be a
 * `warning`.
 *
 * @param run The run's content words.
 * @param other The other side of the bead (offsets into `document`).
 * @param document The whole other text.
 */
function inNeighbourSentence(run: readonly SignalWord[], other: TextSpan, document: string): boolean {
  if (run.length < 3 || document.slice(other.start, other.end) !== other.text) return false
  const near = new Set<string>()
  const before = Math.max(0, other.start - neighbourhood)
  const after = Math.min(document.length, other.end + neighbourhood)
  for (const [start, end] of [[before, other.start], [other.end, after]] as const) {
    if (end <= start) continue
    for (const word of wordsOf(analyzeSide({start, end, text: document.slice(start, end)}))) if (isContentWord(word)) near.add(word.key)
  }
  return run.filter((word) => near.has(word.key)).length >= Math.ceil(run.length * 0.8)
}

/**
 * Fewest content words in a dropped or added run for it to count as a
 * clause of its own whatever words it holds; a shorter run is a warning only
 * when it holds a name, a figure or a negation.
 */
const clauseWords = 5

/**
 * How serious a dropped or added run is, from what it carries. A name (a
 * capitalized word that does not open a sentence), a figure or number word,
 * or a negation is a fact a reader loses or gains: `warning`; a name inside
 * an apposition that describes another ("Daily Mirror, a British daily
 * newspaper,") is a descriptor: `info`. So is a clause
 * of `clauseWords` content words or more that the other side makes up for
 * with none of its own unmatched words. Anything else, a few content words
 * that two translators render differently ("present at the place" ↔ "in
 * the square"), is `info`.
 */
function runSeverity(side: TextSpan, run: readonly SignalWord[], span: TextSpan, excess: number, other: TextSpan): 'warning' | 'info' {
  // Weekdays, months and titles are capitalized without naming anyone (a time dropped is the temporal signal's, and `info`).
  // Nor do capitals in a headline written in title case, or a name kept in the letters of the source language.
  const titleCase = isTitleCase(wordsOf(analyzeSide(side)), side.text)
  const named = !titleCase && run.some((word) => isCapitalized(word) && !opensSentence(side, word.start) && !notNameWords.has(word.lower) && !/[^\x00-\x7f]/.test(word.text))
  const expansion = named && definesKeptAcronym(side, span, other)
  if (named && !isApposition(side, span) && !spellsOutForeignAcronym(side, run, other) && !expansion) return 'warning'
  const figure = run.some((word) => /\d/.test(word.text) || (isNumberLike(word.lower) && wordValue(word.lower) !== undefined))
  // A negation counts when the other side has fewer ("do not require" ↔ "don't have to" keeps it).
  // `search` leaves the shared global pattern's `lastIndex` alone.
  const negated = span.text.search(negationCuePattern) !== -1 && countNegations(other.text) < countNegations(side.text)
  if (figure || negated) return 'warning'
  if (isApposition(side, span)) return 'info'
  // The words of a kept acronym's expansion are a name, not words of a clause.
  const clause = expansion ? run.filter((word) => !isCapitalized(word)).length : run.length
  return clause >= clauseWords && excess >= run.length ? 'warning' : 'info'
}

/** How many negation cues a text holds. */
function countNegations(text: string): number {
  // `match` with a global pattern restarts from 0 and leaves `lastIndex` at 0.
  return text.match(negationCuePattern)?.length ?? 0
}

/**
 * For each word, whether it lies inside a quantity whose value the other side
 * also gives, in whatever form ("seven thousand" ↔ "7,000", "ten" ↔ "10%").
 */
function inSharedQuantity(words: readonly SignalWord[], side: TextSpan, other: TextSpan): boolean[] {
  const quantities = findQuantities(side)
  if (quantities.length === 0) return words.map(() => false)
  const otherValues = new Set(findQuantities(other).map((q) => q.value))
  const shared = quantities.filter((q) => otherValues.has(q.value))
  return words.map((word) => shared.some((q) => word.start >= q.start && word.end <= q.end))
}

/**
 * True when a run is an apposition that describes a name: set off by commas
 * or brackets right after a capitalized word ("the Daily Mirror, a British
 * daily newspaper, said"). A translator adds or drops such a descriptor to
 * help a reader; the facts of the sentence stay.
 */
function isApposition(side: TextSpan, span: TextSpan): boolean {
  const before = side.text.slice(Math.max(0, span.start - side.start - 40), span.start - side.start)
  const after = side.text.slice(span.end - side.start, span.end - side.start + 3)
  return /\p{Lu}[\p{L}.’'-]*\s*[,(]\s*(?:(?:a|an|the)\s+)?$/u.test(before) && /^\s*[,)]/.test(after)
}

/** Maximal runs of unmatched content words not interrupted by a matched one or a sentence end. */
function unmatchedRuns(side: TextSpan, words: readonly SignalWord[], matched: readonly boolean[]): SignalWord[][] {
  const runs: SignalWord[][] = []
  let run: SignalWord[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as SignalWord
    const previous = run[run.length - 1]
    const gap = previous === undefined ? '' : side.text.slice(previous.end - side.start, word.start - side.start)
    if (matched[i] === true || /[.!?]/.test(gap)) {
      if (run.length > 0) runs.push(run)
      run = []
    }
    if (matched[i] !== true) run.push(word)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/**
 * Find a clause or qualifier present on one side only: a run of content
 * words with no counterpart on the other side that the other side does not
 * make up for with its own unmatched words at the same length. Rewording
 * ("tried to storm" ↔ "attempted to assault") leaves unmatched words on both
 * sides and balances out; a dropped clause leaves them on one side only.
 *
 * Words meet when their stems are equal (British and American spellings
 * folded), they share their first five letters (`retaliation`,
 * `retaliatory`), or they are variants of the same name. A run is reported
 * when it has at least `minRunWords` content words and the side's unmatched
 * content words outnumber the other side's by at least 60 % of the run.
 * A scope qualifier on one side only (only, largely, mostly, nearly…,
 * compared by class so that "mostly" ↔ "mainly" is silent) is reported too.
 *
 * Severity follows what the run carries (`runSeverity`): `warning` for a
 * name, a figure, a negation or a whole clause, `info` for a few reworded
 * content words; a scope qualifier is a `warning` for an approximation and
 * `info` for a restriction or a proportion. With `documents`, a run whose
 * content words stand in the other text's neighbouring sentences (a clause
 * moved to the sentence before or after) is `info`; so is a name spelled
 * out before an acronym in brackets that the other side keeps ("the Czech
 * Press Agency (ČTK)" ↔ "ČTK").
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @param options Run length threshold (throws a `RangeError` when it is not a positive integer).
 * @param documents The whole source and variant texts the spans point into, when known.
 * @returns `omission` (source only) and `addition` (variant only) signals.
 */
export function findOmissionSignals(source: TextSpan, variant: TextSpan, options: OmissionOptions = {}, documents?: SignalDocuments): Signal[] {
  const minRunWords = options.minRunWords ?? defaultOmissionOptions.minRunWords
  if (!Number.isInteger(minRunWords) || minRunWords < 1) {
    throw new RangeError(`Expected \`minRunWords\` to be a positive integer, not \`${minRunWords}\``)
  }
  const sourceSide = analyzeSide(source)
  const variantSide = analyzeSide(variant)
  const sourceAll = wordsOf(sourceSide)
  const variantAll = wordsOf(variantSide)
  const sourceWords = sourceAll.filter(isContentWord)
  const variantWords = variantAll.filter(isContentWord)
  // The content words' key ids, in the same order (`keysOf` packs each lettered word's key id with its content flag).
  const keyIds = sharedKeyIds(sourceSide, variantSide)
  const sourceKeys = contentKeys(keysOf(sourceSide, keyIds))
  const variantKeys = contentKeys(keysOf(variantSide, keyIds))
  // A figure given on both sides in two forms is matched however its words differ.
  const sourceShared = inSharedQuantity(sourceWords, source, variant)
  const variantShared = inSharedQuantity(variantWords, variant, source)
  const sourceMatched = matchWords(sourceWords, sourceKeys, variantWords, variantKeys, variantAll, keyIds.ids.size).map((m, i) => m || sourceShared[i] === true)
  const variantMatched = matchWords(variantWords, variantKeys, sourceWords, sourceKeys, sourceAll, keyIds.ids.size).map((m, i) => m || variantShared[i] === true)
  const sourceLeft = sourceMatched.filter((m) => !m).length
  const variantLeft = variantMatched.filter((m) => !m).length
  const signals: Signal[] = []
  const report = (side: TextSpan, runs: SignalWord[][], excess: number, kind: 'omission' | 'addition'): void => {
    for (const run of runs) {
      if (run.length < minRunWords || excess < Math.ceil(run.length * 0.6)) continue
      if (isAcronymOnOtherSide(run, kind === 'omission' ? variant : source)) continue
      const span = sliceSide(side, (run[0] as SignalWord).start, (run[run.length - 1] as SignalWord).end)
      const other = kind === 'omission' ? variant : source
      const weighed = runSeverity(side, run, span, excess, other)
      // A clause moved to a neighbouring sentence of the other text is no loss.
      const moved = weighed === 'warning' && documents !== undefined && inNeighbourSentence(run, other, kind === 'omission' ? documents.variant : documents.source)
      const severity = moved ? 'info' : weighed
      signals.push(
        kind === 'omission'
          ? {kind, severity, message: `Dropped from the variant: ${quoted(span.text)}.`, source: span}
          : {kind, severity, message: `Not in the source: ${quoted(span.text)}.`, variant: span},
      )
    }
  }
  report(source, unmatchedRuns(source, sourceWords, sourceMatched), sourceLeft - variantLeft, 'omission')
  report(variant, unmatchedRuns(variant, variantWords, variantMatched), variantLeft - sourceLeft, 'addition')
  // A qualifier inside a dropped or added run is already reported with it.
  const runs = signals.map((s) => ({kind: s.kind, span: (s.source ?? s.variant) as TextSpan}))
  for (const qualifier of findQualifierChanges(analyzeSide(source), analyzeSide(variant))) {
    const span = (qualifier.source ?? qualifier.variant) as TextSpan
    const inRun = runs.some((run) => run.kind === qualifier.kind && span.start >= run.span.start && span.end <= run.span.end)
    if (!inRun) signals.push(qualifier)
  }
  return signals
}

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
function findQualifierChanges(source: AnalyzedSide, variant: AnalyzedSide): Signal[] {
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
