import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readSeed} from '../../test/seeds'
import type {Artifact, ArtifactKind} from '../types'
import {artifactKinds, defaultFindArtifactsOptions, findArtifacts, type FindArtifactsOptions} from './find-artifacts'
import {applySuggestions, repairText} from './repair-text'

interface LabelledCase {
  readonly text: string
  readonly kinds: readonly ArtifactKind[]
  readonly note: string
  /** `development` (used while building) or `held-out` (written afterwards, not tuned on). */
  readonly set: 'development' | 'held-out'
  /** Expected kinds the detectors are known to miss (counted as misses by the evaluation script), with `why`. */
  readonly knownMiss?: readonly ArtifactKind[]
}

const cases: LabelledCase[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../test/fixtures/artifacts/cases.json', import.meta.url)), 'utf8'),
)

/** The invariants every list of artifacts keeps. */
function expectValid(text: string, found: readonly Artifact[]): void {
  let previous = -1
  for (const artifact of found) {
    expect(artifact.start).toBeGreaterThanOrEqual(0)
    expect(artifact.end).toBeGreaterThan(artifact.start)
    expect(artifact.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(artifact.start, artifact.end)).toBe(artifact.text)
    expect(artifactKinds).toContain(artifact.kind)
    expect(artifact.start).toBeGreaterThanOrEqual(previous)
    previous = artifact.start
  }
  expect(JSON.parse(JSON.stringify(found))).toEqual(found)
}

