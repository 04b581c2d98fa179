/**
 * Loading and checking sacrebleu's golden values (see the README beside the
 * fixture files). Shared by the test of the committed copy and the test of
 * the shared folder it was copied from.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {
  corpusBleu,
  corpusChrf,
  corpusTer,
  sentenceBleu,
  sentenceChrf,
  sentenceTer,
  tokenize13a,
  tokenizeTercom,
  formatChrfSignature,
  formatBleuSignature,
  formatTerSignature,
  scoreBead,
  scoreDocument,
  type BleuOptions,
  type BleuStatistics,
  type ChrfOptions,
  type TerOptions,
} from '../src/metrics/index'

/** Values must match sacrebleu within this (absolute, 0–100 scale). */
export const tolerance = 1e-9

interface Pair {
  readonly id: string
  readonly hyp: string
  readonly ref: string
}

interface SacrebleuBleuStats {
  readonly sys_len: number
  readonly ref_len: number
  readonly counts: readonly number[]
  readonly totals: readonly number[]
  readonly precisions: readonly number[]
  readonly bp: number
}

type ReferenceRow = Record<string, number> & {
  readonly id: string
  readonly chrf_stats: readonly number[]
  readonly chrfpp_stats: readonly number[]
  readonly bleu_stats: SacrebleuBleuStats
  readonly ter_stats: {readonly num_edits: number; readonly ref_length: number}
}

interface CorpusSet {
  readonly ids: readonly string[]
  readonly scores: Readonly<Record<string, number>>
  readonly signatures: Readonly<Record<string, string>>
  readonly stats: {
    readonly chrf: readonly number[]
    readonly chrfpp: readonly number[]
    readonly bleu: SacrebleuBleuStats
    readonly ter: {readonly num_edits: number; readonly ref_length: number}
  }
}

interface Fixtures {
  readonly pairs: readonly Pair[]
  readonly reference: ReadonlyMap<string, ReferenceRow>
  readonly tokenized: ReadonlyMap<string, Record<string, string>>
  readonly corpus: {
    readonly sets: Readonly<Record<string, CorpusSet>>
    readonly whole_document_single_segment: Readonly<Record<string, Readonly<Record<string, number>>>>
  }
  readonly signatures: {
    readonly sentence_level: Readonly<Record<string, {readonly full: string; readonly short: string}>>
    readonly corpus_level: Readonly<Record<string, string>>
  }
}

function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** Read the six fixture files of a folder. */
export function loadFixtures(folder: string): Fixtures {
  const byId = <T extends {id: string}>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))
  return {
    pairs: readJsonLines<Pair>(path.join(folder, 'pairs.jsonl')),
    reference: byId(readJsonLines<ReferenceRow>(path.join(folder, 'reference.jsonl'))),
    tokenized: byId(readJsonLines<Record<string, string> & {id: string}>(path.join(folder, 'tokenized.jsonl'))),
    corpus: JSON.parse(readFileSync(path.join(folder, 'corpus.json'), 'utf8')),
    signatures: JSON.parse(readFileSync(path.join(folder, 'signatures.json'), 'utf8')),
  }
}

type SentenceMetric = (hyp: string, ref: string) => {score: number; signature: string}

// The shared folder and the committed copy hold the same texts: results are
// remembered by metric and text so the second run only compares (whole
// documents take a second under jest).
const remembered = new Map<string, unknown>()
function remember<T>(key: string, hyp: string, ref: string, compute: () => T): T {
  const fullKey = `${key}\u0000${hyp}\u0000${ref}`
  if (!remembered.has(fullKey)) remembered.set(fullKey, compute())
  return remembered.get(fullKey) as T
}

