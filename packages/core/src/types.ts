/**
 * The data model shared by every stage. Everything here is plain,
 * JSON-serializable data: no classes, no `Map`, no `NaN`/`Infinity`.
 *
 * Offsets are UTF-16 code units into the *original* input, half-open:
 * `text.slice(start, end)` is always the covered text.
 */

/** A half-open range `[start, end)` of UTF-16 code units in an original input. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the original text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string
}

/** Which of the two compared texts something belongs to. */
export type Side = 'source' | 'variant'

/** How serious a finding is. */
export type Severity = 'info' | 'warning' | 'error'

/** One sentence of a document, located in the original text. */
export interface Sentence extends TextSpan {
  /** Position of the sentence in the document, from 0. */
  readonly index: number
  /** Index of the paragraph (blank-line separated block) the sentence belongs to, from 0. */
  readonly paragraph: number
}

/** The names of the drift-signal kinds (see `docs/signals.md`). */
export type SignalKind =
  | 'number'
  | 'entity'
  | 'negation'
  | 'antonym'
  | 'quote'
  | 'pronoun'
  | 'temporal'
  | 'modality'
  | 'omission'
  | 'addition'

/**
 * A change in meaning between the two sides of a bead, with evidence.
 * `source` and `variant` are offsets into the original source and variant texts.
 */
export interface Signal {
  readonly kind: SignalKind
  readonly severity: Severity
  /** One sentence for people. */
  readonly message: string
  readonly source?: TextSpan
  readonly variant?: TextSpan
}

/** The names of the artifact kinds (see `docs/artifacts.md`). */
export type ArtifactKind =
  | 'entity-residue'
  | 'mojibake'
  | 'invisible-char'
  | 'markup-residue'
  | 'spacing'
  | 'punctuation'
  | 'repeated-word'
  | 'scraper-residue'
  | 'social-embed'
  | 'duplicate-block'
  | 'untranslated-segment'

/** Something in one text that marks it as scraped, garbled or machine-rewritten. */
export interface Artifact extends TextSpan {
  readonly kind: ArtifactKind
  readonly side: Side
  readonly severity: Severity
  /** One sentence for people. */
  readonly message: string
  /** The repaired text for `[start, end)`, when a repair exists (may be `''` to delete). */
  readonly suggestion?: string
  /**
   * How many findings this one stands for, when more of its kind were found
   * than `findArtifacts` reports one by one (`maxPerKind`); absent otherwise.
   */
  readonly count?: number
}

/** How the sentences of a bead correspond. */
export type BeadKind = 'match' | 'merge' | 'split' | 'insertion' | 'omission'

/** One piece of a word-level diff between the two sides of a bead. */
export interface DiffPart {
  /** `equal`: on both sides; `delete`: source only; `insert`: variant only. */
  readonly op: 'equal' | 'delete' | 'insert'
  /** Present for `equal` and `delete`. */
  readonly source?: TextSpan
  /** Present for `equal` and `insert`. */
  readonly variant?: TextSpan
}

/** Standard sacrebleu-compatible scores of one bead (variant = hypothesis, source = reference). */
export interface BeadMetrics {
  /** chrF (0–100, higher is closer). */
  readonly chrf: number
  /** chrF++ (0–100, higher is closer). */
  readonly chrfpp: number
  /** Sentence BLEU (0–100, higher is closer). */
  readonly bleu: number
  /** TER (0 and up, lower is closer; can exceed 100). */
  readonly ter: number
  /**
   * Present, and `true`, only when TER's shift search ran out of its work
   * budget on this bead (a very long bead with many shift candidates):
   * `ter` is then an upper bound of sacrebleu's value, never below it.
   */
  readonly terUpperBound?: true
}

/**
 * A bead: the smallest group of source and variant sentences that correspond.
 * `match` is 1-1, `merge` is n-1 (several source sentences became one),
 * `split` is 1-n or n-m, `omission` is 1-0 (source only), `insertion` is 0-1.
 */
export interface Bead {
  readonly kind: BeadKind
  /** Indices into `report.source.sentences`, ascending. Empty for an insertion. */
  readonly source: readonly number[]
  /** Indices into `report.variant.sentences`, ascending. Empty for an omission. */
  readonly variant: readonly number[]
  /** True when this pair is out of reading order relative to the main in-order path. */
  readonly moved: boolean
  /** Calibrated similarity of the two sides in [0, 1]; 0 for insertions and omissions. */
  readonly similarity: number
  /**
   * Present, and `true`, only on a weak pair: a 1-1 match taken from a gap
   * between two linked beads (or a linked bead and the documents' edge) at a
   * similarity below the aligner's `minSimilarity`, so the pairing rests on
   * position more than on words. Its signals come from that weak pair and are
   * one severity lower than the detectors give (error → warning, warning →
   * info): read them as "if these two sentences correspond, this changed".
   */
  readonly weak?: true
  /** Word-level diff with offsets into both originals; empty for insertions and omissions. */
  readonly diff: readonly DiffPart[]
  /**
   * Present, and `true`, only when the two sides differ by more token edits
   * than the word diff's budget (`defaultDiffWordsOptions.maxEditLength`):
   * `diff` is then coarse, the common first and last tokens equal and the
   * rest one deletion and one insertion, so that one hostile bead cannot
   * cost time quadratic in its length.
   */
  readonly coarseDiff?: true
  /** Meaning changes found in this bead. */
  readonly signals: readonly Signal[]
  /** How much the meaning drifted in [0, 1]: 0 unchanged, 1 entirely different. 1 for insertions and omissions. */
  readonly drift: number
  /** Standard metrics of the bead, variant scored against source. Absent for insertions and omissions. */
  readonly metrics?: BeadMetrics
}

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

/** Document-level standard metrics (sacrebleu scales). */
export interface DocumentMetrics {
  readonly chrf: number
  readonly chrfpp: number
  readonly bleu: number
  readonly ter: number
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

/**
 * A stretch of the variant taken from the source, word for word or lightly
 * edited, wherever it sits: in a sentence the aligner pairs or not, or a clause
 * lifted into a sentence of the variant's own (see `findReusedPassages`).
 */
export interface ReusedPassage {
  /** Where the passage is in the source: from its first to its last shared word. */
  readonly source: Span
  /** Where the passage is in the variant: from its first to its last shared word. */
  readonly variant: Span
  /** Number of words the two sides share in order (content and stop words). */
  readonly words: number
  /** True when both spans hold the same words in the same order (case, quotes and punctuation aside). */
  readonly verbatim: boolean
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
