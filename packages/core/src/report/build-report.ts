import type {Artifact, ArtifactKind, Bead, BeadCounts, DocumentMetrics, DocumentReport, DriftReport, SignalKind} from '../types'
import {driftFeatureNames, driftFeatures, driftFromFeatures, type DriftFeatures} from '../compare/signals/score-drift'
import {decideRelation} from './decide-relation'

/** Drift features the document drift averages over the linked beads. */
const linkedBeadFeatures = ['missingWords', 'addedWords', 'errors', 'warnings', 'infos'] as const
/** Drift features the document drift averages over every bead, an unaligned one counting its side against nothing. */
const everyBeadFeatures = ['unsharedWords', 'unmatchedRun'] as const

/** Everything `buildReport` assembles. */
export interface ReportParts {
  readonly source: DocumentReport
  readonly variant: DocumentReport
  readonly beads: readonly Bead[]
  readonly artifacts: readonly Artifact[]
  readonly truncated: boolean
  /** Dice coefficient of the two documents' content words (from `alignSentences`). */
  readonly topicSimilarity: number
  /** Number of words of the variant, for the artifact density. */
  readonly variantWords: number
  readonly metrics?: {readonly aligned: DocumentMetrics; readonly whole: DocumentMetrics}
  /** chrF (0–100) of the whole variant against the whole source, for the document drift; without it the similarity stands in. */
  readonly chrf?: number
  /**
   * The drift features of each bead (`driftFeatures`), one per bead, whose
   * word and signal parts the document drift averages; without them those
   * parts come from each bead's signals alone. An insertion or omission has
   * the features of its one side against an empty side (only its word
   * features are read), or `undefined` to leave it out of the word features.
   */
  readonly driftFeatures?: readonly (DriftFeatures | undefined)[]
}

/**
 * Assemble a `DriftReport`: the summary's coverage, similarity, counts, drift
 * and relation are all computed here from the beads, signals and artifacts.
 *
 * @param parts The stages' outputs.
 * @returns The report (JSON-safe, `schemaVersion` 1).
 */
