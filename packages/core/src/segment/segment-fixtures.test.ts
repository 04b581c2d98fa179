import {describe, expect, it} from '@jest/globals'
import {readFileSync, readdirSync} from 'node:fs'
import {segmentSentences} from './segment-sentences'

// Golden fixtures: packages/core/test/fixtures/segment-<case>/{input.txt,expected.json}.
const root = new URL('../../test/fixtures/', import.meta.url)
const cases = readdirSync(root).filter((name) => name.startsWith('segment-'))

describe('segmentSentences golden fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5)
  })

  it.each(cases)('segments %s as recorded', (name) => {
    const text = readFileSync(new URL(`${name}/input.txt`, root), 'utf8')
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8')) as unknown
    const sentences = segmentSentences(text)
    expect(sentences.map(({paragraph, text: sentence}) => ({paragraph, text: sentence}))).toEqual(expected)
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})
