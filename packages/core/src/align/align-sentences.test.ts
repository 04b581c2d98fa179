import {describe, expect, it} from '@jest/globals'
import {alignSentences, defaultAlignOptions} from './align-sentences'

const sentences = (...texts: string[]) => texts.map((text) => ({text}))
const pairs = (result: ReturnType<typeof alignSentences>) =>
  result.beads.filter((bead) => bead.source.length > 0 && bead.variant.length > 0).map((bead) => [bead.source, bead.variant, bead.kind, bead.moved])

const story = [
  'The storm flooded the harbour district of Lisbon on Monday night.',
  'Firefighters rescued forty residents trapped on the upper floors of apartment blocks.',
  'The mayor said the drainage tunnels had not been cleaned for a decade.',
  'Insurance companies expect claims to exceed two hundred million euros.',
  'Schools in the district will stay closed until Thursday.',
]

describe('alignSentences', () => {
  it('pairs identical documents one to one with similarity 1', () => {
    const result = alignSentences(sentences(...story), sentences(...story))
    expect(pairs(result)).toEqual(story.map((_, i) => [[i], [i], 'match', false]))
    expect(result.beads.every((bead) => bead.similarity === 1)).toBe(true)
    expect(result.truncated).toBe(false)
  })

  it('keeps an inserted sentence unaligned instead of forcing it into a pair', () => {
    const variant = [...story.slice(0, 2), 'Follow our live coverage for the latest updates from the scene.', ...story.slice(2)]
    const result = alignSentences(sentences(...story), sentences(...variant))
    expect(result.beads.map((bead) => bead.kind)).toEqual(['match', 'match', 'insertion', 'match', 'match', 'match'])
  })

  it('reports a dropped sentence as an omission in its reading position', () => {
    const variant = [story[0]!, story[1]!, story[3]!, story[4]!]
    const result = alignSentences(sentences(...story), sentences(...variant))
    expect(result.beads.map((bead) => [bead.kind, bead.source])).toEqual([
      ['match', [0]],
      ['match', [1]],
      ['omission', [2]],
      ['match', [3]],
      ['match', [4]],
    ])
  })

  it('finds a merge of two source sentences into one', () => {
    const variant = [
      story[0]!,
      'Firefighters rescued forty residents trapped on upper floors, and the mayor said the drainage tunnels had not been cleaned for a decade.',
      story[3]!,
      story[4]!,
    ]
    const result = alignSentences(sentences(...story), sentences(...variant))
    expect(pairs(result)).toContainEqual([[1, 2], [1], 'merge', false])
  })

  it('finds a split of one source sentence into two', () => {
    const source = [story[0]!, 'Firefighters rescued forty residents trapped on the upper floors, while the mayor said the drainage tunnels had not been cleaned for a decade.', story[3]!]
    const variant = [story[0]!, 'Firefighters rescued forty residents trapped on the upper floors.', 'The mayor said the drainage tunnels had not been cleaned for a decade.', story[3]!]
    const result = alignSentences(sentences(...source), sentences(...variant))
    expect(pairs(result)).toContainEqual([[1], [1, 2], 'split', false])
  })

  it.each([
    ['She was circulating fake information.', 'She was spreading false information.'],
    ['Meanwhile fire departments are working to put out the fire.', 'Meanwhile fire brigades are extinguishing the blaze.'],
  ])('pairs %j with %j between linked neighbours as a weak match', (sourceSentence, variantSentence) => {
    const source = [story[0]!, story[1]!, sourceSentence, story[3]!, story[4]!]
    const variant = [story[0]!, story[1]!, variantSentence, story[3]!, story[4]!]
    const result = alignSentences(sentences(...source), sentences(...variant))
    const bead = result.beads.find((b) => b.source[0] === 2)!
    expect([bead.kind, bead.variant, bead.weak]).toEqual(['match', [2], true])
    expect(bead.similarity).toBeLessThan(defaultAlignOptions.minSimilarity)
    expect(result.beads.filter((b) => b.weak).length).toBe(1)
    expect(alignSentences(sentences(...source), sentences(...variant), {fillGaps: false}).beads.some((b) => b.weak)).toBe(false)
  })

  it('leaves a gap unpaired when one side is far longer than the other', () => {
    const source = [story[0]!, story[1]!, 'She was circulating fake information.', story[3]!, story[4]!]
    const long = 'She was spreading false information about the storm, the rescue, the tunnels, the insurers and the schools to anyone who would listen.'
    const result = alignSentences(sentences(...source), sentences(story[0]!, story[1]!, long, story[3]!, story[4]!))
    expect(result.beads.filter((b) => b.source[0] === 2).map((b) => b.kind)).toEqual(['omission'])
  })

  it('adds no weak pair between two different documents that share a sentence', () => {
    const other = [
      'The council approved a new tram line for the northern suburbs.',
      'Firefighters rescued forty residents trapped on the upper floors of apartment blocks.',
      'Construction is due to start next spring.',
      'Residents complained about the noise of the works.',
      'The line will open in three years.',
    ]
    const result = alignSentences(sentences(...story), sentences(...other))
    expect(result.beads.filter((b) => b.source.length > 0 && b.variant.length > 0).map((b) => [b.source, b.variant, b.weak])).toEqual([[[1], [1], undefined]])
  })

  describe('a link that stands alone between documents of several sentences', () => {
    const council = sentences(
      'Harbour tunnels to be cleaned after the flood: The Coastal Courier, Morning Online Edition',
      'The city council voted on Tuesday to clean the drainage tunnels under the harbour district.',
      'The work will cost four million euros and take two years.',
      'Residents asked for the work after the floods of last winter.',
    )
    const ferry = sentences(
      'Ferry fares rise again amid fuel costs: The Coastal Courier, Morning Online Edition',
      'The ferry company raised its fares by eight percent on Wednesday.',
      'Fuel prices have doubled since the spring, the company said.',
      'Commuters from the islands will pay most of the increase.',
    )

    it('is dropped when it is no clearer than two headlines sharing a publisher tagline', () => {
      expect(pairs(alignSentences(council, ferry))).toEqual([])
      // The same pair is found when a lone link needs no more than an in-order one.
      expect(pairs(alignSentences(council, ferry, {anchorMinSimilarity: 0.3}))).toEqual([[[0], [0], 'match', false]])
    })

    it('is kept when it is as clear as an anchor: one sentence taken whole', () => {
      const taker = sentences(ferry[1]!.text, ferry[2]!.text, council[2]!.text, ferry[3]!.text)
      expect(pairs(alignSentences(council, taker))).toEqual([[[2], [2], 'match', false]])
    })
  })

  it('always pairs a single sentence with a single sentence, below the threshold too', () => {
    const result = alignSentences(sentences('A man is playing a guitar.'), sentences('Nobody is playing an instrument.'))
    expect(result.beads.map((b) => [b.kind, b.weak])).toEqual([['match', undefined]])
    expect(result.beads[0]!.similarity).toBeLessThan(defaultAlignOptions.minSimilarity)
  })

  it('marks a sentence re-used out of order as moved', () => {
    const variant = [story[3]!, 'An unrelated paragraph about the football season opened the page.', story[0]!, story[1]!, story[2]!]
    const result = alignSentences(sentences(...story), sentences(...variant))
    const moved = result.beads.filter((bead) => bead.moved)
    expect(moved).toHaveLength(1)
    expect(pairs(result)).toHaveLength(4)
  })

  it('leaves unrelated sentences of the same topic unaligned', () => {
    const variant = [
      'Rain fell across Portugal for a third day, the weather service said.',
      'Tourists cancelled hotel bookings along the coast.',
      'The national football league postponed two matches.',
    ]
    const result = alignSentences(sentences(...story), sentences(...variant))
    expect(pairs(result)).toEqual([])
  })

  it.each([
    ['US and U.S. and United States', 'The United States embassy in Baghdad was attacked by protesters.', 'The U.S. embassy in Baghdad was attacked by protesters.'],
    ['neighbour and neighbor', 'The funerals were held in a Baghdad neighbourhood before the march.', 'The funerals were held in a Baghdad neighborhood before the march.'],
    ['Kataeb and Kataib', 'Kataeb Hezbollah vowed revenge for the strikes on its bases.', 'Kataib Hezbollah vowed revenge for the strikes on its bases.'],
  ])('pairs sentences that differ only by a spelling variant (%s)', (_, source, variant) => {
    const result = alignSentences(sentences(source), sentences(variant))
    expect(result.beads).toHaveLength(1)
    expect(result.beads[0]!.similarity).toBeGreaterThan(0.8)
  })

  it('handles empty sides', () => {
    expect(alignSentences([], []).beads).toEqual([])
    expect(alignSentences(sentences('One sentence.'), []).beads.map((bead) => bead.kind)).toEqual(['omission'])
    expect(alignSentences([], sentences('One sentence.')).beads.map((bead) => bead.kind)).toEqual(['insertion'])
  })

  it('keeps a long repetitive document in order', () => {
    const source = Array.from({length: 40}, () => story).flat()
    const result = alignSentences(sentences(...source), sentences(...source))
    expect(pairs(result)).toEqual(source.map((_, i) => [[i], [i], 'match', false]))
  })

  it('keeps a repetitive document on the right copy across a block of inserted material wider than the corridor', () => {
    const source = Array.from({length: 12}, () => story).flat()
    const block = Array.from({length: 30}, (_, i) => `Unrelated filler line number ${i} about the weather in a distant valley town.`)
    const variant = [...source.slice(0, 7), ...block, ...source.slice(7)]
    const result = alignSentences(sentences(...source), sentences(...variant))
    const links = pairs(result).map(([s, v]) => [(s as number[])[0], (v as number[])[0]])
    expect(links).toHaveLength(source.length)
    for (const [s, v] of links) expect(v).toBe(s! < 7 ? s : s! + 30)
  })

  it('finds the moved sentences of long repetitive text, where every pair cannot be scored', () => {
    // 200 copies of a five-sentence story, each copy reversed: most sentences move,
    // and the left-overs (over 250,000 pairs) are paired through the word index in rounds.
    const source = Array.from({length: 200}, () => story).flat()
    const variant = Array.from({length: 200}, () => [...story].reverse()).flat()
    const result = alignSentences(sentences(...source), sentences(...variant))
    const linked = pairs(result)
    expect(linked).toHaveLength(source.length)
    for (const [s, v] of linked) expect(source[(s as number[])[0]!]).toBe(variant[(v as number[])[0]!])
    expect(result.beads.filter((bead) => bead.moved).length).toBeGreaterThan(source.length / 2)
  })

  it('sets truncated when the work budget narrows the search', () => {
    const source = Array.from({length: 20}, () => story).flat()
    const result = alignSentences(sentences(...source), sentences(...source), {maxCells: 300})
    expect(result.truncated).toBe(true)
    expect(result.beads.length).toBeGreaterThan(0)
  })

  it.each([
    [{maxBeadSize: 0}, /maxBeadSize/],
    [{minSimilarity: 2}, /minSimilarity/],
    [{bandWidth: 1.5}, /bandWidth/],
    [{detectMoves: 'yes'}, /detectMoves/],
  ])('throws on the invalid option %j, naming it', (options, message) => {
    expect(() => alignSentences([], [], options as never)).toThrow(message)
  })

  it('documents its defaults', () => {
    expect(defaultAlignOptions.minSimilarity).toBeLessThan(defaultAlignOptions.moveMinSimilarity)
  })
})
