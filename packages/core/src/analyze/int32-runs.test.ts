import {describe, expect, it} from '@jest/globals'
import {Int32RunsBuilder} from './int32-runs'

describe('Int32RunsBuilder', () => {
  it('keeps each run where it starts, past the guessed size and with empty runs', () => {
    const builder = new Int32RunsBuilder(4, 1)
    builder.addRun([1, 2, 3])
    builder.addRun([])
    builder.addRun(Array.from({length: 40}, (_, index) => index))
    builder.startRun()
    builder.push(-7)
    const {values, firstItem} = builder.finish()
    expect(Array.from(firstItem)).toEqual([0, 3, 3, 43, 44])
    expect(values.length).toBe(44)
    expect(Array.from(values.subarray(0, 3))).toEqual([1, 2, 3])
    expect(values[42]).toBe(39)
    expect(values[43]).toBe(-7)
  })

  it('counts run starts in items when an item spans several values', () => {
    const builder = new Int32RunsBuilder(2, 1, 2)
    builder.startRun()
    for (let word = 0; word < 20; word++) {
      builder.push(10 * word)
      builder.push(10 * word + 4)
    }
    builder.startRun()
    builder.push(500)
    builder.push(503)
    const {values, firstItem} = builder.finish()
    expect(Array.from(firstItem)).toEqual([0, 20, 21])
    expect(Array.from(values.subarray(38, 42))).toEqual([190, 194, 500, 503])
  })
})
