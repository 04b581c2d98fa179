import type {Artifact} from '../types'
import {findArtifacts, type FindArtifactsOptions} from './find-artifacts'

/**
 * Apply the suggestions of a list of artifacts to a text. Artifacts without
 * a suggestion are skipped; where two overlap, the one that starts first wins
 * (the longer one on a tie, then the more severe). Replacements are applied
 * right to left so earlier offsets stay valid.
 *
 * @param text The original input the artifacts point into.
 * @param artifacts Artifacts of this text (from {@link findArtifacts}).
 * @returns The repaired text.
 */
export function applySuggestions(text: string, artifacts: readonly Artifact[]): string {
  const rank = {error: 0, warning: 1, info: 2} as const
  const candidates = artifacts
    .filter((artifact) => artifact.suggestion !== undefined)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end || rank[a.severity] - rank[b.severity])
  const chosen: Artifact[] = []
  let reached = 0
  for (const artifact of candidates) {
    if (artifact.start < reached) continue
    chosen.push(artifact)
    reached = Math.max(artifact.end, artifact.start + 1)
  }
  let repaired = text
  for (let index = chosen.length - 1; index >= 0; index--) {
    const artifact = chosen[index]!
    repaired = repaired.slice(0, artifact.start) + artifact.suggestion! + repaired.slice(artifact.end)
  }
  return repaired
}

/**
 * Repair a text from the suggestions of its own artifacts: find them with
 * {@link findArtifacts}, then apply every non-overlapping suggestion.
 *
 * @param text Any text.
 * @param options Passed to {@link findArtifacts} (use `kinds` to repair only some kinds).
 * @returns The repaired text; the input itself when nothing has a repair.
 */
export function repairText(text: string, options: FindArtifactsOptions = {}): string {
  return applySuggestions(text, findArtifacts(text, options))
}
