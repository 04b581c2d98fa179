import type {AnalyzedPair} from '../metrics/score-analyzed-pairs'
import type {TextSpan} from '../types'
import type {DocumentSymbols} from './document-symbols'
import {CodePointScratch, groupSymbols} from './group-symbols'

/** The two documents, their sentences and the symbols the pairs of {@link beadPairs} are read from. */
interface PairSources {
  readonly source: string
  readonly variant: string
  readonly sourceSentences: readonly TextSpan[]
  readonly variantSentences: readonly TextSpan[]
  readonly symbols: {readonly source: DocumentSymbols; readonly variant: DocumentSymbols} | undefined
}

/** Where the code points of the bead sides are written as they are read, one buffer per side, shared by the pairs of one list. */
interface SideScratch {
  readonly hypothesis: CodePointScratch
  readonly reference: CodePointScratch
}

/**
 * One bead as the metrics read it: its texts and symbols are worked out on
 * each read, from the documents, and never kept, so a list of these for
 * every bead of a large pair costs two references a bead rather than the
 * texts and symbols of all of them at once. The code points of a side
 * (`characters`) are written into a buffer the pairs of the list share, one
 * per side: they are valid until the same side of a pair of the list is
 * read again, as `scoreAnalyzedPairs` reads them, a pair at a time.
 */
class BeadPair implements AnalyzedPair {
  constructor(
    private readonly sources: PairSources,
    private readonly sourceIndices: readonly number[],
    private readonly variantIndices: readonly number[],
    private readonly scratch: SideScratch,
  ) {}

  get hypothesis(): string {
    return groupText(this.sources.variant, this.sources.variantSentences, this.variantIndices)
  }

  get reference(): string {
    return groupText(this.sources.source, this.sources.sourceSentences, this.sourceIndices)
  }

  get hypothesisSymbols() {
    return groupSymbols(this.sources.variant, this.sources.variantSentences, this.sources.symbols?.variant, this.variantIndices, this.scratch.hypothesis)
  }

  get referenceSymbols() {
    return groupSymbols(this.sources.source, this.sources.sourceSentences, this.sources.symbols?.source, this.sourceIndices, this.scratch.reference)
  }

  get hasEmptySide(): boolean {
    return groupIsEmpty(this.sources.variantSentences, this.variantIndices) || groupIsEmpty(this.sources.sourceSentences, this.sourceIndices)
  }
}

/**
 * The pairs `scoreAnalyzedPairs` scores, one per bead: the bead's texts
 * (from the first sentence's start to the last one's end, `''` for an empty
 * side) and their metric symbols (`groupSymbols`), each made when it is read
 * (the code points of a side valid until that side of another pair is read).
 *
 * @param sources The documents, their sentences and their symbols (`analyzeSentences`; `undefined` to tokenize every pair from its texts).
 * @param beads The sentence indices of each bead's sides.
 * @returns One pair per bead.
 */
export function beadPairs(sources: PairSources, beads: readonly {readonly source: readonly number[]; readonly variant: readonly number[]}[]): AnalyzedPair[] {
  const scratch = {hypothesis: new CodePointScratch(), reference: new CodePointScratch()}
  return beads.map((bead) => new BeadPair(sources, bead.source, bead.variant, scratch))
}

function groupText(document: string, sentences: readonly TextSpan[], indices: readonly number[]): string {
  if (indices.length === 0) return ''
  return document.slice(sentences[indices[0]!]!.start, sentences[indices[indices.length - 1]!]!.end)
}

/** True when the group's text (`groupText`) is `''`, found without making it. */
function groupIsEmpty(sentences: readonly TextSpan[], indices: readonly number[]): boolean {
  return indices.length === 0 || sentences[indices[0]!]!.start >= sentences[indices[indices.length - 1]!]!.end
}
