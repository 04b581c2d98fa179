import type {Bead} from '../align/bead'
import type {Artifact, ArtifactKind} from '../artifacts/artifact'
import type {SignalKind} from '../compare/signals/signal'
import type {DocumentMetrics} from '../metrics/bead-metrics'
import type {ReusedPassage} from '../passages/reused-passage'
import type {Sentence} from '../segment/sentence'

/** What the variant is to the source, as a whole. */
export type Relation =
  | 'identical'
  | 'light-edit'
  | 'paraphrase'
  | 'retranslation'
  | 'partial-reuse'
  | 'independent'
  | 'unrelated'

/** One side of a report: language and sentences. */
export interface DocumentReport {
  /** ISO 639-3 code from franc, or `und` when the text is too short or unclear. */
  readonly language: string
  /** Length of the original text in UTF-16 code units. */
  readonly length: number
  readonly sentences: readonly Sentence[]
  /**
   * The character encoding the text was decoded from (a WHATWG name such as
   * `utf-8` or `windows-1252`), recorded by adapters that read bytes. The
   * core never sets it: it is given text.
   */
  readonly encoding?: string
}

/** Counts of beads by kind, plus how many are moved. */
export interface BeadCounts {
  readonly match: number
  readonly merge: number
  readonly split: number
  readonly insertion: number
  readonly omission: number
  readonly moved: number
}

/** The document-level view of a comparison. */
export interface Summary {
  /** Fraction of each side's sentences that are in a non-empty bead, in [0, 1] (0 for an empty side). */
  readonly coverage: {readonly source: number; readonly variant: number}
  /** Length-weighted similarity over all sentences of both sides in [0, 1]; unaligned sentences count as 0. */
  readonly similarity: number
  readonly counts: BeadCounts
  readonly relation: Relation
  /** One sentence saying why `relation` was chosen. */
  readonly reason: string
  /** Document-level meaning drift in [0, 1]: the bead formula applied to the whole text (its chrF, `similarity` and length ratio) with the beads' signals averaged by length (0 when both sides are empty; see `docs/signals.md`). */
  readonly drift: number
  /** Number of signals by kind. */
  readonly signals: Readonly<Partial<Record<SignalKind, number>>>
  /** Number of artifacts by kind, over both sides. */
  readonly artifacts: Readonly<Partial<Record<ArtifactKind, number>>>
  /** Artifacts in the variant per 1,000 words of the variant (0 for an empty variant). */
  readonly artifactDensity: number
  /**
   * sacrebleu-compatible metrics: `aligned` over the aligned beads only,
   * `whole` with unaligned sentences scored against empty text.
   */
  readonly metrics?: {readonly aligned: DocumentMetrics; readonly whole: DocumentMetrics}
}

/** The result of `compareTexts`. JSON-safe: `JSON.parse(JSON.stringify(r))` equals `r`. */
export interface DriftReport {
  readonly schemaVersion: 1
  readonly source: DocumentReport
  readonly variant: DocumentReport
  /** Beads in reading order of the variant (omissions placed after their source neighbour). */
  readonly alignment: readonly Bead[]
  readonly artifacts: readonly Artifact[]
  readonly summary: Summary
  /** True when the aligner hit its work budget and some of the search was cut short. */
  readonly truncated: boolean
  /** Passages of at least 8 words the variant takes from the source, in the variant's order; absent with `{passages: false}`. */
  readonly passages?: readonly ReusedPassage[]
}