describe('findArtifacts on the labelled cases', () => {
  it('has at least 100 cases and about 40 clean traps', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
    expect(cases.filter((labelled) => labelled.kinds.length === 0).length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases.map((labelled) => [labelled.note, labelled.text, labelled.kinds.filter((kind) => !labelled.knownMiss?.includes(kind))] as const))(
    '%s: %j gives %j',
    (_note, text, kinds) => {
      const found = findArtifacts(text)
      expectValid(text, found)
      expect([...new Set(found.map((artifact) => artifact.kind))].sort()).toEqual([...kinds].sort())
    },
  )
})

describe('findArtifacts on the seeds', () => {
  it('finds in seed 000 the two quot; residues, the detached quote, the stray periods and the tweet, and nothing else', () => {
    const text = readSeed('000')
    const found = findArtifacts(text, {side: 'variant'})
    expectValid(text, found)
    expect(found.map((artifact) => [artifact.kind, artifact.text.slice(0, 20), artifact.suggestion?.slice(0, 5)])).toEqual([
      ['entity-residue', 'quot;', '"'],
      ['punctuation', ', "', ',"\u0020'],
      ['social-embed', 'BREAKING – LIVE: Ira', ''],
      ['punctuation', '." .', '."'],
      ['spacing', ' .', '.'],
      ['entity-residue', 'quot;', '"'],
    ])
    expect(found.filter((artifact) => artifact.kind === 'entity-residue').every((artifact) => artifact.message.includes('closing quotation mark'))).toBe(true)
  })

  it('finds nothing in seed 001', () => {
    expect(findArtifacts(readSeed('001'), {side: 'source'})).toEqual([])
  })

  it('finds only the two AP photo captions in seed 002', () => {
    const found = findArtifacts(readSeed('002'))
    expect(found.map((artifact) => [artifact.kind, artifact.severity, artifact.text.slice(0, 30)])).toEqual([
      ['scraper-residue', 'info', 'Iran-backed Popular Mobilizati'],
      ['scraper-residue', 'info', 'Protesters burn property in fr'],
    ])
  })

  it('finds in seed 003 the scraper header, the drop cap, the repeated word and at least 15 captions', () => {
    const text = readSeed('003')
    const found = findArtifacts(text)
    expectValid(text, found)
    const texts = found.map((artifact) => artifact.text)
    expect(found[0]).toMatchObject({kind: 'scraper-residue', start: 0, text: ' date 2019-12-31 Advertisement\n\n', suggestion: ''})
    expect(found).toContainEqual(expect.objectContaining({kind: 'scraper-residue', severity: 'error', text: 'raqi', suggestion: 'Iraqi'}))
    expect(found).toContainEqual(expect.objectContaining({kind: 'repeated-word', text: 'weeks weeks', suggestion: 'weeks'}))
    expect(texts).not.toContain('months and months and')
    const captions = found.filter((artifact) => artifact.kind === 'scraper-residue' && artifact.severity === 'info')
    expect(captions.length).toBeGreaterThanOrEqual(15)
    expect(captions.some((artifact) => artifact.text.includes('(pictured: setting fire'))).toBe(true)
    expect(captions.some((artifact) => artifact.text.includes('(file photo)'))).toBe(true)
    expect(found).toContainEqual(expect.objectContaining({kind: 'scraper-residue', text: expect.stringMatching(/^Attack comes seven years/)}))
    expect(found.filter((artifact) => artifact.kind === 'punctuation')).toEqual([])
  })

  it('finds the glued date field in seed 004 and nothing else', () => {
    expect(findArtifacts(readSeed('004')).map((artifact) => [artifact.kind, artifact.text, artifact.suggestion])).toEqual([
      ['scraper-residue', ' date 2019-12-31 ', ''],
    ])
  })
})

describe('repairText', () => {
  it('repairs seed 000 so that its text-level artifacts are gone', () => {
    const repaired = repairText(readSeed('000'))
    expect(repaired).toContain('chanted "death to America," and "no, no America," witnesses said.')
    expect(repaired).toContain('walls.\n\nSpeaking from the scene')
    expect(repaired).toContain('calling this a "significant development."\n')
    expect(repaired).toContain('in the Middle East.\n')
    expect(repaired).not.toContain('@AJENews')
    expect(findArtifacts(repaired)).toEqual([])
  })

  it.each([
    ['It was the weekâ€™s biggest protest ,witnesses said.', 'It was the week’s biggest protest, witnesses said.'],
    ['<p>He said &quot;we will return&quot;.</p>', 'He said "we will return".'],
    ['The the crowd left.. Police stayed.', 'The crowd left. Police stayed.'],
    [' date 2019-12-31 After deadly strikes, a mob gathered.', 'After deadly strikes, a mob gathered.'],
    ['The \ufb01nal pro\u00adtest.The end.', 'The final protest. The end.'],
  ])('repairs %j as %j', (text, expected) => {
    expect(repairText(text)).toBe(expected)
  })

  it('returns clean text unchanged', () => {
    const text = readSeed('001')
    expect(repairText(text)).toBe(text)
  })

  it('applies the first of two overlapping suggestions', () => {
    const base = {side: 'variant', severity: 'warning', message: 'x', kind: 'spacing'} as const
    const artifacts: Artifact[] = [
      {...base, start: 0, end: 3, text: 'abc', suggestion: 'X'},
      {...base, start: 2, end: 4, text: 'cd', suggestion: 'Y'},
      {...base, start: 4, end: 5, text: 'e', suggestion: ''},
    ]
    expect(applySuggestions('abcdef', artifacts)).toBe('Xdf')
  })
})

describe('findArtifacts options', () => {
  it('copies the side onto every artifact', () => {
    expect(findArtifacts('The the end .', {side: 'source'}).map((artifact) => artifact.side)).toEqual(['source', 'source'])
  })

  it('runs only the requested kinds', () => {
    expect(findArtifacts('The the end .', {kinds: ['spacing']}).map((artifact) => artifact.kind)).toEqual(['spacing'])
    expect(findArtifacts('The the end .', {kinds: []})).toEqual([])
  })

  it('exports its defaults', () => {
    expect(defaultFindArtifactsOptions.side).toBe('variant')
    expect(defaultFindArtifactsOptions.kinds).toEqual(artifactKinds)
  })

  it('sorts by start, then kind', () => {
    const found = findArtifacts('<p>He said &quot;no.</p>')
    expect(found.map((artifact) => [artifact.start, artifact.kind])).toEqual([
      [0, 'markup-residue'],
      [11, 'entity-residue'],
      [11, 'punctuation'],
      [20, 'markup-residue'],
    ])
  })

  it.each([
    [{side: 'left'}, '`side`'],
    [{language: 'english'}, '`language`'],
    [{kinds: ['typo']}, '`kinds`'],
    [{kinds: 'spacing'}, '`kinds`'],
    [{sentences: [{start: 5, end: 2}]}, '`sentences`'],
    [{sentences: [{start: 0, end: 999}]}, '`sentences`'],
    [{candidateLanguages: ['en']}, '`candidateLanguages`'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => findArtifacts('Some text.', options as unknown as FindArtifactsOptions)).toThrow(name)
  })

  it('rejects a text that is not a string', () => {
    expect(() => findArtifacts(42 as unknown as string)).toThrow('`text`')
  })
})

describe('findArtifacts in linear time', () => {
  const size = 100_000
  const adversarial: readonly [string, string][] = [
    ['ampersands', '&'.repeat(size)],
    ['entity bodies', '&amp;'.repeat(size / 5)],
    ['bare entity names', 'quot;'.repeat(size / 5)],
    ['semicolons', ';'.repeat(size)],
    ['hashes', '#3'.repeat(size / 2)],
    ['mojibake leads', 'Ã'.repeat(size)],
    ['mojibake pairs', 'Ã¢â‚¬'.repeat(size / 6)],
    ['cp1252 quotes', '’”'.repeat(size / 2)],
    ['angle brackets', '<'.repeat(size)],
    ['open tags', '<p '.repeat(size / 3)],
    ['escaped tags', '&lt;p '.repeat(size / 6)],
    ['comments', '<!--'.repeat(size / 4)],
    ['brackets', '['.repeat(size)],
    ['shortcode attributes', '[caption a="'.repeat(size / 12)],
    ['braces', '{{'.repeat(size / 2)],
    ['backslashes', '\\'.repeat(size)],
    ['spaces', ' '.repeat(size)],
    ['spaced periods', ' .'.repeat(size / 2)],
    ['periods', '.'.repeat(size)],
    ['commas', ','.repeat(size)],
    ['quotes', '"'.repeat(size)],
    ['spaced quotes', ' "'.repeat(size / 2)],
    ['repeated word', 'the '.repeat(size / 4)],
    ['lower-case paragraphs', 'ran away\n\n'.repeat(size / 10)],
    ['unpunctuated paragraphs', 'Word word word word word word word word\n\n'.repeat(size / 40)],
    ['handles', '(@a) '.repeat(size / 5)],
    ['dates', 'date 2019-12-31 '.repeat(size / 16)],
    ['glued sentences', 'ab.Cd'.repeat(size / 5)],
    ['one long word', 'a'.repeat(size)],
    ['zero-width', '\u200b'.repeat(size)],
    ['question marks', 'a?s'.repeat(size / 3)],
    ['repeated sentence', 'The crowd gathered outside the embassy on Tuesday night. '.repeat(size / 57)],
    ['capitalized words', 'Attack '.repeat(size / 7)],
  ]

  it.each(adversarial)('finishes on 100 KB of %s with valid spans', (_name, text) => {
    const found = findArtifacts(text)
    for (const artifact of found.slice(0, 200)) expect(text.slice(artifact.start, artifact.end)).toBe(artifact.text)
    expect(Array.isArray(found)).toBe(true)
  })
})

describe('findArtifacts on arbitrary text', () => {
  it('never throws and keeps every span valid', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (text) => {
        const found = findArtifacts(text)
        expectValid(text, found)
        expect(typeof repairText(text)).toBe('string')
      }),
      {numRuns: 300},
    )
  })

  it('never throws on text built from artifact-prone pieces', () => {
    const pieces = ['&', 'quot;', '#39;', 'Ã', '¢', 'â', '€', '™', '<p>', '[caption ', ']', '"', '“', '”', ' ', '.', ',', '\n\n', 'the', 'The', '(@x) ', 'December 31, 2019', '\u200b', '?s', 'date 2019-12-31 ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), (parts) => {
        const text = parts.join('')
        expectValid(text, findArtifacts(text))
      }),
      {numRuns: 300},
    )
  })
})
