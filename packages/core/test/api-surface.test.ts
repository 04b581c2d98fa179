import {describe, expect, it} from '@jest/globals'
import * as core from '../src/index'

// The public surface of @driftlens/core. A change here is a visible decision:
// update this list, the package readme's API section and the docs together.
const expected = [
  'alignSentences',
  'applySuggestions',
  'artifactKinds',
  'bleuFromStatistics',
  'bleuSignature',
  'bleuTokenizers',
  'buildReport',
  'checkReport',
  'chrfFromStatistics',
  'chrfName',
  'chrfSignature',
  'chrfStatistics',
  'compareTexts',
  'corpusBleu',
  'corpusChrf',
  'corpusTer',
  'countUnmatchedWords',
  'createSourceIndex',
  'decideRelation',
  'defaultAlignOptions',
  'defaultApplySuggestionsOptions',
  'defaultBleuOptions',
  'defaultCandidateLanguages',
  'defaultChrfOptions',
  'defaultCompareOptions',
  'defaultCorpusBleuOptions',
  'defaultDetectLanguageOptions',
  'defaultDiffWordsOptions',
  'defaultFindArtifactsOptions',
  'defaultFindReusedPassagesOptions',
  'defaultFindSignalsOptions',
  'defaultMetricsOptions',
  'defaultNormalizeOptions',
  'defaultOmissionOptions',
  'defaultSegmentOptions',
  'defaultSourceIndexOptions',
  'defaultSourceQueryOptions',
  'defaultTerOptions',
  'defaultTercomTokenizeOptions',
  'deserializeSourceIndex',
  'detectLanguage',
  'diceSimilarity',
  'diffWords',
  'diffWordsBounded',
  'driftFeatureNames',
  'driftFeatures',
  'driftFromFeatures',
  'driftWeights',
  'findAntonymSignals',
  'findArtifacts',
  'findEntitySignals',
  'findModalitySignals',
  'findNegationSignals',
  'findNumberSignals',
  'findOmissionSignals',
  'findPronounSignals',
  'findQuoteSignals',
  'findReusedPassages',
  'findSignals',
  'findTemporalSignals',
  'formatBleuSignature',
  'formatChrfSignature',
  'formatFixed',
  'formatSacrebleuJson',
  'formatSacrebleuLine',
  'formatTerSignature',
  'normalizeText',
  'readSourceTexts',
  'relationThresholds',
  'repairText',
  'sacrebleuVersion',
  'scoreAlignment',
  'scoreBead',
  'scoreDocument',
  'scoreDrift',
  'segmentParagraphs',
  'segmentSentences',
  'sentenceBleu',
  'sentenceChrf',
  'sentenceTer',
  'signalKinds',
  'terFromStatistics',
  'terSignature',
  'toOriginalSpan',
  'toSacrebleuJson',
  'tokenize13a',
  'tokenizeBleu',
  'tokenizeIntl',
  'tokenizeTercom',
  'tokenizeWords',
  'tokenizeZh',
]

describe('@driftlens/core', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(core).sort()).toEqual(expected)
  })

  it('exports only functions and plain data', () => {
    for (const [name, value] of Object.entries(core)) {
      expect([name, typeof value === 'function' || (typeof value === 'object' && value !== null) || typeof value === 'number' || typeof value === 'string']).toEqual([name, true])
    }
  })
})

// Each subpath entry (package.json `exports`) re-exports one stage of the main entry, under the same names.
describe.each([
  ['metrics', () => import('../src/metrics/index'), ['sentenceChrf', 'corpusBleu', 'sentenceTer', 'scoreAlignment', 'tokenize13a']],
  ['align', () => import('../src/align-entry'), ['alignSentences', 'defaultAlignOptions', 'diceSimilarity']],
  ['signals', () => import('../src/compare/signals/index'), ['findSignals', 'scoreDrift', 'signalKinds']],
  ['artifacts', () => import('../src/artifacts/index'), ['findArtifacts', 'repairText', 'artifactKinds']],
  ['language', () => import('../src/language/index'), ['defaultDetectLanguageOptions', 'detectLanguage']],
])('the @driftlens/core/%s entry', (_name, load, holds) => {
  it('exports only names of the main entry, each the same value', async () => {
    const entry: Record<string, unknown> = await load()
    for (const name of Object.keys(entry)) expect([name, entry[name]]).toEqual([name, (core as Record<string, unknown>)[name]])
  })

  it('holds its stage functions', async () => {
    const entry: Record<string, unknown> = await load()
    expect(holds.filter((name) => typeof entry[name] !== 'function' && typeof entry[name] !== 'object')).toEqual([])
  })
})
