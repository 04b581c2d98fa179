import {readFileSync, statSync} from 'node:fs'
import {DriftlensError} from './errors'

/**
 * Read a UTF-8 text file for a command, turning every way it can fail into a
 * `DriftlensError` whose message names the file and the problem.
 *
 * @param path Path of the file.
 * @returns Its text (a leading BOM is kept: it is an offset like any other).
 */
export function readTextFile(path: string): string {
  let bytes: Buffer
  try {
    if (statSync(path).isDirectory()) {
      throw new DriftlensError('ERR_FILE_UNREADABLE', `cannot read \`${path}\`: it is a directory`)
    }
    bytes = readFileSync(path)
  } catch (error) {
    if (error instanceof DriftlensError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new DriftlensError('ERR_FILE_NOT_FOUND', `no such file: \`${path}\``)
    throw new DriftlensError('ERR_FILE_UNREADABLE', `cannot read \`${path}\`: ${code ?? String(error)}`)
  }
  if (bytes.includes(0)) {
    throw new DriftlensError('ERR_FILE_BINARY', `\`${path}\` looks like a binary file (it contains NUL bytes), not text`)
  }
  return bytes.toString('utf8')
}
