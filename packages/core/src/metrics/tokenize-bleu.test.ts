import {describe, expect, it} from '@jest/globals'
import {sentenceBleu} from './bleu'
import {bleuTokens, tokenizeBleu, type BleuTokenizer} from './tokenize-bleu'

describe('tokenizeBleu', () => {
  it.each<[BleuTokenizer, string, string]>([
    ['13a', 'Hello, world!', 'Hello , world !'],
    ['none', 'Hello, world!', 'Hello, world!'],
    // Punctuation between numbers stays; symbols split; a number keeps its final period (mteval-v14).
    ['intl', 'Hello, world! It costs $5.50 in 2019.', 'Hello , world ! It costs $ 5.50 in 2019.'],
    ['intl', '«Olá», disse.', '« Olá » , disse .'],
    ['intl', 'a &amp; b', 'a & amp ; b'],
    ['char', 'ab c', 'a b   c'],
    ['char', 'a😀b', 'a 😀 b'],
    ['zh', '我爱北京。Hello, world', '我 爱 北 京 。 Hello , world'],
    // sacrebleu's range table selects U+2001–U+2A6D, so curly quotes split too.
    ['zh', 'a“b”c', 'a “ b ” c'],
    // No padding: a period ending the line after a digit stays attached.
    ['zh', '价格5.', '价 格 5.'],
  ])('%s turns %j into %j', (tokenize, line, expected) => {
    expect(tokenizeBleu(line, tokenize)).toBe(expected)
  })

  it.each(['ja-mecab', 'ko-mecab', 'spm', 'flores101', 'flores200'])('refuses %s, saying what it needs', (name) => {
    expect(() => tokenizeBleu('a', name as BleuTokenizer)).toThrow(new RegExp(`not \`${name}\`: sacrebleu's \`${name}\` tokenizer needs .*(MeCab|SentencePiece)`))
  })

  it('refuses an unknown tokenizer, naming it', () => {
    expect(() => tokenizeBleu('a', 'v14' as BleuTokenizer)).toThrow('Expected `tokenize` to be one of 13a, none, intl, char, zh, not `v14`')
  })
})

describe('BLEU with each tokenizer', () => {
  it('counts characters with `char`, whitespace left out', () => {
    expect(bleuTokens('ab c ', 'char')).toEqual(['a', 'b', 'c'])
    // "abc" vs "abd": 1-grams 2/3, 2-grams 1/2, 3-grams 0/1 (exp: 100/2).
    const result = sentenceBleu('abc', 'abd', {tokenize: 'char'})
    expect(result.statistics.counts).toEqual([2, 1, 0, 0])
    expect(result.score).toBeCloseTo(((200 / 3) * 50 * 50) ** (1 / 3), 10)
    expect(result.signature).toBe('nrefs:1|case:mixed|eff:yes|tok:char|smooth:exp|version:2.6.0')
  })

  it('leaves punctuation attached with `none`', () => {
    expect(sentenceBleu('end.', 'end', {tokenize: 'none'}).score).toBe(0)
    expect(sentenceBleu('end.', 'end').score).toBeGreaterThan(0)
  })
})
