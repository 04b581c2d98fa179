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
  /** Artifacts of the source by kind: machine marks count only where the variant has more of them. @default {} */
  readonly sourceArtifacts?: Readonly<Partial<Record<ArtifactKind, number>>>
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
  /** Least coverage of each side for an in-order rendering of the whole text, when nothing moved. */
  inOrderCoverage: 0.5,
  /** Least coverage of each side for a loose rendering: nothing moved and the unpaired sentences face each other. */
  looseCoverage: 0.25,
  /** Least balance of the gaps between in-order links (Σ min / Σ max of the two sides' gap lengths) for a loose rendering. */
  gapBalance: 0.75,
  /** Least ratio of the two sides' sentence counts for a loose rendering. */
  sentenceRatio: 0.75,
  /** Least number of sentences with a flipped pronoun for the flips to mark a machine round trip. */
  pronounSentences: 2,
} as const

/**
 * Artifact kinds that machine rewriting leaves behind and a human translator
 * would not: entity debris, double-encoded characters, spaces inside words
 * or before punctuation. (`punctuation` is left out: human text has it too.)
 */
const machineArtifacts: readonly ArtifactKind[] = ['entity-residue', 'spacing', 'mojibake']

/**
 * Decide what the variant is to the source, with a one-sentence reason.
 *
 * - `identical`: the same sentences, word for word (case, quote and dash
 *   style and entity residue aside, as in the word diff).
 * - `light-edit`: nearly every sentence kept in order, barely reworded.
 * - `retranslation`: the whole text rendered, reworded, with evidence a human
 *   translator would not leave: entity, spacing or mojibake residue the
 *   source does not have, or pronouns flipped in several sentences (altered
 *   quotes are named beside such a mark, never alone).
 * - `paraphrase`: the whole text rendered, reworded, without those marks.
 *
 * The whole text is rendered when most sentences of both sides are linked,
 * or, with nothing moved, enough of them in facing order (see
 * `isWholeRendering`): a complete translation is never `partial-reuse`. The
 * reason of a rendering names its most serious meaning changes (a negation
 * flip, a changed number) when there are any.
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
  if (isWholeRendering(evidence, linked, moved)) {
    const kept = `${percent(coverage.source)} of the source's sentences have a counterpart${moved === 0 ? ', in order' : ''}`
    const changes = seriousChanges(linked)
    const changed = changes.length === 0 ? '' : `; meaning changed: ${changes.join('; ')}`
    if (meanSimilarity >= relationThresholds.lightEditSimilarity) {
      return {relation: 'light-edit', reason: `${kept}, barely reworded (mean similarity ${meanSimilarity.toFixed(2)})${changed}.`}
    }
    const marks = machineMarks(evidence, linked)
    if (marks.length > 0) {
      return {
        relation: 'retranslation',
        reason: `${kept}, reworded (mean similarity ${meanSimilarity.toFixed(2)}), with the marks of a machine round trip: ${marks.join(', ')}${changed}.`,
      }
    }
    return {
      relation: 'paraphrase',
      reason:
        changes.length === 0
          ? `${kept}, reworded (mean similarity ${meanSimilarity.toFixed(2)}) without the marks of machine translation.`
          : `${kept}, reworded (mean similarity ${meanSimilarity.toFixed(2)})${changed}.`,
    }
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

/**
 * Whether the variant renders the whole source: most sentences of both sides
 * linked; or, with nothing moved, half of each; or, with nothing moved and at
 * least three links, a quarter of each when the unpaired sentences face each
 * other (the gaps between links are about as long on both sides, as in a
 * loose translation, unlike sentences planted in another text) and the
 * sentence counts are close.
 */
function isWholeRendering(evidence: RelationEvidence, linked: readonly Bead[], moved: number): boolean {
  const {coverage} = evidence
  const t = relationThresholds
  if (coverage.source >= t.wholeSourceCoverage && coverage.variant >= t.wholeVariantCoverage) return true
  if (moved > 0) return false
  if (coverage.source >= t.inOrderCoverage && coverage.variant >= t.inOrderCoverage) return true
  const counts = [evidence.sourceSentences, evidence.variantSentences]
  return (
    linked.length >= 3 &&
    coverage.source >= t.looseCoverage &&
    coverage.variant >= t.looseCoverage &&
    Math.min(...counts) >= t.sentenceRatio * Math.max(...counts) &&
    gapBalance(linked, evidence.sourceSentences, evidence.variantSentences) >= t.gapBalance
  )
}

