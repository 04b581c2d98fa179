import type {Artifact, Severity} from '../types'
import {findArtifacts, type FindArtifactsOptions} from './find-artifacts'

/** Options of {@link applySuggestions}. */
export interface ApplySuggestionsOptions {
  /**
   * The least severity whose suggestions are applied. `info` findings (runs of
   * spaces, captions, repeated blocks) are layout and provenance notes, not
   * damage, so by default they are reported and left in place: a text with no
   * finding above `info` comes back unchanged. @default 'warning'
   */
  readonly minSeverity?: Severity
}

/** Options of {@link repairText}: those of `findArtifacts` and of {@link applySuggestions}. */
export interface RepairTextOptions extends FindArtifactsOptions, ApplySuggestionsOptions {}

/** The defaults of {@link ApplySuggestionsOptions}. */
export const defaultApplySuggestionsOptions = {minSeverity: 'warning'} as const satisfies Required<ApplySuggestionsOptions>

const rank = {info: 0, warning: 1, error: 2} as const

function resolveMinSeverity(options: ApplySuggestionsOptions, allowed: ReadonlySet<string>, name: string): Severity {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) throw new TypeError(`Expected options of \`${name}\` to be among ${[...allowed].join(', ')}, not \`${key}\``)
  }
  const minSeverity = options.minSeverity ?? defaultApplySuggestionsOptions.minSeverity
  if (!Object.hasOwn(rank, minSeverity)) throw new TypeError(`Expected \`minSeverity\` to be \`info\`, \`warning\` or \`error\`, not \`${String(minSeverity)}\``)
  return minSeverity
}

/**
 * Apply the suggestions of a list of artifacts to a text. Artifacts without
 * a suggestion or below `minSeverity` are skipped; where two overlap, the one
 * that starts first wins (the longer one on a tie, then the more severe).
 * Replacements are applied right to left so earlier offsets stay valid.
 *
 * @param text The original input the artifacts point into.
 * @param artifacts Artifacts of this text (from {@link findArtifacts}).
 * @param options The least severity applied.
 * @returns The repaired text.
 */
export function applySuggestions(text: string, artifacts: readonly Artifact[], options: ApplySuggestionsOptions = {}): string {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  if (!Array.isArray(artifacts)) throw new TypeError(`Expected \`artifacts\` to be an array, not \`${String(artifacts)}\``)
  const least = rank[resolveMinSeverity(options, new Set(['minSeverity']), 'applySuggestions')]
  const candidates = (artifacts as readonly Artifact[])
    .filter((artifact) => artifact.suggestion !== undefined && rank[artifact.severity] >= least)
    .sort((a, b) => a.start - b.start || b.end - a.end || rank[b.severity] - rank[a.severity])
  const chosen: Artifact[] = []
  let reached = 0
  for (const artifact of candidates) {
    if (artifact.start < reached) continue
    chosen.push(artifact)
    reached = Math.max(artifact.end, artifact.start + 1)
  }
  // Pieces joined once: repeated slicing of a long text would be quadratic.
  const parts: string[] = []
  let at = 0
  for (const artifact of chosen) {
    parts.push(text.slice(at, artifact.start), artifact.suggestion!)
    at = artifact.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

const repairOptionNames: ReadonlySet<string> = /* @__PURE__ */ new Set(['side', 'language', 'kinds', 'sentences', 'candidateLanguages', 'maxPerKind', 'minSeverity'])

/**
 * Repair a text from the suggestions of its own artifacts: find them with
 * {@link findArtifacts} (every finding, none collapsed), then apply every
 * non-overlapping suggestion at or above `minSeverity`. A text with no
 * finding above `info` comes back unchanged.
 *
 * @param text Any text.
 * @param options Passed to {@link findArtifacts} (use `kinds` to repair only some kinds), and `minSeverity`.
 * @returns The repaired text; the input itself when nothing has a repair.
 */
export function repairText(text: string, options: RepairTextOptions = {}): string {
  const minSeverity = resolveMinSeverity(options, repairOptionNames, 'repairText')
  const {minSeverity: _least, ...findOptions} = options
  return applySuggestions(text, findArtifacts(text, {maxPerKind: Number.POSITIVE_INFINITY, ...findOptions}), {minSeverity})
}
