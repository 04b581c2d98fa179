import {describe, expect, it} from '@jest/globals'
import {defaultCompareOptions, resolveCompareOptions} from './compare-options'
import {defaultFindSignalsOptions} from './compare/signals/find-signals'
import {defaultFindReusedPassagesOptions} from './passages/find-reused-passages'
import {compareTexts} from './compare-texts'

const source = 'The minister said on Tuesday that 25 people were killed in the north.'
const variant = 'The minister said on Monday that 52 people died in the north.'

describe('resolveCompareOptions', () => {
  it('fills every default in, the signal and passage options resolved', () => {
    const resolved = resolveCompareOptions({})
    expect(resolved.signals).toEqual(defaultFindSignalsOptions)
    expect(resolved.passages).toEqual(defaultFindReusedPassagesOptions)
    expect(resolved.language).toEqual({maxLength: 256, ignore: ['sco']})
    expect(resolved.metrics).toBe(true)
  })

  it('keeps a stage switched off, and merges the language options over the defaults', () => {
    const resolved = resolveCompareOptions({signals: false, passages: false, artifacts: false, language: {maxLength: 512}})
    expect(resolved.signals).toBe(false)
    expect(resolved.passages).toBe(false)
    expect(resolved.artifacts).toBe(false)
    expect(resolved.language).toEqual({maxLength: 512, ignore: ['sco']})
  })

  it('throws on an invalid stage option whatever the texts hold', () => {
    expect(() => resolveCompareOptions({signals: {kinds: ['colour' as never]}})).toThrow(/kinds/)
    expect(() => resolveCompareOptions({passages: {minWords: 0}})).toThrow(/minWords/)
    expect(() => resolveCompareOptions({passages: null as never})).toThrow(/passages|options/)
    expect(() => resolveCompareOptions({onProgress: 3 as never})).toThrow(/onProgress/)
  })
})

describe('defaultCompareOptions', () => {
  it('gives the same report as no options', () => {
    expect(compareTexts(source, variant, defaultCompareOptions)).toEqual(compareTexts(source, variant))
  })
})
