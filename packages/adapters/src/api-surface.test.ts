import {describe, expect, it} from '@jest/globals'
import * as adapters from './index'

describe('@driftlens/adapters', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(adapters).sort()).toEqual([
      'DriftlensError',
      'MalformedLine',
      'buildReportView',
      'collectBlockText',
      'commands',
      'compareDataset',
      'compareHtml',
      'compareRecords',
      'createCompareStream',
      'createCompareTransform',
      'decodeBytes',
      'decodeText',
      'defaultCompareRecordsOptions',
      'defaultDecodeTextOptions',
      'defaultExtractArticleOptions',
      'defaultFormatTextOptions',
      'escapeMarkdown',
      'extractArticle',
      'failedConditions',
      'formatCsvHeader',
      'formatCsvRow',
      'formatMainHelp',
      'formatMarkdownReport',
      'formatTextReport',
      'looksLikeHtml',
      'parseFailOn',
      'parseNdjson',
      'readCommandInput',
      'readTextFile',
      'renderHtmlReport',
      'resolveEncoding',
      'resultCsvColumns',
      'runCli',
      'stringifyNdjson',
    ])
  })
})
