import type {BeadKind, BeadMetrics, DocumentMetrics, Relation, Severity} from '@driftlens/core'

/**
 * The data the HTML report embeds as JSON and its script renders. It is built
 * once, in Node, from a `DriftReport`, so the script in the page only turns
 * plain records into elements and never has to understand spans.
 */
export interface HtmlView {
  readonly title: string
  readonly labels: {readonly source: string; readonly variant: string}
  readonly summary: HtmlSummary
  /** One row per bead, in the variant's reading order. */
  readonly rows: readonly HtmlRow[]
  /** Every finding, in reading order (row, then side, then offset); `id` is the position here. */
  readonly findings: readonly HtmlFinding[]
}

/** The header's figures, copied from `report.summary` and the two documents. */
export interface HtmlSummary {
  readonly relation: Relation
  readonly reason: string
  readonly coverage: {readonly source: number; readonly variant: number}
  readonly similarity: number
  readonly drift: number
  readonly counts: Readonly<Record<BeadKind | 'moved' | 'weak', number>>
  readonly signals: Readonly<Record<string, number>>
  readonly artifacts: Readonly<Record<string, number>>
  readonly artifactDensity: number
  readonly passages: number
  readonly metrics?: {readonly aligned: DocumentMetrics; readonly whole: DocumentMetrics}
  readonly languages: {readonly source: string; readonly variant: string}
  readonly sentences: {readonly source: number; readonly variant: number}
  readonly truncated: boolean
}

/** One aligned group of sentences: the source cell on the left, the variant cell on the right. */
export interface HtmlRow {
  readonly kind: BeadKind
  readonly moved: boolean
  /** The aligner linked this pair with little evidence (`bead.weak`). */
  readonly weak: boolean
  readonly similarity: number
  readonly drift: number
  readonly metrics?: BeadMetrics
  /** Sentence indices of each side, as in the bead. */
  readonly source: readonly number[]
  readonly variant: readonly number[]
  /** The text of each side, cut where a diff part or a finding starts or ends; empty on the missing side. */
  readonly sourceCell: readonly HtmlPiece[]
  readonly variantCell: readonly HtmlPiece[]
  /** For a moved row: where its source sentences stand in the source, next to another row's. */
  readonly movedFrom?: MovedLink
  /** Moved rows whose source sentences stand next to this row's in the source. */
  readonly movedAway: readonly MovedLink[]
  /** Ids of the findings anchored in this row. */
  readonly findings: readonly number[]
}

/** One end of the link between a moved row and the row its source sentences stand next to in the source. */
export interface MovedLink {
  /** The other row. */
  readonly row: number
  /** The moved sentences stand `after` (or, at the very start of the source, `before`) the home row's. */
  readonly position: 'after' | 'before'
}

/** A run of text with one diff state and one set of findings. */
export interface HtmlPiece {
  readonly text: string
  /** `delete` (source only) or `insert` (variant only) in the word diff. */
  readonly op?: 'delete' | 'insert'
  /** Ids of the findings covering this run. */
  readonly findings?: readonly number[]
  /** Ids of the findings whose first run this is (the element focus and `j`/`k` go to). */
  readonly anchors?: readonly number[]
  /** Starts a new paragraph of the original. */
  readonly paragraph?: true
  /** Text of a finding that lies outside every sentence of this cell, shown apart. */
  readonly detached?: true
}

/** What a finding is: a meaning change, a defect of one text, or a re-used passage. */
export type FindingCategory = 'signal' | 'artifact' | 'passage'

/** A signal, an artifact or a re-used passage, as the report lists it. */
export interface HtmlFinding {
  readonly id: number
  readonly category: FindingCategory
  readonly kind: string
  readonly severity: Severity
  readonly message: string
  /** The row where the finding's first mark is. */
  readonly row: number
  /** The evidence in each text, when the finding has it. */
  readonly sourceText?: string
  readonly variantText?: string
  /** For an artifact: the repaired text, when a repair exists. */
  readonly suggestion?: string
}
