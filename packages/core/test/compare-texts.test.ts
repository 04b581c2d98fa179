import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {checkReport, compareTexts, type DriftReport} from '../src/index'
import {readSeed} from './seeds'

/** Compare and check every invariant of the report. */
function compareChecked(source: string, variant: string): DriftReport {
  const report = compareTexts(source, variant)
  expect(checkReport(report, source, variant)).toEqual([])
  return report
}

const linked = (report: DriftReport) => report.alignment.filter((bead) => bead.source.length > 0 && bead.variant.length > 0)
const variantText = (report: DriftReport, index: number) => report.variant.sentences[index]!.text
const sourceText = (report: DriftReport, index: number) => report.source.sentences[index]!.text

describe('compareTexts on the seeds', () => {
  const s001 = readSeed('001')

  it('aligns 001↔000 one to one in order, but for the tweet and the source line', () => {
    const report = compareChecked(s001, readSeed('000'))
    const insertions = report.alignment.filter((bead) => bead.kind === 'insertion')
    const omissions = report.alignment.filter((bead) => bead.kind === 'omission')
    expect(insertions.map((bead) => variantText(report, bead.variant[0]!)).join(' ')).toMatch(/@AJENews/)
    expect(omissions).toHaveLength(1)
    expect(sourceText(report, omissions[0]!.source[0]!)).toMatch(/^Source: Al Jazeer/)
    // Every other source sentence is in an in-order 1-1 match.
    const matches = linked(report)
    expect(matches.every((bead) => bead.kind === 'match' && !bead.moved)).toBe(true)
    expect(matches).toHaveLength(report.source.sentences.length - 1)
    const sourceOrder = matches.map((bead) => bead.source[0]!)
    expect(sourceOrder).toEqual([...sourceOrder].sort((a, b) => a - b))
    expect(['retranslation', 'paraphrase']).toContain(report.summary.relation)
    expect(report.source.language).toBe('eng')
    expect(report.variant.language).toBe('eng')
  })

  it('finds the wire sentences 003 re-uses from 001, some out of order, and leaves the rest unaligned', () => {
    const report = compareChecked(s001, readSeed('003'))
    const pairs = linked(report)
    expect(pairs.length).toBeGreaterThanOrEqual(5)
    expect(pairs.length).toBeLessThanOrEqual(8)
    expect(pairs.some((bead) => bead.moved)).toBe(true)
    const reused = pairs.map((bead) => variantText(report, bead.variant[0]!))
    expect(reused).toContainEqual(expect.stringMatching(/^The US attack – the largest targeting/))
    expect(reused).toContainEqual(expect.stringMatching(/^The attack and vows for revenge raised concerns/))
    expect(reused).toContainEqual(expect.stringMatching(/^The Iranian-backed Iraqi militia had vowed Monday/))
    expect(report.summary.coverage.variant).toBeLessThan(0.15)
    expect(report.summary.relation).toBe('partial-reuse')
  })

  it.each([['002'], ['004']] as const)('calls 001↔%s independent, with at most a couple of weak links', (prefix) => {
    const report = compareChecked(s001, readSeed(prefix))
    expect(linked(report).length).toBeLessThanOrEqual(2)
    expect(report.summary.relation).toBe('independent')
  })

  it('calls a text identical to itself', () => {
    const report = compareChecked(s001, s001)
    expect(report.summary.relation).toBe('identical')
    expect(report.summary.similarity).toBe(1)
    expect(report.summary.coverage).toEqual({source: 1, variant: 1})
  })

  it('scores the retranslation 000 low and the texts that share little with 001 high, an unaligned text included', () => {
    const drift = (prefix: '000' | '002' | '003' | '004') => compareChecked(s001, readSeed(prefix)).summary.drift
    expect(drift('000')).toBeLessThan(0.3)
    // 002 aligns nothing: its drift rests on the whole-text evidence and on every unaligned sentence's words.
    for (const prefix of ['002', '003', '004'] as const) expect(drift(prefix)).toBeGreaterThan(0.6)
  })

  it('gives a copy that drops half the sentences a higher document drift than the whole copy', () => {
    const whole = readSeed('000')
    const paragraphs = whole.split(/\n\s*\n/)
    const half = paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n\n')
    expect(compareChecked(s001, half).summary.drift).toBeGreaterThan(compareChecked(s001, whole).summary.drift)
  })

  it('carries per-bead and document metrics', () => {
    const report = compareChecked(s001, readSeed('000'))
    const bead = linked(report)[0]!
    expect(bead.metrics!.chrf).toBeGreaterThan(50)
    expect(report.summary.metrics!.aligned.chrf).toBeGreaterThan(report.summary.metrics!.whole.chrf)
  })
})

