import type {Artifact, Severity} from '../types'

const severityRank = {info: 0, warning: 1, error: 2} as const

/** What a detector found past the cap, counted but not built. */
export interface Overflow {
  /** How many findings the collapsed one stands for, itself included. */
  readonly count: number
  /** The end of the last of them. */
  readonly reach: number
  /** The most severe of their severities. */
  readonly severity: Severity
}

/**
 * The one finding that stands for itself and every finding after it: their
 * `count`, the most severe severity, a message saying how far they reach, and
 * no suggestion (it no longer names one repair).
 *
 * @param first The first finding past the ones reported one by one.
 * @param overflow What it stands for.
 * @returns The collapsed finding.
 */
export function collapsedFinding(first: Artifact, overflow: Overflow): Artifact {
  const {suggestion: _dropped, ...rest} = first
  return {
    ...rest,
    severity: overflow.severity,
    count: overflow.count,
    message: `${first.message} This finding stands for ${overflow.count} of this kind, up to offset ${overflow.reach}.`,
  }
}

/** The more severe of two severities. */
export function moreSevere(a: Severity, b: Severity): Severity {
  return severityRank[b] > severityRank[a] ? b : a
}

/**
 * Keep the first `max` findings of one detector; when there are more, the
 * last one kept stands for itself and all the rest (see {@link collapsedFinding}).
 * A detector that can meet hundreds of thousands of findings collapses them
 * itself while scanning (it knows `maxPerKind` from its context), so they are
 * never built; this catches the others.
 *
 * @param found One detector's findings, in any order.
 * @param max Most findings reported one by one.
 * @returns At most `max` findings, by offset.
 */
export function collapseFindings(found: Artifact[], max: number): Artifact[] {
  if (found.length <= max) return found
  found.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept = found.slice(0, max - 1)
  const first = found[max - 1]!
  let severity = first.severity
  let reach = first.end
  for (let index = max; index < found.length; index++) {
    const artifact = found[index]!
    severity = moreSevere(severity, artifact.severity)
    reach = Math.max(reach, artifact.end)
  }
  kept.push(collapsedFinding(first, {count: found.length - max + 1, severity, reach}))
  return kept
}
