import {Transform, type TransformCallback} from 'node:stream'
import {createChannel} from './channel'
import {compareRecords, type CompareRecordsOptions} from './compare-records'
import type {RecordResult} from './record'

/**
 * A Node `Transform` in object mode: write records, read results, in order
 * (see `compareRecords`). It honours back-pressure on both sides, so it fits
 * in a `pipeline()` between a record source and a sink.
 *
 * @param options As for `compareRecords`.
 * @returns The transform.
 */
export function createCompareTransform(options: CompareRecordsOptions = {}): Transform {
  const channel = createChannel<unknown>()
  const results = compareRecords(channel, options)
  let readWanted: (() => void) | undefined
  let pumping: Promise<void> | undefined
  const transform = new Transform({
    objectMode: true,
    transform(record: unknown, _encoding: BufferEncoding, callback: TransformCallback) {
      pumping ??= pump()
      channel.put(record).then(() => callback(), callback)
    },
    flush(callback: TransformCallback) {
      channel.end()
      ;(pumping ?? pump()).then(() => callback(), callback)
    },
  })
  const baseRead = transform._read.bind(transform)
  transform._read = (size: number) => {
    const resolve = readWanted
    readWanted = undefined
    resolve?.()
    baseRead(size)
  }
  async function pump(): Promise<void> {
    for await (const result of results as AsyncIterable<RecordResult>) {
      if (!transform.push(result)) await new Promise<void>((resolve) => (readWanted = resolve))
    }
  }
  return transform
}

/**
 * A Web `TransformStream` of records to results, in order (see
 * `compareRecords`), for runtimes and code built on Web streams.
 *
 * @param options As for `compareRecords`.
 * @returns The stream pair.
 */
export function createCompareStream(options: CompareRecordsOptions = {}): TransformStream<unknown, RecordResult> {
  const channel = createChannel<unknown>()
  let pumping: Promise<void> | undefined
  return new TransformStream<unknown, RecordResult>({
    start(controller) {
      pumping = (async () => {
        for await (const result of compareRecords(channel, options)) controller.enqueue(result)
      })()
      pumping.catch((error: unknown) => controller.error(error))
    },
    async transform(record) {
      await channel.put(record)
    },
    async flush() {
      channel.end()
      await pumping
    },
  })
}