export function buildReport(parts: ReportParts): DriftReport {
  const {source, variant, beads, artifacts} = parts
  const linked = beads.filter((bead) => bead.source.length > 0 && bead.variant.length > 0)
  const coveredSource = new Set(linked.flatMap((bead) => bead.source))
  const coveredVariant = new Set(linked.flatMap((bead) => bead.variant))
  const coverage = {
    source: fraction(coveredSource.size, source.sentences.length),
    variant: fraction(coveredVariant.size, variant.sentences.length),
  }

  // The characters of each bead's sentences, worked out once (whole numbers: any order sums them exactly).
  const lengths = new Float64Array(beads.length)
  let totalLength = 0
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index]!
    let length = 0
    for (const i of bead.source) length += source.sentences[i]!.text.length
    for (const i of bead.variant) length += variant.sentences[i]!.text.length
    lengths[index] = length
    totalLength += length
  }
  let weightedSimilarity = 0
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index]!
    if (bead.source.length > 0 && bead.variant.length > 0) weightedSimilarity += bead.similarity * lengths[index]!
  }
  const similarity = totalLength === 0 ? 1 : weightedSimilarity / totalLength
  // Document drift: the bead formula applied to the whole text (its chrF, the
  // summary similarity, where unaligned sentences count 0, and the length
  // ratio), with the content-word and signal features averaged over the linked
  // beads by length, and the unshared-word and run features over every bead:
  // an unaligned sentence is words the other text lacks, so a text with
  // nothing aligned does not read as close for want of linked beads.
  if (parts.driftFeatures !== undefined && (!Array.isArray(parts.driftFeatures) || parts.driftFeatures.length !== beads.length)) {
    throw new TypeError(`Expected \`driftFeatures\` to be an array with one entry per bead (${beads.length}), not \`${String(parts.driftFeatures)}\``)
  }
  const sourceLength = source.sentences.reduce((sum, sentence) => sum + sentence.text.length, 0)
  const variantLength = variant.sentences.reduce((sum, sentence) => sum + sentence.text.length, 0)
  const chrf = parts.chrf === undefined ? undefined : Math.min(100, Math.max(0, parts.chrf))
  const whole = driftFeatures([], similarity, {chrf, lengthRatio: totalLength === 0 ? 1 : Math.min(sourceLength, variantLength) / Math.max(sourceLength, variantLength)})
  const averaged: Record<(typeof driftFeatureNames)[number], number> = {...whole}
  for (const name of [...linkedBeadFeatures, ...everyBeadFeatures]) averaged[name] = 0
  let linkedLength = 0
  const averagedOverLinked = [...linkedBeadFeatures, ...everyBeadFeatures]
  beads.forEach((bead, index) => {
    const length = lengths[index]!
    if (bead.source.length === 0 || bead.variant.length === 0) {
      const features = parts.driftFeatures?.[index]
      if (features !== undefined) for (const name of everyBeadFeatures) averaged[name] += features[name] * length
      return
    }
    const features = parts.driftFeatures?.[index] ?? driftFeatures(bead.signals, bead.similarity)
    linkedLength += length
    for (const name of averagedOverLinked) averaged[name] += features[name] * length
  })
  for (const name of linkedBeadFeatures) averaged[name] = linkedLength === 0 ? 0 : averaged[name] / linkedLength
  for (const name of everyBeadFeatures) averaged[name] = totalLength === 0 ? 0 : averaged[name] / totalLength
  const drift = totalLength === 0 ? 0 : driftFromFeatures(averaged)

  let match = 0
  let merge = 0
  let split = 0
  let insertion = 0
  let omission = 0
  let moved = 0
  for (const bead of beads) {
    if (bead.kind === 'match') match++
    else if (bead.kind === 'merge') merge++
    else if (bead.kind === 'split') split++
    else if (bead.kind === 'insertion') insertion++
    else if (bead.kind === 'omission') omission++
    if (bead.moved) moved++
  }
  const counts: BeadCounts = {match, merge, split, insertion, omission, moved}
  const signals: Partial<Record<SignalKind, number>> = {}
  for (const bead of beads) for (const signal of bead.signals) signals[signal.kind] = (signals[signal.kind] ?? 0) + 1
  const artifactCounts: Partial<Record<ArtifactKind, number>> = {}
  const variantArtifacts: Partial<Record<ArtifactKind, number>> = {}
  const sourceArtifacts: Partial<Record<ArtifactKind, number>> = {}
  for (const artifact of artifacts) {
    artifactCounts[artifact.kind] = (artifactCounts[artifact.kind] ?? 0) + 1
    const side = artifact.side === 'variant' ? variantArtifacts : sourceArtifacts
    side[artifact.kind] = (side[artifact.kind] ?? 0) + 1
  }
  const variantArtifactCount = artifacts.filter((artifact) => artifact.side === 'variant').length
  const sameText =
    beads.length > 0 && beads.every((bead) => bead.kind === 'match' && !bead.moved && bead.diff.every((part) => part.op === 'equal'))
  const {relation, reason} = decideRelation({
    sourceSentences: source.sentences.length,
    variantSentences: variant.sentences.length,
    beads,
    coverage,
    topicSimilarity: parts.topicSimilarity,
    signals,
    variantArtifacts,
    sourceArtifacts,
    sameText,
  })

  return {
    schemaVersion: 1,
    source,
    variant,
    alignment: beads,
    artifacts,
    summary: {
      coverage,
      similarity,
      counts,
      relation,
      reason,
      drift,
      signals,
      artifacts: artifactCounts,
      artifactDensity: parts.variantWords === 0 ? 0 : (1000 * variantArtifactCount) / parts.variantWords,
      ...(parts.metrics ? {metrics: parts.metrics} : {}),
    },
    truncated: parts.truncated,
  }
}

function fraction(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}
