import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {stringifyJsonPieces, writeJson} from './write-json'

/** What `writeJson` writes, joined, and how many chunks it took. */
async function written(value: unknown, options: Parameters<typeof writeJson>[2] = {}): Promise<{text: string; chunks: number}> {
  const chunks: string[] = []
  await writeJson(value, (chunk) => void chunks.push(chunk), options)
  return {text: chunks.join(''), chunks: chunks.length}
}

const reportLike = {
  schemaVersion: '1.0',
  source: {language: 'eng', length: 12, sentences: [{start: 0, end: 5, text: 'Hello'}, {start: 6, end: 12, text: 'World\n"x"'}]},
  empty: {list: [], map: {}},
  beads: [{source: [0], variant: [], skipped: undefined, signals: [{kind: 'number', values: [1.5, -0, 1e21, Number.NaN]}]}],
  nested: {a: {b: {c: {d: [1, [2, [3, {e: 'deep'}]]]}}}},
  date: new Date(0),
  fn: () => 1,
  holes: [undefined, () => 1, null],
}

describe('stringifyJsonPieces', () => {
  it.each([0, 2, 4])('joins to the same characters as JSON.stringify with indent %i', (indent) => {
    expect([...stringifyJsonPieces(reportLike, indent)].join('')).toBe(JSON.stringify(reportLike, null, indent || undefined))
  })

  it('joins to JSON.stringify on arbitrary JSON values, compact and indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2), (value, indent) => {
        expect([...stringifyJsonPieces(value, indent)].join('')).toBe(JSON.stringify(value, null, indent || undefined))
      }),
    )
  })

  it('calls toJSON once, with the member key', () => {
    const keys: string[] = []
    const value = {when: {toJSON: (key: string) => (keys.push(key), {toJSON: () => 'twice'})}, list: [{toJSON: (key: string) => (keys.push(key), 7)}]}
    expect([...stringifyJsonPieces(value)].join('')).toBe(JSON.stringify(value))
    expect(keys).toEqual(['when', '0', 'when', '0'])
  })

  it('writes boxed primitives as their values', () => {
    // eslint-disable-next-line no-new-wrappers
    const value = {n: new Number(3), s: new String('x'), b: new Boolean(false)}
    expect([...stringifyJsonPieces(value, 2)].join('')).toBe(JSON.stringify(value, null, 2))
  })

  it('yields the members of a large array one by one', () => {
    const pieces = [...stringifyJsonPieces({beads: Array.from({length: 1000}, (_, index) => ({index}))})]
    expect(pieces.length).toBeGreaterThan(1000)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(20)
  })
})

describe('writeJson', () => {
  it('writes the same characters as JSON.stringify in chunks of about chunkSize', async () => {
    const value = {items: Array.from({length: 5000}, (_, index) => ({index, text: `sentence ${index}`}))}
    const {text, chunks} = await written(value, {chunkSize: 4096})
    expect(text).toBe(JSON.stringify(value))
    expect(chunks).toBeGreaterThan(text.length / 8192)
    expect(chunks).toBeLessThanOrEqual(Math.ceil(text.length / 4096) + 1)
  })

  it('writes chunks of about 16 K characters by default, each piece of a large array whole', async () => {
    const value = {items: Array.from({length: 5000}, (_, index) => ({index, text: `“sentence” ${index}`, parts: [{op: 'equal'}]}))}
    const chunks: string[] = []
    await writeJson(value, (chunk) => void chunks.push(chunk))
    expect(chunks.join('')).toBe(JSON.stringify(value))
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(16_384)
      expect(chunk.length).toBeLessThan(16_384 + 100)
    }
  })

  it('waits for each write that returns a promise', async () => {
    const order: string[] = []
    let pending = 0
    await writeJson({items: Array.from({length: 100}, (_, index) => index)}, async () => {
      expect(pending).toBe(0)
      pending++
      await new Promise((resolve) => setTimeout(resolve, 1))
      pending--
      order.push('written')
    }, {chunkSize: 16})
    expect(order.length).toBeGreaterThan(5)
  })

  it.each([
    [{indent: -1}, 'Expected `indent` to be an integer from 0 to 10, not `-1`'],
    [{indent: 1.5}, 'Expected `indent` to be an integer from 0 to 10, not `1.5`'],
    [{chunkSize: 0}, 'Expected `chunkSize` to be a positive integer, not `0`'],
  ])('throws on %j', async (options, message) => {
    await expect(writeJson({}, () => undefined, options)).rejects.toThrow(message)
  })
})
