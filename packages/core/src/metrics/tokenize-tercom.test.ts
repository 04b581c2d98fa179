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
  ])('tokenizes %j with %j as %j', (text, options, expected) => {
    expect(tokenizeTercom(text, options)).toBe(expected)
  })
})
