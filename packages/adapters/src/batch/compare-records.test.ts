import {Readable, Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {describe, expect, it} from '@jest/globals'
import {compareRecords} from './compare-records'
import {compareDataset} from './compare-dataset'
import {createCompareStream, createCompareTransform} from './compare-transform'
import {parseNdjson, stringifyNdjson} from './ndjson'
import type {RecordResult} from './record'

const source = 'The council voted on Thursday to rebuild the bridge. Work starts in spring. The mayor was pleased.'
const variant = 'On Thursday the council voted to rebuild the bridge. Work begins in spring. The mayor was pleased.'
const page = (text: string) => `<html><body><nav>Home News</nav><article>${text.split('. ').map((sentence) => `<p>${sentence}. This paragraph is long enough to count as article text for the extractor, with more words.</p>`).join('')}</article></body></html>`

async function collect(results: AsyncIterable<RecordResult>): Promise<RecordResult[]> {
  const list: RecordResult[] = []
  for await (const result of results) list.push(result)
  return list
}

describe('compareRecords', () => {
  it('yields one result per record, in order, with metadata passed through', async () => {
    const results = await collect(
      compareRecords([
        {id: 'a', source, variant, site: 'example.org'},
        {id: 2, source, variant: source, lang: 'en'},
      ]),
    )
    expect(results.map((result) => [result.id, result.ok])).toEqual([['a', true], [2, true]])
    expect(results[0]).toMatchObject({site: 'example.org'})
    expect(results[1]).toMatchObject({lang: 'en'})
    expect(results[1]!.ok && results[1]!.report.summary.relation).toBe('identical')
    expect(Object.keys(results[0]!).slice(0, 3)).toEqual(['id', 'ok', 'report'])
  })

  it('turns bad records into error results and goes on', async () => {
    const results = await collect(
      compareRecords([
        null,
        {id: 'no-variant', source},
        {source, variant},
        {id: 'url', source: {url: 'https://example.org/a'}, variant},
        {id: 'empty-page', source: {html: '<html><body></body></html>'}, variant},
        {id: 'fine', source, variant},
      ]),
    )
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['ERR_RECORD', 'ERR_RECORD', 'ERR_RECORD', 'ERR_NO_FETCH', 'ERR_NOT_READABLE', 'ok'])
    expect(results[1]).toMatchObject({id: 'no-variant', ok: false})
  })

  it('compares HTML sides and fetches URL sides with the fetch function given', async () => {
    const fetched: string[] = []
    const results = await collect(
      compareRecords([{id: 1, source: {html: page(source)}, variant: {url: 'https://example.org/copy'}}], {
        fetch: async (url) => {
          fetched.push(url)
          return page(variant)
        },
      }),
    )
    expect(fetched).toEqual(['https://example.org/copy'])
    expect(results[0]!.ok).toBe(true)
  })

  it('reports a failed fetch as the record’s error', async () => {
    const results = await collect(
      compareRecords([{id: 1, source: {url: 'https://example.org/gone'}, variant}], {
        fetch: async () => {
          throw new Error('404 Not Found')
        },
      }),
    )
    expect(results[0]).toMatchObject({ok: false, error: {code: 'ERR_FETCH', message: 'fetching https://example.org/gone failed: 404 Not Found'}})
  })

  it('throws at once on options it does not know and on a bad concurrency', () => {
    expect(() => compareRecords([], {jobs: 2} as never)).toThrow(/`jobs`/)
    expect(() => compareRecords([], {concurrency: 0})).toThrow(/`concurrency` to be a positive integer, not `0`/)
  })
})

describe('parseNdjson', () => {
  it('parses lines split across chunks, skips blank lines and reports malformed ones with their line number', async () => {
    const chunks = ['{"id":1,"source":"a', '","variant":"b"}\r\n\n{oops}\n', Buffer.from('{"id":"é"}'.slice(0, 8)), Buffer.from('"}\n')]
    const values = []
    for await (const value of parseNdjson(chunks)) values.push(value)
    expect(values).toHaveLength(3)
    expect(values[0]).toEqual({id: 1, source: 'a', variant: 'b'})
    expect(values[1]).toMatchObject({line: 3})
    expect(values[2]).toEqual({id: 'é'})
  })

  it('turns a malformed line into an error row with its line number in compareRecords', async () => {
    const results = await collect(compareRecords(parseNdjson([`{"id":1,"source":"${source}","variant":"${variant}"}\nnot json\n`])))
    expect(results[1]).toMatchObject({id: null, ok: false, error: {code: 'ERR_JSON'}, line: 2})
  })

  it('round-trips through stringifyNdjson', async () => {
    let text = ''
    for await (const line of stringifyNdjson([{a: 1}, 'two'])) text += line
    expect(text).toBe('{"a":1}\n"two"\n')
  })
})

describe('stream wrappers', () => {
  it('runs as a Node Transform in a pipeline', async () => {
    const out: RecordResult[] = []
    await pipeline(
      Readable.from([{id: 1, source, variant}, {id: 2, source: 5, variant}]),
      createCompareTransform(),
      new Writable({
        objectMode: true,
        write(result: RecordResult, _encoding, callback) {
          out.push(result)
          callback()
        },
      }),
    )
    expect(out.map((result) => [result.id, result.ok])).toEqual([[1, true], [2, false]])
  })

  it('runs as a Web TransformStream', async () => {
    const readable = new ReadableStream({
      start(controller) {
        controller.enqueue({id: 'w', source, variant})
        controller.close()
      },
    })
    const out: RecordResult[] = []
    for await (const result of readable.pipeThrough(createCompareStream()) as unknown as AsyncIterable<RecordResult>) out.push(result)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({id: 'w', ok: true})
  })

  it('reads a crawler dataset: an async iterable, or a page of items', async () => {
    async function* dataset() {
      yield {url: 'https://example.org/1', original: source, copy: variant}
    }
    const toRecord = (item: unknown) => {
      const {url, original, copy} = item as {url: string; original: string; copy: string}
      return {id: url, source: original, variant: copy}
    }
    expect((await collect(compareDataset(dataset(), {toRecord})))[0]).toMatchObject({id: 'https://example.org/1', ok: true})
    expect(await collect(compareDataset({items: [{id: 1, source, variant}]}))).toHaveLength(1)
  })

  it('reports an item toRecord throws on as a record error and goes on', async () => {
    const toRecord = (item: unknown) => {
      if (item === 'bad') throw new Error('no url')
      return {id: 'fine', source, variant}
    }
    const results = await collect(compareDataset(['bad', 'good'], {toRecord}))
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['ERR_RECORD', 'ok'])
    expect(results[0]).toMatchObject({error: {message: '`toRecord` failed on an item: no url'}})
  })
})