/** Each sentence-level configuration of the fixtures and how to compute it here. */
const chrfConfigs: Record<string, ChrfOptions> = {
  chrf: {},
  chrfpp: {wordOrder: 2},
  chrf_eps: {epsSmoothing: true},
  chrfpp_eps: {wordOrder: 2, epsSmoothing: true},
}
const bleuConfigs: Record<string, BleuOptions> = {
  bleu: {},
  bleu_floor: {smooth: 'floor'},
  bleu_addk: {smooth: 'add-k'},
  bleu_none: {smooth: 'none'},
  bleu_exp_noeff: {effectiveOrder: false},
}
const terConfigs: Record<string, TerOptions> = {
  ter: {},
  ter_cased: {caseSensitive: true},
  ter_norm: {normalized: true},
}

export const sentenceMetrics: Readonly<Record<string, SentenceMetric>> = {
  ...Object.fromEntries(Object.entries(chrfConfigs).map(([key, options]) => [key, (h: string, r: string) => sentenceChrf(h, r, options)])),
  ...Object.fromEntries(Object.entries(bleuConfigs).map(([key, options]) => [key, (h: string, r: string) => sentenceBleu(h, r, options)])),
  ...Object.fromEntries(Object.entries(terConfigs).map(([key, options]) => [key, (h: string, r: string) => sentenceTer(h, r, options)])),
}

function toSacrebleuBleuStats(statistics: BleuStatistics): SacrebleuBleuStats {
  return {
    sys_len: statistics.hypothesisLength,
    ref_len: statistics.referenceLength,
    counts: statistics.counts,
    totals: statistics.totals,
    precisions: statistics.precisions,
    bp: statistics.brevityPenalty,
  }
}

function expectBleuStats(actual: SacrebleuBleuStats, expected: SacrebleuBleuStats): void {
  expect({...actual, precisions: [], bp: 0}).toEqual({...expected, precisions: [], bp: 0})
  expected.precisions.forEach((value, i) => expect(Math.abs(actual.precisions[i]! - value)).toBeLessThanOrEqual(tolerance))
  expect(Math.abs(actual.bp - expected.bp)).toBeLessThanOrEqual(tolerance)
}

