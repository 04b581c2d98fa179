import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {readSeed} from '../../test/seeds'
import {createSourceIndex, deserializeSourceIndex, type SourceIndex} from './source-index'
import {readSourceTexts} from './serialize-index'
import {defaultSourceIndexOptions} from './source-index-options'

const source = readSeed('001')

function indexOf(entries: Record<string, string>, options = {}): SourceIndex {
  const index = createSourceIndex(options)
  for (const [id, text] of Object.entries(entries)) index.add(id, text)
  return index
}

describe('createSourceIndex on the seeds', () => {
  const index = indexOf({'001': source})

  it('finds 001 first for its machine round trip 000', () => {
    expect(index.query(readSeed('000'))[0]?.id).toBe('001')
  })

  it('finds 001 among the candidates of 003, which re-uses a third of its sentences', () => {
    expect(index.query(readSeed('003')).map((candidate) => candidate.id)).toContain('001')
  })

  it.each(['002', '004'] as const)('finds nothing above the threshold for %s, an independent report of the same event', (name) => {
    expect(index.query(readSeed(name))).toEqual([])
  })

  it('ranks the source above other reports when all five are indexed', () => {
    const all = indexOf({'001': source, '002': readSeed('002'), '003': readSeed('003'), '004': readSeed('004')})
    expect(all.query(readSeed('000'))[0]?.id).toBe('001')
  })

  it('scores the text itself 1, with full coverage', () => {
    expect(index.query(source)).toEqual([{id: '001', score: 1, coverage: 1}])
  })
})

describe('SourceIndex', () => {
  const retold = 'The storm closed the harbour at Brest for two days. Fishing crews waited on the quay while the coast guard checked the moorings.'
  const other = 'A new library opened in Lyon on Saturday. Readers queued for an hour to borrow books from the reading room.'

  it('adds, replaces, removes and counts documents', () => {
    const index = createSourceIndex()
    index.add('a', retold)
    index.add('b', other)
    index.add('a', retold)
    expect(index.size).toBe(2)
    expect(index.has('a')).toBe(true)
    expect(index.remove('a')).toBe(true)
    expect(index.remove('a')).toBe(false)
    expect(index.has('a')).toBe(false)
    expect(index.size).toBe(1)
    expect(index.query(retold)).toEqual([])
    expect(index.query(other)[0]?.id).toBe('b')
  })

  it('replacing a document forgets its old text', () => {
    const index = indexOf({a: retold})
    index.add('a', other)
    expect(index.query(retold)).toEqual([])
    expect(index.query(other)[0]?.id).toBe('a')
  })

  it('returns candidates best first, each scored in [0, 1] and at least minScore, at most k', () => {
    const index = indexOf({a: retold, b: `${retold}\n\n${other}`, c: other})
    const candidates = index.query(retold, {k: 2})
    expect(candidates.length).toBe(2)
    expect(candidates[0]!.id).toBe('a')
    for (const candidate of candidates) {
      expect(candidate.score).toBeGreaterThanOrEqual(defaultSourceIndexOptions.minScore)
      expect(candidate.score).toBeLessThanOrEqual(1)
      expect(candidate.coverage).toBeGreaterThanOrEqual(0)
      expect(candidate.coverage).toBeLessThanOrEqual(1)
    }
    expect(candidates[0]!.score).toBeGreaterThanOrEqual(candidates[1]!.score)
  })

  it('finds a source again after its sentences are reordered and reworded', () => {
    const index = indexOf({a: retold, c: other})
    const variant = 'Fishing crews were waiting on the quay as the coast guard checked moorings. Brest harbour was closed by the storm for two days.'
    expect(index.query(variant)[0]?.id).toBe('a')
  })

  it.each([[''], ['   \n\n '], ['the of and'], ['\u0000\uD800'], ['🙂'.repeat(50)]])('never throws on text like %j', (text) => {
    const index = indexOf({a: retold, e: text})
    expect(Array.isArray(index.query(text))).toBe(true)
  })

  it('throws on unknown options, naming them', () => {
    expect(() => createSourceIndex({minScore: 0.2, bands: 4} as never)).toThrow(/`bands`/)
    expect(() => createSourceIndex().query('text', {limit: 3} as never)).toThrow(/`limit`/)
  })

  it.each([
    [{minScore: 2}, /`minScore`/],
    [{minScore: Number.NaN}, /`minScore`/],
    [{maxFeatures: 0}, /`maxFeatures`/],
    [{keepTexts: 'yes' as never}, /`keepTexts`/],
  ])('throws on invalid option %j', (options, message) => {
    expect(() => createSourceIndex(options)).toThrow(message)
  })

  it('throws when k is not a positive integer, or the id or text not a string', () => {
    const index = createSourceIndex()
    expect(() => index.query('text', {k: 0})).toThrow(/`k`/)
    expect(() => index.add(3 as never, 'text')).toThrow(/`id`/)
    expect(() => index.add('a', undefined as never)).toThrow(/`text`/)
  })
})

