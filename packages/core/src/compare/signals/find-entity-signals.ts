import type {Side, Signal, TextSpan} from '../../types'
import {isKnownName, type NameIndex} from './name-variants'
import {analyzeSide, wordsOf} from './analyze-side'
import {analyzeDocuments, type SignalDocuments} from './signal-documents'
import {definitionsOf, inQuotedTitle, isAcronymLike, isPartlyPresent, isPlaceReferredTo, isPresent, isReferringNoun, noWords, otherWordsOf, type OtherWords, spelledAlike} from './name-evidence'
import {genericDesignators} from '../../normalize/lexicon/index'
import {quoted} from './signal-text'
import {findNames, type NameMention} from './name-mentions'
import {expandedAcronyms, isAcronymOf, joinedNames} from './name-acronyms'
import {descriptionOf, foreignLetter, isDescriptor, renderingOf, sameSlot, shareNameWord} from './name-pairing'
import {documentNames, sideNames} from './name-index'
import {documentLowercaseWords, isOfCommonWords} from './name-common-words'

export {findNames, isTitleCase, type NameMention} from './name-mentions'
export {renderingOf} from './name-pairing'

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
  // Each side's name keys are indexed on the first look-up, for a name of the other side.
  const sourceKeys = sideNames(analyzedSource)
  const variantKeys = sideNames(analyzedVariant)
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