/** Define every golden test against the fixtures in `folder`. */
export function describeGoldenValues(folder: string): void {
  const fixtures = loadFixtures(folder)
  const pairById = new Map(fixtures.pairs.map((pair) => [pair.id, pair]))
  const metricNames = Object.keys(sentenceMetrics)

  it('has a reference row and a tokenization for every pair', () => {
    expect(fixtures.pairs.length).toBeGreaterThan(0)
    for (const pair of fixtures.pairs) {
      expect(fixtures.reference.has(pair.id)).toBe(true)
      expect(fixtures.tokenized.has(pair.id)).toBe(true)
    }
  })

  describe('sentence scores', () => {
    const rows = fixtures.pairs.flatMap((pair) => metricNames.map((metric) => [pair.id, metric] as const))
    it.each(rows)('%s %s equals sacrebleu within 1e-9', (id, metric) => {
      const pair = pairById.get(id)!
      const expected = fixtures.reference.get(id)![metric]!
      const actual = remember(metric, pair.hyp, pair.ref, () => sentenceMetrics[metric]!(pair.hyp, pair.ref))
      expect(Number.isFinite(actual.score)).toBe(true)
      expect(Math.abs(actual.score - expected)).toBeLessThanOrEqual(tolerance)
      expect(actual.signature).toBe(fixtures.signatures.sentence_level[metric]!.full)
    })
  })

  describe('sentence statistics', () => {
    it.each(fixtures.pairs.map((pair) => [pair.id]))('%s has sacrebleu statistics', (id) => {
      const pair = pairById.get(id)!
      const row = fixtures.reference.get(id)!
      expect(sentenceChrf(pair.hyp, pair.ref).statistics).toEqual(row.chrf_stats)
      expect(sentenceChrf(pair.hyp, pair.ref, {wordOrder: 2}).statistics).toEqual(row.chrfpp_stats)
      expectBleuStats(toSacrebleuBleuStats(sentenceBleu(pair.hyp, pair.ref).statistics), row.bleu_stats)
      const ter = (remember('ter', pair.hyp, pair.ref, () => sentenceTer(pair.hyp, pair.ref)) as ReturnType<typeof sentenceTer>).statistics
      expect({num_edits: ter.edits, ref_length: ter.referenceLength}).toEqual(row.ter_stats)
    })
  })

  describe('tokenizers', () => {
    it.each(fixtures.pairs.map((pair) => [pair.id]))('%s tokenizes as sacrebleu', (id) => {
      const pair = pairById.get(id)!
      const tokens = fixtures.tokenized.get(id)!
      // sacrebleu right-strips a segment before tokenizing it.
      const rstrip = (text: string) => text.replace(/[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/u, '')
      expect(tokenize13a(rstrip(pair.hyp))).toBe(tokens.hyp_13a)
      expect(tokenize13a(rstrip(pair.ref))).toBe(tokens.ref_13a)
      expect(tokenizeTercom(rstrip(pair.hyp))).toBe(tokens.hyp_ter)
      expect(tokenizeTercom(rstrip(pair.ref))).toBe(tokens.ref_ter)
      expect(tokenizeTercom(rstrip(pair.hyp), {normalized: true})).toBe(tokens.hyp_ter_norm)
      expect(tokenizeTercom(rstrip(pair.ref), {normalized: true})).toBe(tokens.ref_ter_norm)
    })
  })

  describe('corpus scores', () => {
    const corpusMetrics: Record<string, (h: string[], r: string[]) => {score: number; signature: string}> = {
      chrf: (h, r) => corpusChrf(h, r),
      chrfpp: (h, r) => corpusChrf(h, r, {wordOrder: 2}),
      chrf_eps: (h, r) => corpusChrf(h, r, {epsSmoothing: true}),
      bleu: (h, r) => corpusBleu(h, r),
      bleu_eff: (h, r) => corpusBleu(h, r, {effectiveOrder: true}),
      ter: (h, r) => corpusTer(h, r),
    }
    const rows = Object.entries(fixtures.corpus.sets).flatMap(([name, set]) =>
      Object.keys(set.scores).map((metric) => [name, metric] as const),
    )
    it.each(rows)('%s %s sums statistics as sacrebleu', (name, metric) => {
      const set = fixtures.corpus.sets[name]!
      const hyps = set.ids.map((id) => pairById.get(id)!.hyp)
      const refs = set.ids.map((id) => pairById.get(id)!.ref)
      const compute = corpusMetrics[metric]
      expect(compute).toBeDefined()
      const actual = compute!(hyps, refs)
      expect(Math.abs(actual.score - set.scores[metric]!)).toBeLessThanOrEqual(tolerance)
      expect(actual.signature).toBe(set.signatures[metric])
      expect(actual.signature).toBe(fixtures.signatures.corpus_level[metric])
    })

    it.each(Object.keys(fixtures.corpus.sets).map((name) => [name]))('%s has sacrebleu corpus statistics', (name) => {
      const set = fixtures.corpus.sets[name]!
      const hyps = set.ids.map((id) => pairById.get(id)!.hyp)
      const refs = set.ids.map((id) => pairById.get(id)!.ref)
      expect(corpusChrf(hyps, refs).statistics).toEqual(set.stats.chrf)
      expect(corpusChrf(hyps, refs, {wordOrder: 2}).statistics).toEqual(set.stats.chrfpp)
      expectBleuStats(toSacrebleuBleuStats(corpusBleu(hyps, refs).statistics), set.stats.bleu)
      const ter = corpusTer(hyps, refs).statistics
      expect({num_edits: ter.edits, ref_length: ter.referenceLength}).toEqual(set.stats.ter)
    })
  })

  describe('whole documents as one segment', () => {
    const rows = Object.entries(fixtures.corpus.whole_document_single_segment).flatMap(([id, scores]) =>
      Object.keys(scores).map((metric) => [id, metric] as const),
    )
    it.each(rows)('%s %s equals sacrebleu', (id, metric) => {
      const pair = pairById.get(id)!
      const actual = remember(metric, pair.hyp, pair.ref, () => sentenceMetrics[metric]!(pair.hyp, pair.ref))
      expect(Math.abs(actual.score - fixtures.corpus.whole_document_single_segment[id]![metric]!)).toBeLessThanOrEqual(tolerance)
    })
  })

  describe('scoreBead and scoreDocument', () => {
    it.each(fixtures.pairs.map((pair) => [pair.id]))('scoreBead on %s gives the sentence defaults', (id) => {
      const pair = pairById.get(id)!
      const row = fixtures.reference.get(id)!
      const metrics = remember('bead', pair.hyp, pair.ref, () => scoreBead(pair.hyp, pair.ref))
      expect(Math.abs(metrics.chrf - row.chrf!)).toBeLessThanOrEqual(tolerance)
      expect(Math.abs(metrics.chrfpp - row.chrfpp!)).toBeLessThanOrEqual(tolerance)
      expect(Math.abs(metrics.bleu - row.bleu!)).toBeLessThanOrEqual(tolerance)
      expect(Math.abs(metrics.ter - row.ter!)).toBeLessThanOrEqual(tolerance)
    })

    it.each(Object.keys(fixtures.corpus.sets).map((name) => [name]))('scoreDocument on %s gives the corpus defaults', (name) => {
      const set = fixtures.corpus.sets[name]!
      const metrics = scoreDocument(set.ids.map((id) => ({hypothesis: pairById.get(id)!.hyp, reference: pairById.get(id)!.ref})))
      for (const key of ['chrf', 'chrfpp', 'bleu', 'ter'] as const) {
        expect(Math.abs(metrics[key] - set.scores[key]!)).toBeLessThanOrEqual(tolerance)
      }
    })
  })

  describe('signatures', () => {
    const settingsOf: Record<string, (short: boolean) => string> = {
      chrf: (short) => formatChrfSignature({charOrder: 6, wordOrder: 0, lowercase: false, whitespace: false, epsSmoothing: false}, short),
      chrfpp: (short) => formatChrfSignature({charOrder: 6, wordOrder: 2, lowercase: false, whitespace: false, epsSmoothing: false}, short),
      chrf_eps: (short) => formatChrfSignature({charOrder: 6, wordOrder: 0, lowercase: false, whitespace: false, epsSmoothing: true}, short),
      chrfpp_eps: (short) => formatChrfSignature({charOrder: 6, wordOrder: 2, lowercase: false, whitespace: false, epsSmoothing: true}, short),
      bleu: (short) => formatBleuSignature({lowercase: false, effectiveOrder: true, smooth: 'exp', smoothValue: undefined}, short),
      bleu_floor: (short) => formatBleuSignature({lowercase: false, effectiveOrder: true, smooth: 'floor', smoothValue: 0.1}, short),
      bleu_addk: (short) => formatBleuSignature({lowercase: false, effectiveOrder: true, smooth: 'add-k', smoothValue: 1}, short),
      bleu_none: (short) => formatBleuSignature({lowercase: false, effectiveOrder: true, smooth: 'none', smoothValue: undefined}, short),
      bleu_exp_noeff: (short) => formatBleuSignature({lowercase: false, effectiveOrder: false, smooth: 'exp', smoothValue: undefined}, short),
      ter: (short) => formatTerSignature({caseSensitive: false, normalized: false}, short),
      ter_cased: (short) => formatTerSignature({caseSensitive: true, normalized: false}, short),
      ter_norm: (short) => formatTerSignature({caseSensitive: false, normalized: true}, short),
    }
    it.each(Object.entries(fixtures.signatures.sentence_level))('%s signature is %j', (name, expected) => {
      expect(settingsOf[name]).toBeDefined()
      expect(settingsOf[name]!(false)).toBe(expected.full)
      expect(settingsOf[name]!(true)).toBe(expected.short)
    })
  })
}
