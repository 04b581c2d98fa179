import {describe, expect, it} from '@jest/globals'
import {defaultMetricsOptions, resolveMetricsOptions} from './metrics-options'

describe('resolveMetricsOptions', () => {
  it.each([
    ['left out', undefined, defaultMetricsOptions],
    ['true', true, {ter: true}],
    ['false', false, false],
    ['an empty object', {}, {ter: true}],
    ['{ter: undefined}', {ter: undefined}, {ter: true}],
    ['{ter: false}', {ter: false}, {ter: false}],
    ['{ter: true}', {ter: true}, {ter: true}],
  ])('resolves %s', (_, given, expected) => {
    expect(resolveMetricsOptions(given)).toEqual(expected)
  })

  it.each([
    ['a string', 'ter', /Expected `metrics` to be a boolean or an object, not `ter`/],
    ['a number', 1, /Expected `metrics` to be a boolean or an object, not `1`/],
    ['null', null, /Expected `metrics` to be a boolean or an object, not `null`/],
    ['an array', ['ter'], /Expected `metrics` to be a boolean or an object/],
    ['an unknown metric', {chrf: false}, /Unknown option `chrf` in `metrics`: expected one of `ter`/],
    ['a wrong value of ter', {ter: 'no'}, /Expected `metrics.ter` to be a boolean, not `no`/],
    ['ter as a number', {ter: 0}, /Expected `metrics.ter` to be a boolean, not `0`/],
  ])('throws on %s, naming the option and the value', (_, given, message) => {
    expect(() => resolveMetricsOptions(given as never)).toThrow(message)
  })
})
