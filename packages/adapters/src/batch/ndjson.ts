/** A line of NDJSON input that is not valid JSON; `compareRecords` turns it into an error result carrying its line number. */
export class MalformedLine {
  /** 1-based line number in the input. */
  readonly line: number
  readonly message: string
  constructor(line: number, message: string) {
    this.line = line
    this.message = message
  }
}

/** An input item that could not be turned into a record (a crawler item `toRecord` threw on); `compareRecords` reports it as `ERR_RECORD`. */
export class UnreadableItem {
  readonly message: string
  constructor(message: string) {
    this.message = message
  }
}

/**
 * Parse newline-delimited JSON from a stream of chunks, one value per line,
 * as they arrive (memory holds one line at a time). Chunks may split lines
 * and UTF-8 characters anywhere. Blank lines are skipped; a byte order mark
 * is dropped; `\r\n` ends a line like `\n`. A line that is not JSON yields a
 * `MalformedLine` with its line number instead of stopping the stream.
 *
 * @param chunks Bytes (UTF-8) or strings, such as `process.stdin` or a file stream.
 * @returns The parsed values and `MalformedLine`s, in order.
 */
export async function* parseNdjson(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<unknown> {
  const decoder = new TextDecoder('utf-8')
  let buffer = ''
  let line = 0
  const parse = (text: string): unknown => {
    line++
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim()
    if (trimmed === '') return skip
    try {
      return JSON.parse(trimmed) as unknown
    } catch (error) {
      return new MalformedLine(line, `line ${line} is not JSON: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true})
    let newline = buffer.indexOf('\n')
    while (newline !== -1) {
      const value = parse(buffer.slice(0, newline))
      buffer = buffer.slice(newline + 1)
      if (value !== skip) yield value
      newline = buffer.indexOf('\n')
    }
  }
  buffer += decoder.decode()
  if (buffer !== '') {
    const value = parse(buffer)
    if (value !== skip) yield value
  }
}

const skip = Symbol('blank line')

/**
 * Serialise values as newline-delimited JSON, one line per value.
 *
 * @param values Any iterable or async iterable of JSON-safe values.
 * @returns One string per value, each ending in `\n`.
 */
export async function* stringifyNdjson(values: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<string> {
  for await (const value of values) yield JSON.stringify(value) + '\n'
}
