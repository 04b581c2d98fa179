import {describe, expect, it} from '@jest/globals'
import {bleuSignature, corpusBleu, sentenceBleu} from './bleu'
import {bleuFromStatistics} from './bleu-from-statistics'
import {chrfFromStatistics, chrfName, chrfSignature, chrfStatistics, corpusChrf, sentenceChrf} from './chrf'
import {formatSacrebleuJson, formatSacrebleuLine, toSacrebleuJson} from './sacrebleu-output'
import {corpusTer, sentenceTer, terSignature} from './ter'
import {tokenizeTercom} from './tokenize-tercom'

const bleu = sentenceBleu('a', 'a')
const wrong = {tokenise: 'intl'} as never

// Every public metric function that takes options refuses a name it does not know.
describe('unknown option names', () => {
  it.each<[string, () => unknown]>([
    ['sentenceBleu', () => sentenceBleu('a', 'a', wrong)],
    ['corpusBleu', () => corpusBleu(['a'], ['a'], wrong)],
    ['bleuSignature', () => bleuSignature(wrong)],
    ['bleuFromStatistics', () => bleuFromStatistics({counts: [1], totals: [1], hypothesisLength: 1, referenceLength: 1}, wrong)],
    ['sentenceChrf', () => sentenceChrf('a', 'a', wrong)],
    ['corpusChrf', () => corpusChrf(['a'], ['a'], wrong)],
    ['chrfStatistics', () => chrfStatistics('a', 'a', wrong)],
    ['chrfFromStatistics', () => chrfFromStatistics([1, 1, 1], wrong)],
    ['chrfName', () => chrfName(wrong)],
    ['chrfSignature', () => chrfSignature(wrong)],
    ['sentenceTer', () => sentenceTer('a', 'a', wrong)],
    ['corpusTer', () => corpusTer(['a'], ['a'], wrong)],
    ['terSignature', () => terSignature(wrong)],
    ['tokenizeTercom', () => tokenizeTercom('a', wrong)],
    ['formatSacrebleuLine', () => formatSacrebleuLine(bleu, wrong)],
    ['toSacrebleuJson', () => toSacrebleuJson(bleu, wrong)],
    ['formatSacrebleuJson', () => formatSacrebleuJson(bleu, wrong)],
  ])('%s throws, naming it', (_name, call) => {
    expect(call).toThrow('Unknown option `tokenise`')
  })

  it.each<[string, () => unknown, string]>([
    ['a BLEU tokenizer', () => sentenceBleu('a', 'a', {tokenize: 'intl ' as never}), 'Expected `tokenize` to be one of'],
    ['a BLEU order', () => corpusBleu(['a'], ['a'], {maxNgramOrder: 0}), 'Expected `maxNgramOrder` to be a positive integer, not `0`'],
    ['TER CJK handling', () => sentenceTer('a', 'a', {asianSupport: 'yes' as never}), 'Expected `asianSupport` to be a boolean, not `yes`'],
    ['TER punctuation', () => corpusTer(['a'], ['a'], {noPunct: 1 as never}), 'Expected `noPunct` to be a boolean, not `1`'],
    ['chrF orders both 0', () => sentenceChrf('a', 'a', {charOrder: 0, wordOrder: 0}), 'Expected `charOrder` or `wordOrder` to be positive'],
  ])('rejects a wrong value for %s', (_name, call, message) => {
    expect(call).toThrow(message)
  })
})
