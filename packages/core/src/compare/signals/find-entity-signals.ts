import type {Side, Signal, TextSpan} from '../../types'
import {indexNames, isDemonym, isKnownName, nameKey, type NameIndex} from './name-variants'
import {nameKeysOfIds, nameKeysOfWords} from './name-keys'
import {type AnalyzedSide, analyzeSide, sideValue, tokenIdsOf, vocabularyOf, wordsOf} from './analyze-side'
import {analyzeDocuments, type AnalyzedDocuments, documentTable, documentWords, type SignalDocuments} from './signal-documents'
import {commonPrefix, definitionsOf, foldAccents, inQuotedTitle, isAcronymLike, isPartlyPresent, isPlaceReferredTo, isPresent, isReferringNoun, noWords, otherWordsOf, type OtherWords, spelledAlike} from './name-evidence'
import {cardinalWords, genericDesignators, notNameWords} from '../../normalize/lexicon/index'
import {opensSentence, quoted, type SignalWord, sideText, stopWords} from './signal-text'

/** A name found in one side: consecutive capitalized words. */
export interface NameMention extends TextSpan {
  /** Name keys of its words (`["simona", "foltyn"]`, `["us"]`). */
  readonly keys: readonly string[]
  /**
   * True for a lone capitalized word that opens a sentence and is not known
   * as a name ("Reuters reported…", but also "Shouting…"), for a lone
   * demonym ("Iraqi") and for a lone country before a title ("US Secretary
   * of State"): it counts only when it pairs with a clear name on the other
   * side, or with another weak known name.
   */
  readonly weak: boolean
  /** True when the name stands in a line written in title case (a headline), whose capitals say nothing: it is `weak` too. */
  readonly inTitleCase?: boolean
}

/** True when the text starts with a capital letter (`/^\p{Lu}/u`), without the pattern for ASCII. */
function startsCapitalized(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 65 && code <= 90 ? true : code < 128 ? false : /^\p{Lu}/u.test(text)
}

/** Capitalized words that are titles, time words or sentence openers, not names of their own (`normalize/lexicon/titles.ts`). */
const notNames = notNameWords

/**
 * Lowercase particles inside names (`de Havilland`, `van de Velde`, `bin
 * Salman`), as written, and the prepositions of place names (`Ústí nad
 * Labem`, `Frankfurt am Main`).
 */
const nameParticles: ReadonlySet<string> = /* @__PURE__ */ new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'nad', 'pod', 'am', 'im'])

/** True when the word may be part of a name. */
function isNameWord(word: SignalWord): boolean {
  // `No.1`, `Nr. 5`: a rank, not a name.
  if (!startsCapitalized(word.text) || notNames.has(word.lower) || /^n[or]\.\d/.test(word.lower)) return false
  // An acronym is a name even when it spells a function word: US, WHO, IT.
  return !stopWords.has(word.lower) || (word.text.length >= 2 && word.text === word.text.toUpperCase())
}

/**
 * Find the names of one bead side: runs of capitalized words that are not
 * titles, time words or function words, with `of` inside a run kept
 * (Department of Defense). A capitalized word that opens a
 * sentence or a quotation is a clear name when it is a known name or
 * demonym, is followed by another capitalized word, or appears capitalized
 * elsewhere in `context` where nothing forces a capital; otherwise it is
 * returned as `weak`.
 *
 * @param side The bead side.
 * @param context Sides to look in for mid-sentence capitals (both sides of the bead).
 * @returns Names in reading order, spans into the whole document.
 */
