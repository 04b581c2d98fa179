import type {TextWords} from '../normalize/text-words'
import type {Artifact, ArtifactKind, Side, Span} from '../types'
import {type ArtifactContext, buildArtifactContext} from './artifact-context'
import {collapseFindings} from './collapse-findings'
import {findDuplicateBlocks} from './find-duplicate-blocks'
import {findEntityResidue} from './find-entity-residue'
import {findInvisibleChars} from './find-invisible-chars'
import {findMarkupResidue} from './find-markup-residue'
import {findMojibake} from './find-mojibake'
import {findPunctuation} from './find-punctuation'
import {findRepeatedWords} from './find-repeated-words'
import {findScraperResidue} from './find-scraper-residue'
import {findSocialEmbeds} from './find-social-embeds'
import {findSpacing} from './find-spacing'
import {defaultCandidateLanguages, findUntranslatedSegments, guessDocumentLanguage} from './find-untranslated-segments'

/** Every artifact kind, in the order of `docs/artifacts.md`. */
export const artifactKinds: readonly ArtifactKind[] = [
  'entity-residue',
  'mojibake',
  'invisible-char',
  'markup-residue',
  'spacing',
  'punctuation',
  'repeated-word',
  'scraper-residue',
  'social-embed',
  'duplicate-block',
  'untranslated-segment',
]

/** A detector: one pure function of a text's context, returning artifacts of its own kind. */
export type ArtifactDetector = (context: ArtifactContext) => Artifact[]

/** The detector of each artifact kind; one file each. */
const detectors: Readonly<Record<ArtifactKind, ArtifactDetector>> = {
  'entity-residue': findEntityResidue,
  mojibake: findMojibake,
  'invisible-char': findInvisibleChars,
  'markup-residue': findMarkupResidue,
  spacing: findSpacing,
  punctuation: findPunctuation,
  'repeated-word': findRepeatedWords,
  'scraper-residue': findScraperResidue,
  'social-embed': findSocialEmbeds,
  'duplicate-block': findDuplicateBlocks,
  'untranslated-segment': findUntranslatedSegments,
}

/** Options of {@link findArtifacts}. */
export interface FindArtifactsOptions {
  /** Which compared text this is; copied onto every artifact. @default 'variant' */
  readonly side?: Side
  /**
   * The document's language as an ISO 639-3 code (`eng`), when the caller
   * knows it. When absent, it is guessed from the whole text (only if
   * `untranslated-segment` is among `kinds`; see `guessDocumentLanguage`). @default undefined
   */
  readonly language?: string
  /** Which detectors to run. @default every kind */
  readonly kinds?: readonly ArtifactKind[]
  /**
   * Sentence spans of the text, when the caller has segmented it; used by
   * `duplicate-block` and `untranslated-segment`. Without them
   * `segmentSentences` finds them. @default undefined
   */
  readonly sentences?: readonly Span[]
  /**
   * Languages (ISO 639-3, among the 82 of franc-min's profiles; others are
   * never chosen) a sentence may be assigned to by `untranslated-segment`.
   * @default defaultCandidateLanguages
   */
  readonly candidateLanguages?: readonly string[]
  /**
   * Most findings of one kind reported one by one; the rest collapse into the
   * last one reported, which then carries their `count` and no suggestion,
   * so a report on a pathological text stays small. @default 1000
   */
  readonly maxPerKind?: number
}

/** The defaults of {@link FindArtifactsOptions}. */
export const defaultFindArtifactsOptions = {
  side: 'variant',
  kinds: artifactKinds,
  candidateLanguages: defaultCandidateLanguages,
  maxPerKind: 1000,
} as const satisfies FindArtifactsOptions

const optionNames: ReadonlySet<string> = /* @__PURE__ */ new Set(['side', 'language', 'kinds', 'sentences', 'candidateLanguages', 'maxPerKind'])

interface ResolvedOptions {
  readonly side: Side
  readonly language: string | undefined
  readonly kinds: ReadonlySet<ArtifactKind>
  readonly sentences: readonly Span[] | undefined
  readonly candidateLanguages: readonly string[]
  readonly maxPerKind: number
}

