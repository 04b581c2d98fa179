import type {Side, TextSpan} from '../segment/sentence'
import type {Severity} from '../severity'

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