describe('serialize and deserializeSourceIndex', () => {
  it('reads back an index that answers as the original did, with its options', () => {
    const index = indexOf({'001': source, '002': readSeed('002'), '004': readSeed('004')}, {minScore: 0.3})
    const copy = deserializeSourceIndex(index.serialize())
    expect(copy.size).toBe(3)
    for (const name of ['000', '003'] as const) expect(copy.query(readSeed(name))).toEqual(index.query(readSeed(name)))
    expect(copy.serialize()).toEqual(index.serialize())
    expect(copy.query(readSeed('003'))).toEqual([])
  })

  it('keeps about two bytes per feature: the seed 001 takes under 1 KB', () => {
    expect(indexOf({'001': source}).serialize().length).toBeLessThan(1024)
  })

  it.each([
    [new Uint8Array(0)],
    [new Uint8Array(40)],
    [createSourceIndex().serialize().subarray(0, 10)],
    [Uint8Array.from([...indexOf({a: 'one two three'}).serialize(), 0])],
  ])('throws on bytes that are not a serialized index (%#)', (bytes) => {
    expect(() => deserializeSourceIndex(bytes)).toThrow(/`bytes`/)
  })

  it('round-trips any ids and texts, and never throws on them', () => {
    const text = fc.oneof(fc.string({unit: 'binary', maxLength: 80}), fc.constantFrom(source.slice(0, 400), 'Hezbollah, 25 fighters. U.S. Embassy', '\uD800 ok'))
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({unit: 'binary', maxLength: 8}), text), {maxLength: 6}), text, (documents, query) => {
        const index = createSourceIndex({minScore: 0})
        for (const [id, body] of documents) index.add(id, body)
        const bytes = index.serialize()
        const copy = deserializeSourceIndex(bytes)
        expect(copy.size).toBe(index.size)
        expect(copy.serialize()).toEqual(bytes)
        expect(copy.query(query)).toEqual(index.query(query))
        for (const [id] of documents) expect(copy.has(id)).toBe(true)
      }),
      {numRuns: 40},
    )
  })
})

describe('keepTexts and readSourceTexts', () => {
  const lone = 'A lone surrogate \uD800 and an emoji 🙂 stay as they were.'

  it('keeps each text exactly, forgets it on remove or replace, and keeps none by default', () => {
    const index = indexOf({'001': source, odd: lone}, {keepTexts: true})
    expect(index.text('001')).toBe(source)
    expect(index.text('odd')).toBe(lone)
    index.add('odd', 'Another text.')
    expect(index.text('odd')).toBe('Another text.')
    index.remove('odd')
    expect(index.text('odd')).toBeUndefined()
    expect(indexOf({'001': source}).text('001')).toBeUndefined()
  })

  it('writes the texts, reads them back with the index or alone, and the index answers as before', () => {
    const index = indexOf({'001': source, '002': readSeed('002'), odd: lone}, {keepTexts: true})
    const bytes = index.serialize()
    const copy = deserializeSourceIndex(bytes)
    expect(copy.text('001')).toBe(source)
    expect(copy.query(readSeed('000'))).toEqual(index.query(readSeed('000')))
    expect(copy.serialize()).toEqual(bytes)
    // Reading the texts alone, from a view into a larger (possibly shared) buffer.
    const padded = new Uint8Array(bytes.length + 8)
    padded.set(bytes, 8)
    const texts = readSourceTexts(padded.subarray(8))
    expect([texts.size, texts.withText]).toEqual([3, 3])
    expect(texts.text('002')).toBe(readSeed('002'))
    expect(texts.text('odd')).toBe(lone)
    expect(texts.has('missing')).toBe(false)
    expect(texts.text('missing')).toBeUndefined()
  })

  it('reads stored texts back from its own copy of the bytes, so the caller may reuse its buffer', () => {
    const bytes = indexOf({'001': source, '002': readSeed('002'), odd: lone}, {keepTexts: true}).serialize()
    const expected = bytes.slice()
    const buffer = new Uint8Array(bytes.length + 16)
    buffer.set(bytes, 16)
    const copy = deserializeSourceIndex(buffer.subarray(16))
    buffer.fill(0)
    expect(copy.text('002')).toBe(readSeed('002'))
    expect(copy.text('002')).toBe(readSeed('002'))
    expect(copy.serialize()).toEqual(expected)
    expect(copy.text('odd')).toBe(lone)
  })

  it('costs nothing when texts are not kept, and a length and the text itself when they are', () => {
    const without = indexOf({'001': source}).serialize()
    const withTexts = indexOf({'001': source}, {keepTexts: true}).serialize()
    expect(withTexts.length - without.length).toBe(4 + 2 * source.length)
    expect(readSourceTexts(without)).toMatchObject({size: 1, withText: 0})
    expect(readSourceTexts(without).text('001')).toBeUndefined()
  })

  it('reads an index of format version 1, written before texts were stored', () => {
    // Version 1 wrote what version 2 writes for an index without texts, under another version byte.
    const legacy = indexOf({a: 'The storm closed the harbour at Brest for two days.'}).serialize()
    legacy[4] = 1
    const copy = deserializeSourceIndex(legacy)
    expect(copy.has('a')).toBe(true)
    expect(copy.query('The storm closed the harbour at Brest for two days.')[0]?.id).toBe('a')
    expect(readSourceTexts(legacy).text('a')).toBeUndefined()
  })

  it('throws on bytes that are not an index', () => {
    expect(() => readSourceTexts(new Uint8Array(30))).toThrow(/`bytes`/)
  })
})
