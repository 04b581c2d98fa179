import {tokenizeWords} from '../normalize/tokenize-words'
import type {Artifact, ArtifactKind, Side, Span} from '../types'
import {splitParagraphs, splitSentences} from './artifact-context'
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
  /** Languages (ISO 639-3) a sentence may be assigned to by `untranslated-segment`. @default defaultCandidateLanguages */
  readonly candidateLanguages?: readonly string[]
}

/** The defaults of {@link FindArtifactsOptions}. */
export const defaultFindArtifactsOptions = {
  side: 'variant',
  kinds: artifactKinds,
  candidateLanguages: defaultCandidateLanguages,
} as const satisfies FindArtifactsOptions

interface ResolvedOptions {
  readonly side: Side
  readonly language: string | undefined
  readonly kinds: ReadonlySet<ArtifactKind>
  readonly sentences: readonly Span[] | undefined
  readonly candidateLanguages: readonly string[]
}

/** Validate options at the public entry; every message names the option and the value. */
function resolveOptions(text: unknown, options: FindArtifactsOptions): ResolvedOptions {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
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
  return {side, language, kinds: new Set(kinds), sentences, candidateLanguages}
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
  const resolved = resolveOptions(text, options)
  const {side, kinds} = resolved
  const paragraphs = splitParagraphs(text)
  // One tokenization shared by the detectors that need words.
  const words = kinds.has('repeated-word') || kinds.has('duplicate-block') || kinds.has('scraper-residue') ? tokenizeWords(text) : []
  let language = resolved.language
  if (language === undefined && kinds.has('untranslated-segment')) language = guessDocumentLanguage(text, resolved.candidateLanguages)
  const found: Artifact[] = []
  if (kinds.has('entity-residue')) found.push(...findEntityResidue(text, side))
  if (kinds.has('mojibake')) found.push(...findMojibake(text, side))
  if (kinds.has('invisible-char')) found.push(...findInvisibleChars(text, side))
  if (kinds.has('markup-residue')) found.push(...findMarkupResidue(text, side))
  if (kinds.has('spacing')) found.push(...findSpacing(text, side, language ?? 'und'))
  if (kinds.has('punctuation')) found.push(...findPunctuation(text, side))
  if (kinds.has('repeated-word')) found.push(...findRepeatedWords(text, side, words))
  if (kinds.has('scraper-residue')) found.push(...findScraperResidue(text, side, paragraphs, words))
  if (kinds.has('social-embed')) found.push(...findSocialEmbeds(text, side))
  const needsSentences = kinds.has('duplicate-block') || kinds.has('untranslated-segment')
  const sentences = resolved.sentences ?? (needsSentences ? splitSentences(text) : undefined)
  if (kinds.has('duplicate-block')) found.push(...findDuplicateBlocks(text, side, sentences, paragraphs, words))
  if (kinds.has('untranslated-segment')) {
    found.push(...findUntranslatedSegments(text, side, language ?? 'und', sentences, resolved.candidateLanguages))
  }
  const order = new Map(artifactKinds.map((kind, index) => [kind, index]))
  return found.sort((a, b) => a.start - b.start || order.get(a.kind)! - order.get(b.kind)! || a.end - b.end)
}
