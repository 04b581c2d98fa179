/**
 * The data model shared by every stage, re-exported from the stage that owns
 * each type (a sentence from `segment/`, a bead from `align/`, a signal from
 * `compare/signals/`, …). Everything is plain, JSON-serializable data: no
 * classes, no `Map`, no `NaN`/`Infinity`. Offsets are UTF-16 code units into
 * the *original* input, half-open.
 */
export type {Span, TextSpan, Side, Sentence} from './segment/sentence'
export type {Severity} from './severity'
export type {SignalKind, Signal} from './compare/signals/signal'
export type {ArtifactKind, Artifact} from './artifacts/artifact'
export type {BeadMetrics, DocumentMetrics} from './metrics/bead-metrics'
export type {BeadKind, DiffPart, Bead} from './align/bead'
export type {ReusedPassage} from './passages/reused-passage'
export type {Relation, DocumentReport, BeadCounts, Summary, DriftReport} from './report/drift-report'
