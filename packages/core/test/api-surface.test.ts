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
  'decideRelation',
  'defaultAlignOptions',
  'defaultBleuOptions',
  'defaultCandidateLanguages',
  'defaultChrfOptions',
  'defaultCorpusBleuOptions',
  'defaultDetectLanguageOptions',
  'defaultFindArtifactsOptions',
  'defaultFindSignalsOptions',
  'defaultNormalizeOptions',
  'defaultOmissionOptions',
  'defaultSegmentOptions',
  'defaultTerOptions',
  'defaultTercomTokenizeOptions',
  'detectLanguage',
  'diceSimilarity',
  'diffWords',
  'findArtifacts',
  'findEntitySignals',
  'findModalitySignals',
  'findNegationSignals',
  'findNumberSignals',
  'findOmissionSignals',
  'findPronounSignals',
  'findQuoteSignals',
  'findSignals',
  'findTemporalSignals',
  'formatBleuSignature',
  'formatChrfSignature',
  'formatFixed',
  'formatSacrebleuJson',
  'formatSacrebleuLine',
  'formatTerSignature',
  'lexicalWeights',
  'normalizeText',
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
  'severityWeights',
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