/** Σ min / Σ max of the source and variant gap lengths between consecutive in-order links (and the documents' edges); 1 with no gap. */
function gapBalance(linked: readonly Bead[], sourceCount: number, variantCount: number): number {
  const inOrder = linked.filter((bead) => !bead.moved).sort((a, b) => a.variant[0]! - b.variant[0]!)
  let previousSource = -1
  let previousVariant = -1
  let shorter = 0
  let longer = 0
  for (const bead of [...inOrder, {source: [sourceCount], variant: [variantCount]}]) {
    const sourceGap = Math.max(0, bead.source[0]! - previousSource - 1)
    const variantGap = Math.max(0, bead.variant[0]! - previousVariant - 1)
    shorter += Math.min(sourceGap, variantGap)
    longer += Math.max(sourceGap, variantGap)
    previousSource = bead.source[bead.source.length - 1]!
    previousVariant = bead.variant[bead.variant.length - 1]!
  }
  return longer === 0 ? 1 : shorter / longer
}

/** Signal kinds in the order a reader should hear about them. */
const seriousOrder = ['negation', 'number', 'temporal', 'entity', 'modality', 'pronoun', 'quote', 'omission', 'addition']

/**
 * The most serious meaning changes of the linked beads, in words: up to three
 * error-severity signals (a negation flip before a changed number before a
 * changed time …), each as its own message, with how many more there are.
 */
function seriousChanges(linked: readonly Bead[]): string[] {
  const errors = linked.flatMap((bead) => bead.signals.filter((signal) => signal.severity === 'error'))
  if (errors.length === 0) return []
  const rank = (kind: string) => {
    const index = seriousOrder.indexOf(kind)
    return index < 0 ? seriousOrder.length : index
  }
  const sorted = [...errors].sort((a, b) => rank(a.kind) - rank(b.kind))
  const named = sorted.slice(0, 3).map((signal) => signal.message.replace(/\.$/, '').replace(/^./, (first) => first.toLowerCase()))
  if (errors.length > named.length) named.push(`${errors.length - named.length} more error${errors.length - named.length === 1 ? '' : 's'}`)
  return named
}

/**
 * The marks of machine translation present in the evidence, in words: what a
 * human translator would not leave. Machine artifacts count only where the
 * variant has more of a kind than the source (spacing damage from two on); pronoun flips only across
 * several sentences; altered quotes are named only beside another mark, since
 * human translators reword quotations too.
 */
function machineMarks(evidence: RelationEvidence, linked: readonly Bead[]): string[] {
  const marks: string[] = []
  const source = evidence.sourceArtifacts ?? {}
  const excess = (kind: ArtifactKind) => Math.max(0, (evidence.variantArtifacts[kind] ?? 0) - (source[kind] ?? 0))
  const residue = machineArtifacts.reduce((sum, kind) => sum + excess(kind), 0)
  // One stray space is a typo anyone makes; entity debris and mojibake are not.
  if (residue > 0 && (excess('entity-residue') > 0 || excess('mojibake') > 0 || excess('spacing') >= 2)) marks.push(`${residue} entity, spacing or mojibake artifact${residue === 1 ? '' : 's'} the source does not have`)
  const pronounSentences = linked.filter((bead) => bead.signals.some((signal) => signal.kind === 'pronoun' && signal.severity === 'error')).length
  if (pronounSentences >= relationThresholds.pronounSentences) marks.push(`pronouns flipped in ${pronounSentences} sentences`)
  const quotes = evidence.signals.quote ?? 0
  if (marks.length > 0 && quotes > 0) marks.push(`${quotes} altered quote${quotes === 1 ? '' : 's'}`)
  return marks
}
