import type {Side, Span} from '../types'
import {type ArtifactContext, buildArtifactContext} from './artifact-context'
import {defaultCandidateLanguages} from './find-untranslated-segments'

/**
 * The context of a text for a detector's unit tests: side `variant`, the
 * language given (`und` when none) and the default candidate languages.
 *
 * @param text The text under test.
 * @param input Side, language and sentences, when a test needs them.
 */
export function contextOf(text: string, input: {side?: Side; language?: string; sentences?: readonly Span[]} = {}): ArtifactContext {
  return buildArtifactContext(text, {candidateLanguages: defaultCandidateLanguages, language: 'und', ...input})
}
