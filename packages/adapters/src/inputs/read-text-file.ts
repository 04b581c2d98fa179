import {readFileSync, statSync} from 'node:fs'
import {DriftlensError} from '../errors'
import {decodeText, type DecodedText, type DecodeTextOptions} from './decode-text'

/**
 * Read a file's bytes for a command, turning every way it can fail into a
 * `DriftlensError` whose message names the file and the problem.
 *
 * @param path Path of the file.
 * @returns Its bytes.
 */
export function readFileBytes(path: string): Uint8Array {
  checkReadableFile(path)
  try {
    return readFileSync(path)
  } catch (error) {
    throw fileError(path, error)
  }
}

/**
 * Check that a path names a file that exists and is not a directory,
 * before streaming it; throws a `DriftlensError` naming it otherwise.
 *
 * @param path Path of the file.
 */
export function checkReadableFile(path: string): void {
  try {
    if (statSync(path).isDirectory()) {
      throw new DriftlensError('ERR_FILE_UNREADABLE', `cannot read \`${path}\`: it is a directory`)
    }
  } catch (error) {
    throw fileError(path, error)
  }
}

function fileError(path: string, error: unknown): DriftlensError {
  if (error instanceof DriftlensError) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new DriftlensError('ERR_FILE_NOT_FOUND', `no such file: \`${path}\``)
  return new DriftlensError('ERR_FILE_UNREADABLE', `cannot read \`${path}\`: ${code ?? String(error)}`)
}

/**
 * Decode bytes read from `name`, naming it in the error when they are binary.
 *
 * @param bytes The bytes.
 * @param name The file name (or `stdin`) for the message.
 * @param options Passed to `decodeText`.
 * @returns The decoded text and its encoding.
 */
export function decodeNamed(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): DecodedText {
  try {
    return decodeText(bytes, options)
  } catch (error) {
    if (error instanceof DriftlensError && error.code === 'ERR_FILE_BINARY') {
      throw new DriftlensError('ERR_FILE_BINARY', `\`${name}\` ${error.message}`)
    }
    throw error
  }
}

/**
 * Read a text file in whatever encoding it is in (see `decodeText`): a BOM,
 * valid UTF-8, or a detected legacy encoding. Throws a `DriftlensError`
 * naming the file when it is missing, a directory, unreadable or binary.
 *
 * @param path Path of the file.
 * @param options `encoding` to force one; `html` to honour `<meta charset>`.
 * @returns Its text (without a byte order mark).
 */
export function readTextFile(path: string, options: DecodeTextOptions = {}): string {
  return decodeNamed(readFileBytes(path), path, options).text
}