describe('compareTexts verdicts on hand-written variants of one article', () => {
  const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/relation/${name}.txt`, import.meta.url)), 'utf8')
  it.each([
    ['source', 'light-edit', 'light-edit'],
    ['source', 'paraphrase', 'paraphrase'],
    ['source', 'retranslation', 'retranslation'],
    ['unrelated-football', 'football-light-edit', 'light-edit'],
    ['unrelated-football', 'football-paraphrase', 'paraphrase'],
    ['unrelated-football', 'football-retranslation', 'retranslation'],
  ])('compares %s with its %s variant: %s', (sourceName, name, relation) => {
    const report = compareChecked(fixture(sourceName), fixture(name))
    expect(report.summary.relation).toBe(relation)
    // Every sentence has a counterpart; the aligner finds at least 5 of 6 (the hardest
    // rewording, "The visitors had led through a penalty…" ↔ "Nantes had gone ahead with…", scores 0.16).
    expect(report.summary.coverage.source).toBeGreaterThanOrEqual(0.8)
    expect(report.summary.coverage.variant).toBeGreaterThanOrEqual(0.8)
  })

  it.each([
    ['unrelated-football', 'unrelated-recipe'],
    ['source', 'unrelated-recipe'],
  ])('calls %s and %s unrelated', (sourceName, variantName) => {
    expect(compareChecked(fixture(sourceName), fixture(variantName)).summary.relation).toBe('unrelated')
  })
})

describe('compareTexts on edge cases', () => {
  it.each([
    ['empty-both', '', ''],
    ['empty-variant', 'One sentence here.', ''],
    ['empty-source', '', 'One sentence here.'],
    ['whitespace-only', ' \n\n\t ', '\r\n'],
    ['crlf-line-endings', 'First line here.\r\n\r\nSecond paragraph here.', 'First line here.\n\nSecond paragraph here.'],
    ['emoji-zwj', 'The family 👨‍👩‍👧 arrived. They smiled 😀.', 'The family 👨‍👩‍👧 came. They smiled 😀.'],
    ['unmatched-quote', 'He said "hello. Then left.\n\nNext paragraph.', 'He said hello. Then left.\n\nNext paragraph.'],
    ['nul-and-controls', 'a\u0000b\u0007c. Next.', 'a b c. Next.'],
    ['lone-surrogates', 'Broken \uD800 text. More \uDC00 text.', 'Broken text. More text.'],
  ])('keeps every invariant on %s', (_, source, variant) => {
    const report = compareChecked(source, variant)
    expect(report.schemaVersion).toBe(1)
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'never mistakes the word %s for a table entry (as a word, an entity, or entity residue)',
    (word) => {
      const source = `The ${word} arrived. It said &${word}; and ${word}; then left. ${word}-five were there.`
      const variant = `The ${word} came. It said &${word}; and ,${word}; then left. ${word} five were there.`
      const report = compareChecked(source, variant)
      expect(report.summary.counts.match).toBeGreaterThan(0)
    },
  )

  it('checks the signal options whatever the texts hold', () => {
    expect(() => compareTexts('', '', {signals: {kinds: ['bogus' as never]}})).toThrow(/`kinds`/)
    expect(() => compareTexts('One sentence.', 'One sentence.', {signals: {kinds: ['bogus' as never]}})).toThrow(/`kinds`/)
  })

  it('calls two empty texts identical and one empty side unrelated', () => {
    expect(compareChecked('', '').summary.relation).toBe('identical')
    expect(compareChecked('Some text here.', '').summary.relation).toBe('unrelated')
  })

  it.each([
    [null, 'x', {}, /`source`/],
    ['x', 42, {}, /`variant`/],
    ['x', 'y', 'fast', /`options`/],
    ['x', 'y', {align: {minSimilarity: -1}}, /`minSimilarity`/],
  ])('throws a programmer error naming the argument (%j, %j, %j)', (source, variant, options, message) => {
    expect(() => compareTexts(source as never, variant as never, options as never)).toThrow(message)
  })
})

describe('compareTexts on long documents', () => {
  it('compares a long document with a long partial copy without throwing (001×30 ↔ 003×6)', () => {
    const repeat = (text: string, times: number) => Array.from({length: times}, () => text).join('\n\n')
    const source = repeat(readSeed('001'), 30)
    const variant = repeat(readSeed('003'), 6)
    const report = compareChecked(source, variant)
    expect(report.summary.relation).toBe('partial-reuse')
    expect(report.truncated).toBe(false)
  })

  it('cuts a text without sentence ends into bounded sentences and compares it', () => {
    const source = 'word '.repeat(4000).trim()
    const variant = `${'word '.repeat(3800)}other`
    const report = compareChecked(source, variant)
    expect(report.source.sentences.every((sentence) => sentence.text.length <= 2000)).toBe(true)
    expect(report.summary.coverage.source).toBeGreaterThan(0.9)
  })
})

describe('compareTexts properties', () => {
  it('never throws on arbitrary Unicode and keeps every span valid', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), fc.string({unit: 'binary', maxLength: 300}), (source, variant) => {
        const report = compareTexts(source, variant)
        expect(checkReport(report, source, variant)).toEqual([])
      }),
      {numRuns: 150},
    )
  })

  it('never throws on sentence-like text and keeps every span valid', () => {
    const word = fc.constantFrom('the', 'US', 'U.S.', 'embassy', '“quoted”', 'quot;', '&amp;', '25.', 'Dec.', 'said', '—', '\n\n', '!', 'Mr.', 'e.g.')
    const text = fc.array(word, {maxLength: 80}).map((words) => words.join(' '))
    fc.assert(
      fc.property(text, text, (source, variant) => {
        expect(checkReport(compareTexts(source, variant), source, variant)).toEqual([])
      }),
      {numRuns: 150},
    )
  })

  it.each(['1 2. 2.', 'r b\n\nb', 'b. b. b b.', '2.\n2.'])('calls %j identical to itself', (text) => {
    expect(compareTexts(text, text).summary.relation).toBe('identical')
  })

  it('calls any text identical to itself', () => {
    // Short words, digits, repeats and breaks: the shapes where a sentence too
    // short for a character bigram once scored below a split around its copy.
    const word = fc.constantFrom('1', '2', 'b', 'r', 'the', 'fire', 'Fire.', '2.', '.', '!', '?', '\n', '\n\n', 'Mr.', 'U.S.', 'x y', '“q”')
    const text = fc.array(word, {maxLength: 40}).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.oneof(text, fc.string({maxLength: 120})), (value) => {
        expect(compareTexts(value, value, {artifacts: false, metrics: false}).summary.relation).toBe('identical')
      }),
      {numRuns: 400},
    )
  })
})

describe('compareTexts on hostile beads', () => {
  it('flags a bead whose sentences differ in every punctuation mark and keeps the report sound', () => {
    const source = `Intro sentence here.\n\nThe ${'a,'.repeat(1000)}a.`
    const variant = `Intro sentence here.\n\nThe ${'a;'.repeat(1000)}a.`
    const report = compareChecked(source, variant)
    // The segmenter cuts the long sentence into pieces; the piece holding most of the marks is past the budget.
    const coarse = report.alignment.filter((bead) => bead.coarseDiff)
    expect(coarse.length).toBeGreaterThan(0)
    for (const bead of coarse) expect(bead.diff.filter((part) => part.op !== 'equal').map((part) => part.op)).toEqual(['delete', 'insert'])
    expect(report.alignment.find((bead) => bead.source.includes(0))).not.toHaveProperty('coarseDiff')
  })

  it('flags no bead of the seed pair', () => {
    const report = compareChecked(readSeed('001'), readSeed('000'))
    expect(report.alignment.filter((bead) => bead.coarseDiff || bead.metrics?.terUpperBound)).toEqual([])
  })
})
