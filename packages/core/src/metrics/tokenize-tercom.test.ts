import {describe, expect, it} from '@jest/globals'
import {tokenizeTercom} from './tokenize-tercom'

describe('tokenizeTercom', () => {
  it.each([
    ['Hello, World.', {}, 'hello, world.'],
    ['Hello, World.', {caseSensitive: true}, 'Hello, World.'],
    ['Hello, World.', {normalized: true}, 'hello , world .'],
    ["It's Tuesday's", {normalized: true}, "it 's tuesday 's"],
    ['&quot;A&quot;', {normalized: true}, '" a "'],
    ['  a \t b  ', {}, 'a b'],
    ['ΟΔΥΣΣΕΥΣ', {}, 'οδυσσευς'],
    ['', {}, ''],
    // sacrebleu's test_tokenizer_ter.py.
    ['a b c d.', {noPunct: true}, 'a b c d'],
    ['A ; B ) C : D.', {noPunct: true}, 'a b c d'],
    ['美众院公布对特', {normalized: true, asianSupport: true}, '美 众 院 公 布 对 特'],
    ['りの拳銃を持', {normalized: true, asianSupport: true}, 'りの 拳 銃 を 持'],
    // CJK punctuation is split with `normalized`, removed with `noPunct`.
    ['東京。大阪、京都', {normalized: true, asianSupport: true}, '東 京 。 大 阪 、 京 都'],
    ['東京。大阪', {noPunct: true, asianSupport: true}, '東京大阪'],
    ['東京。大阪', {noPunct: true}, '東京。大阪'],
    // Without `normalized` or `noPunct`, asianSupport changes nothing.
    ['美众院', {asianSupport: true}, '美众院'],
  ])('tokenizes %j with %j as %j', (text, options, expected) => {
    expect(tokenizeTercom(text, options)).toBe(expected)
  })
})
