import type {ArtifactKind, Bead, Relation, SignalKind} from '../types'

/** What `decideRelation` looks at, all computed by `buildReport`. */
export interface RelationEvidence {
  readonly sourceSentences: number
  readonly variantSentences: number
  readonly beads: readonly Bead[]
  /** Fraction of each side's sentences in a bead with a counterpart. */
  readonly coverage: {readonly source: number; readonly variant: number}
  /** Dice coefficient of the two documents' content-word sets, in [0, 1]: are they about the same thing? */
  readonly topicSimilarity: number
  /** Signals by kind. */
  readonly signals: Readonly<Partial<Record<SignalKind, number>>>
  /** Artifacts of the variant by kind. */
  readonly variantArtifacts: Readonly<Partial<Record<ArtifactKind, number>>>
  /** True when every bead is a 1-1 match whose diff has only equal parts. */
  readonly sameText: boolean
}

/** Thresholds of `decideRelation` (documented in `docs/report-schema.md`). */
export const relationThresholds = {
  /** Least source coverage for a rendering of the whole text. */
  wholeSourceCoverage: 0.7,
  /** Least variant coverage for a rendering of the whole text. */
  wholeVariantCoverage: 0.6,
  /** Least mean similarity of the linked beads for a light edit. */
  lightEditSimilarity: 0.85,
  /** Similarity from which a linked bead counts as clear reuse. */
  strongLink: 0.6,
  /** Least topic similarity of two independent reports of one event. */
  sameTopic: 0.12,
} as const

/** Artifact kinds that machine rewriting leaves behind. */
const machineArtifacts: readonly ArtifactKind[] = ['entity-residue', 'spacing', 'punctuation', 'mojibake']

/**
 * Decide what the variant is to the source, with a one-sentence reason.
 *
 * - `identical`: the same sentences, word for word (case, quote and dash
 *   style and entity residue aside, as in the word diff).
 * - `light-edit`: nearly every sentence kept in order, barely reworded.
 * - `retranslation`: nearly every sentence kept in order, reworded, with the
 *   marks of a machine round trip: altered quotes, flipped pronouns, entity
 *   or spacing residue.
 * - `paraphrase`: nearly every sentence kept, reworded, without those marks.
 * - `partial-reuse`: some sentences re-used, most of either text its own.
 * - `independent`: the same subject, at most weak links between sentences.
 * - `unrelated`: different subjects.
 *
 * @param evidence Counts and scores from the report.
 * @returns The relation and the reason.
 */
export function decideRelation(evidence: RelationEvidence): {relation: Relation; reason: string} {
  const {beads, coverage} = evidence
  if (evidence.sourceSentences === 0 && evidence.variantSentences === 0) {
    return {relation: 'identical', reason: 'Both texts are empty.'}
  }
  if (evidence.sourceSentences === 0 || evidence.variantSentences === 0) {
    return {relation: 'unrelated', reason: `The ${evidence.sourceSentences === 0 ? 'source' : 'variant'} has no sentences to compare.`}
  }
  const linked = beads.filter((bead) => bead.source.length > 0 && bead.variant.length > 0)
  const strong = linked.filter((bead) => bead.similarity >= relationThresholds.strongLink)
  const moved = linked.filter((bead) => bead.moved).length
  const meanSimilarity = linked.length === 0 ? 0 : linked.reduce((sum, bead) => sum + bead.similarity, 0) / linked.length
  const percent = (value: number) => `${Math.round(value * 100)}%`

  if (evidence.sameText && coverage.source === 1 && coverage.variant === 1) {
    return {relation: 'identical', reason: 'Every sentence has a word-for-word counterpart in the same order.'}
  }
  if (coverage.source >= relationThresholds.wholeSourceCoverage && coverage.variant >= relationThresholds.wholeVariantCoverage) {
    const kept = `${percent(coverage.source)} of the source's sentences have a counterpart${moved === 0 ? ', in order' : ''}`
    if (meanSimilarity >= relationThresholds.lightEditSimilarity) {
      return {relation: 'light-edit', reason: `${kept}, barely reworded (mean similarity ${meanSimilarity.toFixed(2)}).`}
    }
    const marks = machineMarks(evidence)
    if (marks.length > 0) {
      return {
        relation: 'retranslation',
        reason: `${kept}, reworded (mean similarity ${meanSimilarity.toFixed(2)}), with the marks of a machine round trip: ${marks.join(', ')}.`,
      }
    }
    return {relation: 'paraphrase', reason: `${kept}, reworded (mean similarity ${meanSimilarity.toFixed(2)}) without the marks of machine translation.`}
  }
  if (strong.length >= 2 || (linked.length >= 3 && coverage.source >= 0.25)) {
    return {
      relation: 'partial-reuse',
      reason: `${linked.length} passage${linked.length === 1 ? '' : 's'} re-used (${strong.length} closely${moved > 0 ? `, ${moved} out of order` : ''}), covering ${percent(coverage.source)} of the source and ${percent(coverage.variant)} of the variant.`,
    }
  }
  if (evidence.topicSimilarity >= relationThresholds.sameTopic) {
    return {
      relation: 'independent',
      reason: `Same subject (topic similarity ${evidence.topicSimilarity.toFixed(2)}) but ${linked.length === 0 ? 'no sentence corresponds' : `only ${linked.length} weak link${linked.length === 1 ? '' : 's'} between sentences`}.`,
    }
  }
  return {relation: 'unrelated', reason: `Different subjects (topic similarity ${evidence.topicSimilarity.toFixed(2)}) and ${linked.length} linked sentences.`}
}

/** The marks of machine translation present in the evidence, in words. */
function machineMarks(evidence: RelationEvidence): string[] {
  const marks: string[] = []
  const quotes = evidence.signals.quote ?? 0
  const pronouns = evidence.signals.pronoun ?? 0
  if (quotes > 0) marks.push(`${quotes} altered quote${quotes === 1 ? '' : 's'}`)
  if (pronouns > 0) marks.push(`${pronouns} flipped pronoun${pronouns === 1 ? '' : 's'}`)
  const residue = machineArtifacts.reduce((sum, kind) => sum + (evidence.variantArtifacts[kind] ?? 0), 0)
  if (residue > 0) marks.push(`${residue} entity, spacing, punctuation or mojibake artifact${residue === 1 ? '' : 's'}`)
  return marks
}
