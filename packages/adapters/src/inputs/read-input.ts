import {DriftlensError} from '../errors'
import type {CommandIo} from '../cli/command'
import type {DecodeTextOptions, EncodingSource} from './decode-text'
import {decodeNamed, readFileBytes} from './read-text-file'

/** A command's input: where it came from, its text, and how it was decoded. */
export interface CommandInput {
  /** The file name, or `stdin` for `-`. */
  readonly name: string
  readonly text: string
  readonly encoding: string
  readonly encodingSource: EncodingSource
}

/**
 * Read all of an async iterable of chunks (standard input) into one buffer.
 *
 * @param chunks Bytes or strings (strings are taken as UTF-8).
 * @returns The bytes.
 */
export async function readAllBytes(chunks: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Buffer[] = []
  for await (const chunk of chunks) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
  return Buffer.concat(parts)
}

/**
 * Read a command's file argument: a path, or `-` for standard input.
 *
 * @param name A path or `-`.
 * @param io The command's io (for stdin).
 * @param options Decoding options.
 * @returns The input's name, text and encoding.
 */
export async function readCommandInput(name: string, io: CommandIo, options: DecodeTextOptions = {}): Promise<CommandInput> {
  let bytes: Uint8Array
  let shown = name
  if (name === '-') {
    if (!io.stdin) throw new DriftlensError('ERR_USAGE', '`-` reads standard input, but there is none here')
    bytes = await readAllBytes(io.stdin)
    shown = 'stdin'
  } else {
    bytes = readFileBytes(name)
  }
  const decoded = decodeNamed(bytes, shown, options)
  return {name: shown, ...decoded}
}
