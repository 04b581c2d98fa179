import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {Readable} from 'node:stream'
import {checkReadableFile} from '../inputs/read-text-file'

/**
 * The lines of a file, or of `stdin` for `-`, read as a stream so a file of
 * millions of records never sits in memory. A missing file throws at once (a
 * `DriftlensError`); reading starts only when the lines are iterated, so none
 * is lost.
 */
export function readLines(path: string, stdin?: AsyncIterable<Uint8Array | string>): AsyncIterable<string> {
  if (path !== '-') checkReadableFile(path)
  return {
    async *[Symbol.asyncIterator]() {
      const input = path === '-' ? Readable.from(stdin ?? process.stdin) : createReadStream(path, {encoding: 'utf8'})
      yield* createInterface({input, crlfDelay: Infinity})
    },
  }
}
