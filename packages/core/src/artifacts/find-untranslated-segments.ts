import {rankLanguages} from '../language/rank-languages'
import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'

/**
 * Languages a sentence may be assigned to when no list is given (ISO 639-3
 * codes, all among the 82 of franc-min's profiles that the language stage
 * reads; a code outside them is never chosen).
 */
export const defaultCandidateLanguages = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'tur', 'ron', 'swe', 'ind', 'vie'] as const

const languageNames: Readonly<Record<string, string>> = {
  eng: 'English', fra: 'French', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  pol: 'Polish', tur: 'Turkish', ron: 'Romanian', swe: 'Swedish', ind: 'Indonesian', vie: 'Vietnamese',
}
/** Frequent English function words: a sentence with several of them is English whatever the trigram ranking says. */
const englishFunctionWords = /* @__PURE__ */ new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'their', 'it', 'are', 'were', 'has', 'have', 'had', 'be', 'been', 'this', 'which', 'said', 'not', 'but', 'they', 'he', 'she', 'we', 'an', 'will', 'would'])

const functionWordPattern = /* @__PURE__ */ (() => new RegExp(`(?<![\\p{L}])(?:${/* @__PURE__ */ Array.from(englishFunctionWords).join('|')})(?![\\p{L}])`, 'giu'))()

/** True when `body` holds at least two English function words. */
function readsAsEnglish(body: string): boolean {
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern on every call.
  functionWordPattern.lastIndex = 0
  if (functionWordPattern.exec(body) === null) return false
  return functionWordPattern.exec(body) !== null
}

/** Sentences shorter than this (in characters) are never judged: trigram profiles are unreliable on short text. */
const minimumCharacters = 60
const minimumWords = 8
/** The document's language must score at most this (the best scores 1) for a sentence to be called foreign. */
const maximumDocumentScore = 0.85

/**
 * Guess the language of a whole document. English is recognised directly
 * when at least a fifth of the words in its first 2,000 characters are
 * English function words (clean news English scores 0.3–0.45; this takes a
 * few microseconds). Otherwise the language stage's `rankLanguages` (franc-min's
 * trigram profiles) decides among `candidates`; without a list, franc called
 * a mostly English text with one French sentence Scots.
 *
 * @param text The whole document.
 * @param candidates ISO 639-3 codes the ranking may choose from.
 * @returns An ISO 639-3 code, or `und` when the text is too short or unclear.
 */
export function guessDocumentLanguage(text: string, candidates: readonly string[] = defaultCandidateLanguages): string {
  const head = text.slice(0, 2000)
  const words = head.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length >= 20 && words.filter((word) => englishFunctionWords.has(word)).length >= words.length * 0.2) return 'eng'
  return rankLanguages(head, {only: candidates, ignore: [], minLength: 40})[0]![0]
}

type Script = 'latin' | 'greek' | 'cyrillic' | 'hebrew' | 'arabic' | 'indic' | 'thai' | 'cjk' | 'hangul' | 'other'

/** The script of one code point, by block. */
function scriptOf(code: number): Script | undefined {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin'
  if (code < 0x370) return undefined
  if (code <= 0x3ff) return 'greek'
  if (code <= 0x52f) return 'cyrillic'
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew'
  if ((code >= 0x600 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'arabic'
  if (code >= 0x900 && code <= 0xdff) return 'indic'
  if (code >= 0xe00 && code <= 0xe7f) return 'thai'
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff)) return 'cjk'
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul'
  if (code >= 0x2000 && code <= 0x2bff) return undefined
  return 'other'
}

/** Count letters by script in `[start, end)`. */
function countScripts(text: string, start: number, end: number): Map<Script, number> {
  const counts = new Map<Script, number>()
  for (let index = start; index < end; index++) {
    const script = scriptOf(text.charCodeAt(index))
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  return counts
}

function dominant(counts: Map<Script, number>): {script: Script | undefined; share: number; total: number} {
  let script: Script | undefined
  let best = 0
  let total = 0
  for (const [name, count] of counts) {
    total += count
    if (count > best) {
      best = count
      script = name
    }
  }
  return {script, share: total === 0 ? 0 : best / total, total}
}

/**
 * Find sentences written in a language other than the document's. Two tests:
 * a sentence mostly (60%+) in another script than the document (Arabic in an
 * English article) is foreign outright; a sentence in the same script is
 * given to `rankLanguages` (franc-min's trigram profiles, as the language
 * stage reads them) only when it is at least 60 characters and 8 words long,
 * only among `candidates`, and only when it does not read as English by its
 * function words, since the profiles mislabel about one English sentence in five
 * (mostly as Scots). Adjacent foreign sentences of one language are reported
 * as one passage. Severity `warning`; no repair (translating is not a repair).
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The foreign passages in order.
 */
export function findUntranslatedSegments(context: ArtifactContext): Artifact[] {
  const {text, side, language, sentences: spans, candidateLanguages: candidates} = context
  const nonLatin = /[\u0370-\u1dff\u2c00-\ufaff\ufb50-\ufdff\ufe70-\ufeff]/
  const anyNonLatin = nonLatin.test(text)
  const documentScript = anyNonLatin ? dominant(countScripts(text, 0, text.length)).script : /[A-Za-z\u00c0-\u024f]/.test(text) ? 'latin' : undefined
  const only = candidates.includes(language) ? [...candidates] : [...candidates, language]
  const flagged: {start: number; end: number; label: string}[] = []
  for (const sentence of spans) {
    const body = text.slice(sentence.start, sentence.end)
    // Count scripts only in sentences that hold a letter outside Latin (curly quotes and dashes are not letters); a text without one has no such sentence.
    const mixed = documentScript !== 'latin' || (anyNonLatin && nonLatin.test(body))
    const scripts = mixed ? dominant(countScripts(text, sentence.start, sentence.end)) : {script: 'latin', share: 1, total: 0}
    if (scripts.total >= 12 && scripts.script !== documentScript && scripts.share >= 0.6 && documentScript !== undefined) {
      flagged.push({start: sentence.start, end: sentence.end, label: `${scripts.script} script`})
      continue
    }
    if (language === 'und' || sentence.end - sentence.start < minimumCharacters) continue
    if (language === 'eng' && readsAsEnglish(body)) continue
    const words = body.match(/\p{L}+/gu) ?? []
    if (words.length < minimumWords) continue
    const scores = rankLanguages(body, {only, ignore: [], minLength: minimumCharacters})
    const top = scores[0]
    if (!top || top[0] === language || top[0] === 'und') continue
    const own = scores.find(([code]) => code === language)
    if (own && own[1] > maximumDocumentScore) continue
    flagged.push({start: sentence.start, end: sentence.end, label: top[0]})
  }
  const found: Artifact[] = []
  for (let index = 0; index < flagged.length; index++) {
    const first = flagged[index]!
    let last = first
    while (index + 1 < flagged.length && flagged[index + 1]!.label === first.label && /^\s*$/.test(text.slice(last.end, flagged[index + 1]!.start))) {
      last = flagged[++index]!
    }
    const name = languageNames[first.label] ?? first.label
    const own = languageNames[language] ?? (language === 'und' ? 'the rest of the document' : language)
    const message = first.label.endsWith(' script')
      ? `This passage is written in ${first.label}, unlike the rest of the document.`
      : `This passage appears to be in ${name}, not ${own}.`
    found.push(makeArtifact(text, side, 'untranslated-segment', first.start, last.end, 'warning', message))
  }
  return found
}
