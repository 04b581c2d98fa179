import {describe, expect, it} from '@jest/globals'
import {assertKnownOptions, assertOneOf} from './validate-options'

describe('assertKnownOptions', () => {
  it('accepts undefined and objects with known keys', () => {
    expect(() => assertKnownOptions(undefined, ['a'])).not.toThrow()
    expect(() => assertKnownOptions({a: 1}, ['a', 'b'])).not.toThrow()
  })

  it('names an unknown key and lists the known ones', () => {
    expect(() => assertKnownOptions({c: 1}, ['a', 'b'])).toThrow('Unknown option `c` in `options`: expected one of `a`, `b`')
  })

  it.each([null, 3, 'a', [1]])('rejects %j as options', (value) => {
    expect(() => assertKnownOptions(value, ['a'], 'align')).toThrow(/Expected `align` to be an object/)
  })
})

describe('assertOneOf', () => {
  it('names the option and the value', () => {
    expect(() => assertOneOf('x', ['a', 'b'], 'mode')).toThrow('Expected `mode` to be one of a, b, not `x`')
    expect(() => assertOneOf('a', ['a', 'b'], 'mode')).not.toThrow()
  })
})
