import {splitTextWords, type TextWords} from '../normalize/text-words'
import {segmentParagraphs} from '../segment/segment-paragraphs'
import {segmentSentences} from '../segment/segment-sentences'
import type {Artifact, ArtifactKind, Severity, Side, Span} from '../types'

/**
 * Everything a detector may want to know about one text, built once per text
 * and shared by every detector. The paragraphs, sentences, words and the
 * language guess are computed the first time a detector asks for them, so a
 * run of detectors that need none of them pays for none.
 */
export interface ArtifactContext {
  /** The original input. */
  readonly text: string
  /** Which compared text it is; copied onto every artifact. */
  readonly side: Side
  /** The document's language (ISO 639-3), or `und` when it is unknown. */
  readonly language: string
  /** Paragraph spans, from `segmentParagraphs`. */
  readonly paragraphs: readonly Span[]
  /** Sentence spans: the caller's, or `segmentSentences`'. */
  readonly sentences: readonly Span[]
  /** The words of the text, as `tokenizeWords` splits it, as offsets and form ids (`splitTextWords`). */
  readonly words: TextWords
  /** Languages a sentence may be assigned to by the untranslated-segment detector. */
  readonly candidateLanguages: readonly string[]
  /**
   * Most findings of one kind reported one by one (`findArtifacts`'
   * `maxPerKind`): a detector may stop building findings past it and return
   * the collapsed one (`collapsedFinding`) with their count instead.
   */
  readonly maxPerKind: number
}

/** What a caller may already know about a text when building its context. */
export interface ArtifactContextInput {
  readonly side?: Side
  readonly language?: string
  readonly sentences?: readonly Span[]
  /** The words of the text, when the caller has split it (`splitTextWords`). */
  readonly words?: TextWords
  readonly candidateLanguages?: readonly string[]
  /** Guesses the language when none is given (`und` without it). */
  readonly guessLanguage?: (text: string, candidates: readonly string[]) => string
  /** Most findings of one kind reported one by one. @default Infinity */
  readonly maxPerKind?: number
}

/**
 * Build the context of one text. Nothing is validated here: the public entry
 * validates options once.
 *
 * @param text The original input.
 * @param input What the caller knows already.
 * @returns A context whose derived parts are computed on first use.
 */
export function buildArtifactContext(text: string, input: ArtifactContextInput = {}): ArtifactContext {
  let paragraphs: readonly Span[] | undefined
  let sentences = input.sentences
  let words = input.words
  let language = input.language
  const candidateLanguages = input.candidateLanguages ?? []
  return {
    text,
    side: input.side ?? 'variant',
    candidateLanguages,
    maxPerKind: input.maxPerKind ?? Number.POSITIVE_INFINITY,
    get language() {
      language ??= input.guessLanguage ? input.guessLanguage(text, candidateLanguages) : 'und'
      return language
    },
    get paragraphs() {
      paragraphs ??= splitParagraphs(text)
      return paragraphs
    },
    get sentences() {
      sentences ??= splitSentences(text)
      return sentences
    },
    get words() {
      words ??= splitTextWords(text)
      return words
    },
  }
}

/**
 * Build one artifact, taking its `text` from the original input so that
 * `artifact.text === text.slice(start, end)` always holds.
 *
 * @param text The original input.
 * @param side Which compared text it belongs to.
 * @param kind The artifact kind.
 * @param start Start offset (UTF-16, inclusive).
 * @param end End offset (UTF-16, exclusive).
 * @param severity How serious it is.
 * @param message One sentence for people.
 * @param suggestion The repaired text for the span, when a repair exists.
 * @returns A plain, JSON-safe artifact.
 */
export function makeArtifact(
  text: string,
  side: Side,
  kind: ArtifactKind,
  start: number,
  end: number,
  severity: Severity,
  message: string,
  suggestion?: string,
): Artifact {
  // One object literal either way: pathological texts produce hundreds of thousands of these.
  const covered = text.slice(start, end)
  return suggestion === undefined ? {kind, side, start, end, text: covered, severity, message} : {kind, side, start, end, text: covered, severity, message, suggestion}
}

/**
 * The paragraphs of a text, as the segmenter finds them (`segmentParagraphs`),
 * so the detectors and the rest of a report agree on where paragraphs are.
 *
 * @param text Any text.
 * @returns Paragraph spans in order.
 */
export function splitParagraphs(text: string): Span[] {
  return segmentParagraphs(text)
}

/**
 * The sentences of a text, as the segmenter finds them (`segmentSentences`),
 * for callers that pass none.
 *
 * @param text Any text.
 * @returns Sentence spans in order.
 */
export function splitSentences(text: string): Span[] {
  return segmentSentences(text).map(({start, end}) => ({start, end}))
}

/** True when the document uses typographic (curly) quotes more than straight ones. */
export function prefersCurlyQuotes(text: string): boolean {
  // Counted in one pass over the code units, without an array of matches.
  let curly = 0
  let straight = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x201c || code === 0x201d || code === 0x2019) curly++
    else if (code === 0x22 || code === 0x27) straight++
  }
  return curly > straight
}