export function findNames(side: TextSpan, context: readonly TextSpan[] = [side]): NameMention[] {
  const words = wordsOf(analyzeSide(side))
  const titleCase = isTitleCase(words, side.text)
  let capitalized: ((text: string) => boolean) | undefined
  const names: NameMention[] = []
  let run: SignalWord[] = []
  const flush = (): void => {
    if (run.length > 0) {
      const first = run[0] as SignalWord
      const last = run[run.length - 1] as SignalWord
      // A lone demonym ("Iraqi officials") or a lone country before a title
      // ("US Secretary of State") only says where someone is from: weak.
      const next = words[last.index + 1]
      const beforeTitle = next !== undefined && /^\p{Lu}/u.test(next.text) && notNames.has(next.lower)
      const weak = run.length === 1 && (isDemonym(first.lower) || (beforeTitle && isKnownName(first.lower)))
      const allRunKeys = nameKeysOfWords(run)
      const withoutParticles = allRunKeys.filter((key) => key !== 'of' && !nameParticles.has(key))
      const keys = withoutParticles.length > 0 ? withoutParticles : allRunKeys
      // In a headline written in title case, only a known name or an acronym is clearly a name.
      const titleCased = titleCase && !run.some((word) => isKnownName(word.lower) || (word.text.length >= 2 && word.text === word.text.toUpperCase()))
      names.push({start: first.start, end: last.end, text: sideText(side, first.start, last.end), keys, weak: weak || titleCased, ...(titleCased ? {inTitleCase: true} : {})})
    }
    run = []
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as SignalWord
    // `°C`, `°F`: a temperature scale, not a name.
    if (!isNameWord(word) || side.text[word.start - side.start - 1] === '°') {
      // `of` and lowercase particles between two name words belong to the name:
      // Department of Defense, Olivia de Havilland, Steven van de Velde.
      // Only inside a run: most words outside names are looked at no further.
      if (run.length === 0) continue
      let next = words[index + 1]
      let particles = 1
      while (next !== undefined && nameParticles.has(next.text) && nameParticles.has(word.text) && particles < 3) next = words[index + ++particles]
      if ((word.lower === 'of' || nameParticles.has(word.text)) && next !== undefined && isNameWord(next) && next.start === (words[index + particles - 1] as SignalWord).end + 1) {
        run.push(word)
        continue
      }
      flush()
      continue
    }
    const previous = run[run.length - 1]
    if (previous !== undefined) {
      const gap = side.text.slice(previous.end - side.start, word.start - side.start)
      // In a title-case headline every capitalized word stands alone: the run says nothing.
      if (!/^[ \u00a0\-‐]$/.test(gap) || /['’]s?$/.test(previous.text) || (titleCase && gap !== '-')) flush()
    }
    if (run.length === 0 && opensSentence(side, word.start) && !isKnownName(word.lower)) {
      const next = words[index + 1]
      const nextJoined = next !== undefined && isNameWord(next) && /^[ \-‐]$/.test(side.text.slice(word.end - side.start, next.start - side.start))
      capitalized ??= capitalizedInside(context)
      const capitalizedElsewhere = capitalized(word.text)
      if (!nextJoined && !capitalizedElsewhere) {
        names.push({start: word.start, end: word.end, text: sideText(side, word.start, word.end), keys: [nameKey(word.text)], weak: true, ...(titleCase ? {inTitleCase: true} : {})})
        continue
      }
    }
    run.push(word)
  }
  flush()
  return names
}

/**
 * True for a line written in title case, as English headlines are ("Kalbitz
 * Expulsion From AfD Confirmed"): at least five words of four letters or
 * more after the first, and at least 80 % of them capitalized; or, in a
 * line without a final stop, three or more, all capitalized.
 * Another translator may write the same headline in sentence case.
 *
 * @param words The side's words (`wordsOf`).
 * @param text The side's text.
 */
export function isTitleCase(words: readonly SignalWord[], text: string): boolean {
  let long = 0
  let capitalized = 0
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!
    if (word.text.length < 4 || stopWords.has(word.lower)) continue
    long++
    if (startsCapitalized(word.text)) capitalized++
  }
  // A headline without a final stop may be short ("Bayern Beat Chelsea Again"), every long word capitalized.
  const headline = long >= 3 && capitalized === long && !/[.!?…]["”’»)]*\s*$/u.test(text)
  return headline || (long >= 5 && capitalized >= 0.8 * long)
}

/**
 * True for a word capitalized in one of `sides` after a lowercase letter,
 * comma or semicolon and a space, where nothing forces a capital. Each
 * side's words are read once however many names ask (`capitalizedInsideOf`).
 */
function capitalizedInside(sides: readonly TextSpan[]): (text: string) => boolean {
  const found = sides.map((side) => sideValue(analyzeSide(side), 'capitalized-inside', capitalizedInsideOf))
  return (text) => found.some((words) => words.has(text))
}

/** The capitalized words of one side that follow a lowercase letter, comma or semicolon and a space. */
function capitalizedInsideOf(side: AnalyzedSide): Set<string> {
  const found = new Set<string>()
  for (const word of wordsOf(side)) {
    const at = word.start - side.start
    if (at < 2 || side.text[at - 1] !== ' ' || !isNameWord(word)) continue
    const before = side.text[at - 2] as string
    if (before === ',' || before === ';' || /\p{Ll}/u.test(before)) found.add(word.text)
  }
  return found
}

const acronymConnectors = /* @__PURE__ */ new Set(['of', 'the', 'and', 'for', 'al', 'on', 'de'])

/**
 * The initials of a multi-word name, hyphenated parts included
 * (`Nuclear Non-Proliferation Treaty` → `nnpt`), and for a one-word
 * all-capitals name the word itself (`WHO` → `who`), so that a name and its
 * acronym meet.
 */
function initialsOf(name: NameMention): string {
  const words = name.text.split(/[\s\-‐]+/).filter((w) => w.length > 0 && !acronymConnectors.has(w.toLowerCase()))
  if (words.length === 1) return isAcronymWord(words[0] as string) ? (words[0] as string).toLowerCase().replace(/-/g, '') : ''
  // A number word stands for its figure: `Group of Seven` → `g7`, `Group of Twenty` → `g20`;
  // an acronym inside a longer name for all its letters: `NASA Goddard` → `nasag`, as
  // `National Aeronautics and Space Administration Goddard` gives.
  return words
    .map((w) => (Object.hasOwn(cardinalWords, w.toLowerCase()) ? String(cardinalWords[w.toLowerCase()]) : /^\p{Lu}{2,8}$/u.test(w) ? w : w[0]))
    .join('')
    .toLowerCase()
}

/** An acronym as one word: capitals (`NPT`), or capitals and a figure (`G7`, `G20`). */
function isAcronymWord(word: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(word) || /^\p{Lu}{1,4}\d{1,3}$/u.test(word)
}

/**
 * True when `acronym` abbreviates a name with these initials: equal, or its
 * letters taken in order from them, first and last initials included
 * (`npt` ↔ `nnpt` for Nuclear Non-Proliferation Treaty).
 */
function abbreviates(acronym: string, initials: string): boolean {
  if (acronym.length < 2 || initials.length < 2) return false
  if (acronym === initials) return true
  if (acronym.length >= initials.length || acronym[0] !== initials[0] || acronym[acronym.length - 1] !== initials[initials.length - 1]) return false
  let at = 0
  for (const letter of initials) if (letter === acronym[at]) at++
  return at === acronym.length && acronym.length * 3 >= initials.length * 2
}

/** True when the name and one of the other side's names are an acronym and its expansion. */
function isAcronymOf(name: NameMention, others: readonly NameMention[]): boolean {
  const own = initialsOf(name)
  if (own === '') return false
  const ownIsAcronym = isAcronymWord(name.text.replace(/['’]s$/, ''))
  return others.some((other) => {
    const theirs = initialsOf(other)
    if (theirs === '') return false
    const theirsIsAcronym = isAcronymWord(other.text.replace(/['’]s$/, ''))
    if (theirs === own) return true
    return ownIsAcronym ? abbreviatesStart(own, theirs) : theirsIsAcronym && abbreviatesStart(theirs, own)
  })
}

/**
 * The names of a side, plus each two neighbours joined by `and` as one name
 * (`National Aeronautics` and `Space Administration` → `National
 * Aeronautics and Space Administration`), whose initials an acronym may
 * abbreviate (`NASA`).
 */
function joinedNames(side: TextSpan, names: readonly NameMention[]): NameMention[] {
  const joined = [...names]
  for (let i = 0; i + 1 < names.length; i++) {
    const first = names[i] as NameMention
    const second = names[i + 1] as NameMention
    if (!/^\s+(?:and|&|for|from|of|für)\s+$/.test(side.text.slice(first.end - side.start, second.start - side.start))) continue
    joined.push({start: first.start, end: second.end, text: sideText(side, first.start, second.end), keys: [...first.keys, ...second.keys], weak: false})
  }
  return joined
}

/** Names of a side that, joined with a neighbour by `and`, spell out an acronym of the other side (`National Aeronautics` and `Space Administration` for `NASA`). */
function expandedAcronyms(side: TextSpan, names: readonly NameMention[], others: readonly NameMention[]): Set<NameMention> {
  const covered = new Set<NameMention>()
  for (const joined of joinedNames(side, names).slice(names.length)) {
    if (!isAcronymOf(joined, others)) continue
    for (const name of names) if (name.start >= joined.start && name.end <= joined.end) covered.add(name)
  }
  return covered
}

/**
 * `abbreviates` on the initials or on their first words: the name may run
 * on past its expansion (`National Aeronautics and Space Administration
 * Goddard` for `NASA` at Goddard).
 */
function abbreviatesStart(acronym: string, initials: string): boolean {
  for (let length = initials.length; length >= acronym.length; length--) if (abbreviates(acronym, initials.slice(0, length))) return true
  return false
}

/**
 * True when a name only describes: a place with its state or country in
 * commas inside a noun phrase ("the Sunnyvale, Calif., chipmaker"), or the
 * first part of `-based` ("the Paris-based group").
 */
function isDescriptor(side: AnalyzedSide, name: NameMention): boolean {
  const before = side.text.slice(Math.max(0, name.start - side.start - 40), name.start - side.start)
  const after = side.text.slice(name.end - side.start, name.end - side.start + 40)
  if (/^-based\b/.test(after)) return true
  if (/\b(?:the|a|an)\s+$/i.test(before)) return /^,\s*\p{Lu}[\p{L}.]*,\s+\p{Ll}/u.test(after)
  return /\b(?:the|a|an)\s+\p{Lu}[\p{L}.\-]*,\s*$/iu.test(before) && /^\.?,\s+\p{Ll}/u.test(after)
}

/** Index of the word that starts at `offset`, or -1. */
function wordAt(words: readonly SignalWord[], offset: number): number {
  let low = 0
  let high = words.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = (words[middle] as SignalWord).start
    if (start === offset) return middle
    if (start < offset) low = middle + 1
    else high = middle - 1
  }
  return low < words.length ? low : -1
}

/** Keys of the words right before and right after a name. */
function slotOf(words: readonly SignalWord[], name: NameMention): {before?: string; after?: string} {
  const first = wordAt(words, name.start)
  if (first === -1) return {}
  let last = first
  while (last + 1 < words.length && (words[last + 1] as SignalWord).end <= name.end) last++
  const previous = words[first - 1]
  const next = words[last + 1]
  return {
    ...(previous !== undefined ? {before: previous.key} : {}),
    ...(next !== undefined ? {after: next.key} : {}),
  }
}

/** True when two names stand in the same place: the same word before them or after them. */
function sameSlot(sourceWords: readonly SignalWord[], name: NameMention, variantWords: readonly SignalWord[], other: NameMention): boolean {
  const a = slotOf(sourceWords, name)
  const b = slotOf(variantWords, other)
  return (a.before !== undefined && a.before === b.before) || (a.after !== undefined && a.after === b.after)
}

/**
 * True when two names share a specific word, or one's word is the start of
 * the other's (`Giesing`/`Giesinger`, `Hodonín`/`Hodonínsko`): two
 * renderings of one name, not two names.
 */
function shareNameWord(name: NameMention, other: NameMention): boolean {
  const specific = (keys: readonly string[]): string[] => keys.filter((key) => !genericDesignators.has(key) && key.length >= 3)
  const theirs = specific(other.keys)
  return specific(name.keys).some((key) =>
    theirs.some((their) => {
      const [short, long] = key.length <= their.length ? [key, their] : [their, key]
      return short.length >= 4 ? long.startsWith(short) : short === long
    }),
  )
}

/** Name keys of every word of a side, with multi-word aliases merged (`nameKeysOfWords`), read by token id when the side has them. */
function allKeys(side: AnalyzedSide): NameIndex {
  const ids = tokenIdsOf(side)
  const vocabulary = vocabularyOf(side)
  return indexNames(ids !== undefined && vocabulary !== undefined ? nameKeysOfIds(ids, vocabulary) : nameKeysOfWords(wordsOf(side)))
}

/**
 * Find named people, places, organizations and outlets that were replaced,
 * dropped or added between the two sides of a bead (Paris → Berlin,
 * Reuters → The Associated Press). Spelling and transliteration variants and
 * reorderings of the same name are not signals: Kataeb/Kataib Hezbollah,
 * "Al Jazeera's Simona Foltyn" ↔ "Simona Foltyn of Al Jazeera",
 * US ↔ U.S. ↔ United States (see `name-variants.ts`).
 *
 * A name counts as kept when its words appear anywhere on the other side,
 * capitalized or not, so a heading's "Revenge" still meets "revenge", or
 * when it is the acronym of a name on the other side (WHO ↔ World Health
 * Organization).
 *
 * Severity: a replaced name is an `error`; a dropped or added one a `warning`,
 * or `info` on weak evidence: a name in source-language letters, of words the
 * texts write in lowercase, made only of a noun that refers to a body or
 * place already named ("the Board" ↔ "the committee"), a known place the
 * other side calls "the country" or "the city", a name named elsewhere in
 * the other text, in a quoted title, beside a descriptor, partly kept, or
 * an acronym spelled out in another language.
 *
 * @param source The source side of the bead.
 * @param variant The variant side of the bead.
 * @returns `entity` signals, spans into the whole documents.
 */
export function findEntitySignals(source: TextSpan, variant: TextSpan, documents?: SignalDocuments): Signal[] {
  const analyzedSource = analyzeSide(source)
  const analyzedVariant = analyzeSide(variant)
  const sourceKeys = allKeys(analyzedSource)
  const variantKeys = allKeys(analyzedVariant)
  const context = [analyzedSource, analyzedVariant]
  const sourceNames = findNames(analyzedSource, context)
  const variantNames = findNames(analyzedVariant, context)
  // Acronyms are worked out only for names not found otherwise.
  const sourceWords = wordsOf(analyzedSource)
  const variantWords = wordsOf(analyzedVariant)
  const sourceOthers = otherWordsOf(sourceWords)
  const variantOthers = otherWordsOf(variantWords)
  const sourceDefined = definitionsOf(analyzedSource, sourceNames)
  const variantDefined = definitionsOf(analyzedVariant, variantNames)
  const presentIn = (name: NameMention, keys: NameIndex, others: OtherWords, defined: Map<NameMention, NameMention>): boolean => {
    const partner = defined.get(name)
    return isPresent(name, keys, others) || (partner !== undefined && isPresent(partner, keys, others))
  }
  const droppedCandidates = sourceNames.filter((name) => !presentIn(name, variantKeys, variantOthers, sourceDefined))
  const addedCandidates = variantNames.filter((name) => !presentIn(name, sourceKeys, sourceOthers, variantDefined))
  // Acronyms are worked out only when some name is left to explain.
  const anyLeft = droppedCandidates.length > 0 || addedCandidates.length > 0
  const droppedJoined = anyLeft ? expandedAcronyms(analyzedSource, sourceNames, variantNames) : new Set<NameMention>()
  const addedJoined = anyLeft ? expandedAcronyms(analyzedVariant, variantNames, sourceNames) : new Set<NameMention>()
  const variantJoined = droppedCandidates.length > 0 ? joinedNames(analyzedVariant, variantNames) : variantNames
  const sourceJoined = addedCandidates.length > 0 ? joinedNames(analyzedSource, sourceNames) : sourceNames
  const dropped = droppedCandidates.filter((name) => !droppedJoined.has(name) && !isAcronymOf(name, variantJoined))
  const added = addedCandidates.filter((name) => !addedJoined.has(name) && !isAcronymOf(name, sourceJoined))
  const spanOf = ({start, end, text}: NameMention): TextSpan => ({start, end, text})
  const sourceDescriptor = (name: NameMention): boolean => isDescriptor(analyzedSource, name)
  const variantDescriptor = (name: NameMention): boolean => isDescriptor(analyzedVariant, name)
  // A name standing in a description ("the Sunnyvale, Calif., chipmaker")
  // names no one the other side dropped: it is never a replacement, and a
  // name dropped beside it may be what it describes (info).
  const describedInVariant = added.some(variantDescriptor)
  const describedInSource = dropped.some(sourceDescriptor)
  // Two renderings of one name (DFB-Pokal → DFB Cup, Giesinger → Giesing) are neither dropped nor added.
  const rendered = (name: NameMention, others: readonly NameMention[]): boolean => others.some((other) => shareNameWord(name, other))
  const leftAdded = added.filter((name) => !variantDescriptor(name) && !rendered(name, dropped))
  const leftDropped = dropped.filter((name) => !sourceDescriptor(name) && !rendered(name, added))
  // An acronym on one side and names joined by `and`, `for` or `from` on the
  // other that spell it out in another language ("AfD" ↔ "Alternative from
  // Germany") are one name: weak evidence, kept out of pairing.
  const spelledAcross = new Set<NameMention>()
  for (const [acronyms, side, names] of [[leftDropped, analyzedVariant, leftAdded], [leftAdded, analyzedSource, leftDropped]] as const) {
    if (!acronyms.some(isAcronymLike)) continue
    for (const joined of joinedNames(side, names).slice(names.length)) {
      if (joined.keys.filter((key) => !genericDesignators.has(key)).length < 2) continue
      for (const name of names) if (name.start >= joined.start && name.end <= joined.end) spelledAcross.add(name)
      for (const acronym of acronyms) if (isAcronymLike(acronym)) spelledAcross.add(acronym)
    }
  }
  // A name in a quoted title is the title’s wording: it replaces no name (nor does one spelling out an acronym, above).
  const titled = new Set([...leftDropped.filter((name) => inQuotedTitle(analyzedSource, name)), ...leftAdded.filter((name) => inQuotedTitle(analyzedVariant, name)), ...spelledAcross])
  // Pair names that stand in the same place (a neighbouring word in common):
  // clear names first, then a weak word with a clear name; two weak words
  // pair only when both are known names (US → UK).
  const isKnown = (name: NameMention): boolean => name.keys.length === 1 && isKnownName(name.text.toLowerCase())
  const pairs = new Map<NameMention, NameMention>()
  // One name written two ways pairs wherever it stands (Neveklov, Nevelkov).
  for (const name of leftDropped) {
    if (titled.has(name)) continue
    const at = leftAdded.findIndex((other) => !(other.weak && name.weak) && !titled.has(other) && spelledAlike(name, other))
    if (at !== -1) pairs.set(name, leftAdded.splice(at, 1)[0] as NameMention)
  }
  for (const pass of [false, true]) {
    for (const name of leftDropped) {
      if (pairs.has(name) || (name.weak && !pass) || titled.has(name)) continue
      const at = leftAdded.findIndex(
        (other) =>
          !titled.has(other) &&
          (pass ? !(other.weak && name.weak) || (isKnown(other) && isKnown(name)) : !other.weak) &&
          sameSlot(sourceWords, name, variantWords, other),
      )
      if (at !== -1) pairs.set(name, leftAdded.splice(at, 1)[0] as NameMention)
    }
  }
  // An acronym on one side and a name of several words on the other are most
  // likely one name spelled out, its letters those of another language
  // (ČSSD, Czech Social Democratic Party): weak evidence either way.
  const unpairedAdded = new Set(leftAdded)
  const wrapped = documents === undefined ? undefined : analyzeDocuments(documents)
  // Named somewhere in the other whole text: this sentence chose another reference (a pronoun, a title).
  const namedElsewhere = (name: NameMention, side: Side): boolean => wrapped !== undefined && isPresent(name, documentNames(wrapped, side), noWords)
  const spelledOut = (acronyms: readonly NameMention[], names: readonly NameMention[]): boolean =>
    acronyms.some(isAcronymLike) && names.some((name) => name.keys.filter((key) => !genericDesignators.has(key)).length >= 2)
  const unpairedDropped = leftDropped.filter((name) => !pairs.has(name))
  // Names joined by `and`, `for`, `from` are one spelled-out name too ("Alternative from Germany").
  const acronymInSource = spelledOut(unpairedDropped, joinedNames(analyzedVariant, [...unpairedAdded]))
  const acronymInVariant = spelledOut([...unpairedAdded], joinedNames(analyzedSource, unpairedDropped))
  // A name made of words both texts also use as common words ("the Federal Executive Committee" ↔ "the federal board").
  const ofCommonWords = (name: NameMention): boolean => wrapped !== undefined && !isAcronymLike(name) && isOfCommonWords(name, documentLowercaseWords(wrapped))
  const signals: Signal[] = []
  for (const name of leftDropped) {
    const other = pairs.get(name)
    if (other !== undefined) {
      const rendering = renderingOf(name, other)
      if (name.inTitleCase === true || other.inTitleCase === true) {
        signals.push({kind: 'entity', severity: 'info', message: `Capitalized in a headline: ${quoted(name.text)} → ${quoted(other.text)}.`, source: spanOf(name), variant: spanOf(other)})
        continue
      }
      const description = descriptionOf(analyzedVariant, other, name) ?? descriptionOf(analyzedSource, name, other)
      if (description !== undefined) {
        signals.push({kind: 'entity', severity: 'info', message: `Name given as a description: ${quoted(name.text)} → ${quoted(other.text)} (${quoted(description)}).`, source: spanOf(name), variant: spanOf(other)})
        continue
      }
      signals.push(
        spelledAlike(name, other) || isAcronymLike(name) !== isAcronymLike(other) || rendering === 'info'
          ? {kind: 'entity', severity: 'info', message: `Name written differently: ${quoted(name.text)} → ${quoted(other.text)}.`, source: spanOf(name), variant: spanOf(other)}
          : {kind: 'entity', severity: rendering ?? 'error', message: `Name replaced: ${quoted(name.text)} → ${quoted(other.text)}.`, source: spanOf(name), variant: spanOf(other)},
      )
    } else if (!name.weak) {
      const minor = foreignLetter.test(name.text) || ofCommonWords(name) || isReferringNoun(name) || isPlaceReferredTo(name, source, variant) || namedElsewhere(name, 'variant') || titled.has(name) || describedInVariant || isPartlyPresent(name, variantKeys, variantOthers) || (isAcronymLike(name) ? acronymInSource : acronymInVariant)
      signals.push({kind: 'entity', severity: minor ? 'info' : 'warning', message: `Name dropped: ${quoted(name.text)}.`, source: spanOf(name)})
    }
  }
  for (const name of leftAdded) {
    if (name.weak) continue
    const minor = foreignLetter.test(name.text) || ofCommonWords(name) || isReferringNoun(name) || isPlaceReferredTo(name, variant, source) || namedElsewhere(name, 'source') || titled.has(name) || describedInSource || isPartlyPresent(name, sourceKeys, sourceOthers) || (isAcronymLike(name) ? acronymInVariant : acronymInSource)
    signals.push({kind: 'entity', severity: minor ? 'info' : 'warning', message: `Name added: ${quoted(name.text)}.`, variant: spanOf(name)})
  }
  return signals
}

/**
 * Letters outside the English alphabet (`Deník`, `Bundesstraße`, `Ústecký`).
 * A name written with them in an English text is kept in the source
 * language; another translator may have put it into English words
 * (`Kurstadt` ↔ "spa town", `Deník` ↔ "the newspaper"), which no name on
 * the other side shows. Dropped or added alone, such a name is `info`.
 */
const foreignLetter = /[^\x00-\x7f]/u

/**
 * The description a name stands in when it names no one by itself but
 * describes what the other side names: a demonym or a possessive name
 * before a lowercase noun ("the German parliament" for `Bundestag`, "Václav
 * Moravec's debate show" for the show's title). The other name must not be
 * a known place: `Iraqi officials` → `Syrian officials` stays a replacement.
 *
 * @param side The side `describing` stands in.
 * @param describing The name that may describe.
 * @param named The name it was paired with on the other side.
 * @returns The description's text (the name and the noun after it), or undefined.
 */
function descriptionOf(side: AnalyzedSide, describing: NameMention, named: NameMention): string | undefined {
  if (named.keys.some((key) => isKnownName(key))) return undefined
  const demonym = describing.weak && describing.keys.length === 1 && isDemonym(describing.text.toLowerCase())
  if (!demonym && !/['’]s$/.test(describing.text)) return undefined
  const noun = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(side.text.slice(describing.end - side.start, describing.end - side.start + 30))
  return noun === null || stopWords.has(noun[1] as string) ? undefined : `${describing.text} ${noun[1] as string}`
}

/** The specific words of a name (no generic designators), as written. */
function specificWords(name: NameMention): string[] {
  return name.text.split(/[\s\-‐]+/).filter((word) => word.length > 0 && !genericDesignators.has(nameKey(word)))
}

/**
 * How a pair of names in the same place looks when it is one name in two
 * languages rather than two names. One side kept the name in the letters of
 * its own language and the other wrote it in plain English letters
 * (`Deník` ↔ `Newspaper`, `Bundesstraße` ↔ `Highway`): a translation, `info`.
 * The words that differ begin with the same three letters, accents folded,
 * each at least five long and neither a known place
 * (`Nordrhein-Westfalen` ↔ `North Rhine-Westphalia`): likely one name,
 * `warning`. Otherwise undefined.
 */
export function renderingOf(name: NameMention, other: NameMention): 'info' | 'warning' | undefined {
  // Only the words that differ: `Bank of England` ↔ `Bank of France` compares England with France.
  const wordsA = specificWords(name)
  const wordsB = specificWords(other)
  const a = wordsA.filter((word) => !wordsB.includes(word)).join(' ')
  const b = wordsB.filter((word) => !wordsA.includes(word)).join(' ')
  if (a === '' || b === '') return undefined
  if (foreignLetter.test(a) !== foreignLetter.test(b)) return 'info'
  // Two different known places never count (`Iran`/`Iraq`, `Austria`/`Australia`).
  if (isKnownName(a.toLowerCase()) || isKnownName(b.toLowerCase())) return undefined
  const foldedA = foldAccents(a)
  const foldedB = foldAccents(b)
  return foldedA.length >= 5 && foldedB.length >= 5 && commonPrefix(foldedA, foldedB) >= 3 ? 'warning' : undefined
}

/**
 * The words the two whole texts write in lowercase (`parliament`, `memory`,
 * `federal`), worked out once per comparison: a capitalized word among them
 * is a common word given a capital, not evidence of a name.
 */
function documentLowercaseWords(documents: AnalyzedDocuments): (word: string) => boolean {
  const lowercase = (text: string): Set<string> => new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? [])
  const source = documentTable(documents, 'lowercase-words', 'source', lowercase)
  const variant = documentTable(documents, 'lowercase-words', 'variant', lowercase)
  return (word) => source.has(word) || variant.has(word)
}

/**
 * True when every word of the name of three letters or more is written in
 * lowercase somewhere in the texts, in the singular or the plural:
 * `Federal Executive Committee`, `Street Art` ↔ "street arts".
 */
function isOfCommonWords(name: NameMention, isLowercase: (word: string) => boolean): boolean {
  const words = name.text.replace(/['’]s$/, '').split(/[\s\-‐]+/).filter((word) => word.length >= 3 && !stopWords.has(word.toLowerCase()))
  const common = (lower: string): boolean => isLowercase(lower) || isLowercase(`${lower}s`) || (lower.length > 3 && lower.endsWith('s') && isLowercase(lower.slice(0, -1)))
  return words.length > 0 && words.every((word) => common(word.toLowerCase()))
}

/** The name keys of one whole document, indexed once per comparison. */
function documentNames(documents: AnalyzedDocuments, side: Side): NameIndex {
  return documentTable(documents, 'entity-names', side, (text) => {
    const words = documentWords(documents, side)
    if (words === undefined) return allKeys(analyzeSide({start: 0, end: text.length, text}))
    // The whole text's words from the analysis, by id: no word objects for a whole document, each distinct token read once.
    return indexNames(nameKeysOfIds(words.ids, words.vocabulary))
  })
}
