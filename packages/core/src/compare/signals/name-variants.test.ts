import {describe, expect, it} from '@jest/globals'
import {nameTokens, phraseTokens} from './name-variants'

describe('phraseTokens', () => {
  it.each([
    ['The United States and the United Kingdom met', 2],
    ["the United States' envoy", 1],
    ['Paris and Berlin', 0],
    ['', 0],
  ])('in %j gives the multi-word tokens nameTokens gives (%i)', (text, count) => {
    const words = text.split(' ').filter((word) => word.length > 0)
    const phrases = phraseTokens(words)
    expect(phrases).toEqual(nameTokens(words).filter((token) => token.first !== token.last))
    expect(phrases).toHaveLength(count)
  })
})
