import type {AnalyzedPair} from '../metrics/score-analyzed-pairs'
import type {TextSpan} from '../types'
import type {DocumentSymbols} from './document-symbols'
import {groupSymbols} from './group-symbols'

/** The two documents, their sentences and the symbols the pairs of {@link beadPairs} are read from. */
interface PairSources {
  readonly source: string
  readonly variant: string
  readonly sourceSentences: readonly TextSpan[]
  readonly variantSentences: readonly TextSpan[]
  readonly symbols: {readonly source: DocumentSymbols; readonly variant: DocumentSymbols} | undefined
}

/**
 * One bead as the metrics read it: its texts and symbols are worked out on
 * each read, from the documents, and never kept, so a list of these for
 * every bead of a large pair costs two references a bead rather than the
 * texts and symbols of all of them at once.
 */
class BeadPair implements AnalyzedPair {
  constructor(
    private readonly sources: PairSources,
    private readonly sourceIndices: readonly number[],
    private readonly variantIndices: readonly number[],
  ) {}

  get hypothesis(): string {
    return groupText(this.sources.variant, this.sources.variantSentences, this.variantIndices)
  }

  get reference(): string {
    return groupText(this.sources.source, this.sources.sourceSentences, this.sourceIndices)
  }

  get hypothesisSymbols() {
    return groupSymbols(this.sources.variant, this.sources.variantSentences, this.sources.symbols?.variant, this.variantIndices)
  }

  get referenceSymbols() {
    return groupSymbols(this.sources.source, this.sources.sourceSentences, this.sources.symbols?.source, this.sourceIndices)
  }

  get hasEmptySide(): boolean {
    return groupIsEmpty(this.sources.variantSentences, this.variantIndices) || groupIsEmpty(this.sources.sourceSentences, this.sourceIndices)
  }
}

/**
 * The pairs `scoreAnalyzedPairs` scores, one per bead: the bead's texts
 * (from the first sentence's start to the last one's end, `''` for an empty
 * side) and their metric symbols (`groupSymbols`), each made when it is read.
 *
 * @param sources The documents, their sentences and their symbols (`analyzeSentences`; `undefined` to tokenize every pair from its texts).
 * @param beads The sentence indices of each bead's sides.
 * @returns One pair per bead.
 */
export function beadPairs(sources: PairSources, beads: readonly {readonly source: readonly number[]; readonly variant: readonly number[]}[]): AnalyzedPair[] {
  return beads.map((bead) => new BeadPair(sources, bead.source, bead.variant))
}

function groupText(document: string, sentences: readonly TextSpan[], indices: readonly number[]): string {
  if (indices.length === 0) return ''
  return document.slice(sentences[indices[0]!]!.start, sentences[indices[indices.length - 1]!]!.end)
}

/** True when the group's text (`groupText`) is `''`, found without making it. */
function groupIsEmpty(sentences: readonly TextSpan[], indices: readonly number[]): boolean {
  return indices.length === 0 || sentences[indices[0]!]!.start >= sentences[indices[indices.length - 1]!]!.end
}