/** Validate options at the public entry; every message names the option and the value. */
function resolveOptions(text: unknown, options: FindArtifactsOptions): ResolvedOptions {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  for (const name of Object.keys(options)) {
    if (!optionNames.has(name)) throw new TypeError(`Expected options of \`findArtifacts\` to be among ${[...optionNames].join(', ')}, not \`${name}\``)
  }
  const side = options.side ?? defaultFindArtifactsOptions.side
  if (side !== 'source' && side !== 'variant') throw new TypeError(`Expected \`side\` to be \`source\` or \`variant\`, not \`${String(side)}\``)
  const language = options.language
  if (language !== undefined && (typeof language !== 'string' || !/^[a-z]{3}$/.test(language))) {
    throw new TypeError(`Expected \`language\` to be an ISO 639-3 code such as \`eng\`, not \`${String(language)}\``)
  }
  const kinds = options.kinds ?? defaultFindArtifactsOptions.kinds
  if (!Array.isArray(kinds)) throw new TypeError(`Expected \`kinds\` to be an array of artifact kinds, not \`${String(kinds)}\``)
  for (const kind of kinds) {
    if (!artifactKinds.includes(kind)) throw new TypeError(`Expected \`kinds\` to contain only artifact kinds, not \`${String(kind)}\``)
  }
  const sentences = options.sentences
  if (sentences !== undefined) {
    if (!Array.isArray(sentences)) throw new TypeError(`Expected \`sentences\` to be an array of spans, not \`${String(sentences)}\``)
    for (const span of sentences as readonly Span[]) {
      const valid = span !== null && typeof span === 'object' && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length
      if (!valid) throw new RangeError(`Expected \`sentences\` to hold spans within the text, not \`${JSON.stringify(span)}\``)
    }
  }
  const candidateLanguages = options.candidateLanguages ?? defaultFindArtifactsOptions.candidateLanguages
  if (!Array.isArray(candidateLanguages) || candidateLanguages.some((code) => typeof code !== 'string' || !/^[a-z]{3}$/.test(code))) {
    throw new TypeError(`Expected \`candidateLanguages\` to be an array of ISO 639-3 codes, not \`${String(candidateLanguages)}\``)
  }
  const maxPerKind = options.maxPerKind ?? defaultFindArtifactsOptions.maxPerKind
  if (!(Number.isInteger(maxPerKind) || maxPerKind === Number.POSITIVE_INFINITY) || maxPerKind < 1) {
    throw new RangeError(`Expected \`maxPerKind\` to be a positive integer, not \`${String(maxPerKind)}\``)
  }
  return {side, language, kinds: new Set(kinds), sentences, candidateLanguages, maxPerKind}
}

/**
 * Find everything in one text that marks it as scraped, garbled or
 * machine-rewritten: entity residue, mojibake, invisible characters, markup,
 * spacing and punctuation damage, repeated words, scraper residue, social
 * embeds, repeated blocks and untranslated passages (see `docs/artifacts.md`).
 * Each detector is a pure function of the text that runs in linear time; the
 * detectors are tuned for precision, so clean news English yields nothing.
 * Never throws on any text; throws only on invalid options.
 *
 * @param text The original input.
 * @param options Which side this is, its language, its sentences, which detectors to run.
 * @returns Artifacts sorted by `start`, then `kind`; `text.slice(a.start, a.end) === a.text`.
 */
export function findArtifacts(text: string, options: FindArtifactsOptions = {}): Artifact[] {
  return findArtifactsWithWords(text, options)
}

/**
 * `findArtifacts` for a caller that has split the text into words already
 * (`splitTextWords`) and shares the split with other steps.
 *
 * @param text The original input.
 * @param options As for `findArtifacts`; checked here.
 * @param words The words of `text`, when split already.
 * @returns As `findArtifacts`.
 */
export function findArtifactsWithWords(text: string, options: FindArtifactsOptions, words?: TextWords): Artifact[] {
  const resolved = resolveOptions(text, options)
  const context = buildArtifactContext(text, {
    side: resolved.side,
    language: resolved.language,
    sentences: resolved.sentences,
    words,
    candidateLanguages: resolved.candidateLanguages,
    guessLanguage: guessDocumentLanguage,
    maxPerKind: resolved.maxPerKind,
  })
  const order = new Map(artifactKinds.map((kind, index) => [kind, index]))
  const found: Artifact[] = []
  for (const kind of artifactKinds) {
    if (!resolved.kinds.has(kind)) continue
    // A loop, not `push(...list)`: a spread of 100,000+ findings overflows the call stack.
    for (const artifact of collapseFindings(detectors[kind](context), resolved.maxPerKind)) found.push(artifact)
  }
  return found.sort((a, b) => a.start - b.start || order.get(a.kind)! - order.get(b.kind)! || a.end - b.end)
}
