/**
 * The data model shared by every stage, re-exported from the stage that owns
 * each type (the sentence from `segment/`, the bead from `align/`, the signal
 * from `compare/signals/`, the artifact from `artifacts/`, the report from
 * `report/`). Everything here is plain, JSON-serializable data: no classes,
 * no `Map`, no `NaN`/`Infinity`.
 *
 * Offsets are UTF-16 code units into the *original* input, half-open:
 * `text.slice(start, end)` is always the covered text.
 */

export type {Span, TextSpan, Side, Severity} from './span'
export type {Sentence} from './segment/sentence'
export type {SignalKind, Signal} from './compare/signals/signal'
export type {ArtifactKind, Artifact} from './artifacts/artifact'
export type {BeadKind, DiffPart, BeadMetrics, Bead} from './align/bead'
export type {ReusedPassage} from './passages/reused-passage'
export type {Relation, DocumentReport, DocumentMetrics, BeadCounts, Summary, DriftReport} from './report/drift-report'
