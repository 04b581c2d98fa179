import {describe, expect, it} from '@jest/globals'
import type {Bead, Relation, Signal, SignalKind} from '../types'
import {decideRelation, type RelationEvidence} from './decide-relation'

function bead(source: number[], variant: number[], similarity: number, moved = false, signals: Signal[] = []): Bead {
  const kind = source.length === 0 ? 'insertion' : variant.length === 0 ? 'omission' : 'match'
  return {kind, source, variant, moved, similarity, diff: [], signals, drift: 1 - similarity}
}

const flip = (kind: SignalKind, message: string): Signal => ({kind, severity: 'error', message})
/** Ten reworded sentences in order, with `signals` on the first beads, one each. */
const withSignals = (...signals: Signal[]) => Array.from({length: 10}, (_, i) => bead([i], [i], 0.6, false, signals[i] ? [signals[i]!] : []))
/** A loose translation: 12 sentences a side, a link every third sentence, the others unpaired facing each other. */
const loose = Array.from({length: 12}, (_, i) => (i % 3 === 0 ? [bead([i], [i], 0.5)] : [bead([i], [], 0), bead([], [i], 0)])).flat()

function evidence(beads: Bead[], sourceSentences: number, variantSentences: number, extra: Partial<RelationEvidence> = {}): RelationEvidence {
  const linked = beads.filter((b) => b.source.length > 0 && b.variant.length > 0)
  return {
    sourceSentences,
    variantSentences,
    beads,
    coverage: {
      source: sourceSentences === 0 ? 0 : new Set(linked.flatMap((b) => b.source)).size / sourceSentences,
      variant: variantSentences === 0 ? 0 : new Set(linked.flatMap((b) => b.variant)).size / variantSentences,
    },
    topicSimilarity: 0.3,
    signals: {},
    variantArtifacts: {},
    sameText: false,
    ...extra,
  }
}

const inOrder = (count: number, similarity: number) => Array.from({length: count}, (_, i) => bead([i], [i], similarity))

describe('decideRelation', () => {
  it.each<[string, Relation, RelationEvidence]>([
    ['two empty texts', 'identical', evidence([], 0, 0)],
    ['one empty side', 'unrelated', evidence([bead([0], [], 0)], 1, 0)],
    ['the same sentences word for word', 'identical', evidence(inOrder(10, 1), 10, 10, {sameText: true})],
    ['every sentence barely edited', 'light-edit', evidence(inOrder(10, 0.93), 10, 10)],
    ['every sentence reworded, no marks', 'paraphrase', evidence(inOrder(10, 0.6), 10, 10)],
    [
      'every sentence reworded, pronouns flipped in two sentences',
      'retranslation',
      evidence(withSignals(flip('pronoun', 'Pronoun flipped.'), flip('pronoun', 'Pronoun flipped.')), 10, 10, {signals: {quote: 3, pronoun: 2}}),
    ],
    ['every sentence reworded, a pronoun flipped once', 'paraphrase', evidence(withSignals(flip('pronoun', 'Pronoun flipped.')), 10, 10, {signals: {pronoun: 1}})],
    ['every sentence reworded, quotes altered and nothing else', 'paraphrase', evidence(inOrder(10, 0.6), 10, 10, {signals: {quote: 5}})],
    ['every sentence reworded, entity residue', 'retranslation', evidence(inOrder(10, 0.6), 10, 10, {variantArtifacts: {'entity-residue': 2}})],
    ['every sentence reworded, one stray space', 'paraphrase', evidence(inOrder(10, 0.6), 10, 10, {variantArtifacts: {spacing: 1}})],
    [
      'every sentence reworded, as much spacing damage as the source has',
      'paraphrase',
      evidence(inOrder(10, 0.6), 10, 10, {variantArtifacts: {spacing: 3}, sourceArtifacts: {spacing: 3}}),
    ],
    ['every sentence reworded, punctuation artifacts only', 'paraphrase', evidence(inOrder(10, 0.6), 10, 10, {variantArtifacts: {punctuation: 4}})],
    ['half of each side linked in order', 'paraphrase', evidence(inOrder(5, 0.6), 10, 10)],
    ['a loose translation: a third linked in order, the rest facing each other', 'paraphrase', evidence(loose, 12, 12)],
    ['every sentence reworded, only captions as artifacts', 'paraphrase', evidence(inOrder(10, 0.6), 10, 10, {variantArtifacts: {'scraper-residue': 4}})],
    ['a few sentences re-used closely in a long text', 'partial-reuse', evidence([...inOrder(3, 0.9), bead([], [3], 0)], 17, 80)],
    ['one strong and two weak links covering a quarter of the source', 'partial-reuse', evidence([bead([0], [5], 0.7), bead([3], [9], 0.4), bead([6], [2], 0.4, true)], 12, 40)],
    ['one weak link on the same subject', 'independent', evidence([bead([2], [9], 0.5)], 17, 25)],
    ['no link on the same subject', 'independent', evidence([bead([0], [], 0), bead([], [0], 0)], 17, 22)],
    ['no link, different subjects', 'unrelated', evidence([bead([0], [], 0), bead([], [0], 0)], 17, 22, {topicSimilarity: 0.04})],
  ])('for %s gives %s', (_, expected, input) => {
    const {relation, reason} = decideRelation(input)
    expect(relation).toBe(expected)
    expect(reason).toMatch(/^[A-Z0-9].*\.$/)
  })

  it('names the most serious meaning changes in the reason, a negation flip first', () => {
    const beads = withSignals(
      flip('temporal', 'Time changed: “Tuesday” → “Monday”.'),
      flip('negation', 'Negation added: “not stormed” negates what the source affirms.'),
    )
    const {relation, reason} = decideRelation(evidence(beads, 10, 10))
    expect(relation).toBe('paraphrase')
    expect(reason).toContain('meaning changed: negation added: “not stormed” negates what the source affirms; time changed: “Tuesday” → “Monday”.')
    expect(reason).not.toContain('without the marks')
  })

  it('counts the errors it does not name', () => {
    const beads = withSignals(...Array.from({length: 5}, (_, i) => flip('number', `Quantity changed: “${i}” → “${i + 1}”.`)))
    expect(decideRelation(evidence(beads, 10, 10)).reason).toMatch(/; 2 more errors\.$/)
  })
})
