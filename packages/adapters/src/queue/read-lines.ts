import {createReadStream, existsSync, statSync} from 'node:fs'
import {createInterface} from 'node:readline'
import {DriftlensError} from '../errors'

/**
 * The lines of a file, or of stdin for `-`, read as a stream so a file of
 * millions of records never sits in memory. A missing file throws at once;
 * reading starts only when the lines are iterated, so none is lost.
 */
export function readLines(path: string): AsyncIterable<string> {
  if (path !== '-') {
    if (!existsSync(path)) throw new DriftlensError('ERR_FILE_NOT_FOUND', `no such file: ${path}`)
    if (!statSync(path).isFile()) throw new DriftlensError('ERR_FILE_UNREADABLE', `not a file: ${path}`)
  }
  return {
    async *[Symbol.asyncIterator]() {
      const input = path === '-' ? process.stdin : createReadStream(path, {encoding: 'utf8'})
      yield* createInterface({input, crlfDelay: Infinity})
    },
  }
}
