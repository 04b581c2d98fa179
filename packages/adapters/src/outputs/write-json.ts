/** Options of `writeJson`. */
export interface WriteJsonOptions {
  /** Spaces of indentation, as `JSON.stringify`'s third argument; 0 writes compact JSON. @default 0 */
  readonly indent?: number
  /** About how many characters to gather before each call of `write`. @default 65536 */
  readonly chunkSize?: number
}

/** The defaults of `writeJson`: compact JSON in chunks of about 64 K characters. */
export const defaultWriteJsonOptions = {indent: 0, chunkSize: 65_536} as const satisfies Required<WriteJsonOptions>

/**
 * Below this depth, arrays and objects are taken apart and written member by
 * member; from it on, each member is one `JSON.stringify` call. A report's
 * large parts (sentences, beads, artifacts) are arrays at depth 1 or 2, and
 * each of their items is small.
 */
const splitDepth = 3

/**
 * The pieces of `JSON.stringify(value, null, indent)`, in order, without
 * building the whole string: arrays and objects near the top are walked
 * member by member, and each small member is stringified alone. The pieces
 * joined are the same characters as `JSON.stringify` gives (same key order,
 * `toJSON` honoured, `undefined` and functions left out of objects and
 * written as `null` in arrays).
 *
 * @param value A JSON-serializable value.
 * @param indent Spaces of indentation (0 for compact JSON).
 * @returns The pieces, lazily.
 */
export function* stringifyJsonPieces(value: unknown, indent = 0): Generator<string> {
  const gap = ' '.repeat(indent)
  const json = toJsonValue(value)
  if (isOmitted(json)) return
  yield* pieces(json, 0, gap)
}

/** The pieces of `json`, a value whose `toJSON` (if any) has been called, at `depth`. */
function* pieces(json: unknown, depth: number, gap: string): Generator<string> {
  if (depth >= splitDepth || json === null || typeof json !== 'object' || json instanceof Number || json instanceof String || json instanceof Boolean) {
    yield stringifyAt(json, depth, gap)
    return
  }
  const inner = gap === '' ? '' : `\n${gap.repeat(depth + 1)}`
  const outer = gap === '' ? '' : `\n${gap.repeat(depth)}`
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]'
      return
    }
    yield '['
    for (let index = 0; index < json.length; index++) {
      yield index === 0 ? inner : `,${inner}`
      const item = toJsonValue(json[index], String(index))
      // JSON.stringify writes `null` for an array member it cannot represent.
      if (isOmitted(item)) yield 'null'
      else yield* pieces(item, depth + 1, gap)
    }
    yield `${outer}]`
    return
  }
  let first = true
  for (const key of Object.keys(json)) {
    const member = toJsonValue((json as Record<string, unknown>)[key], key)
    if (isOmitted(member)) continue
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${gap === '' ? ':' : ': '}`
    first = false
    yield* pieces(member, depth + 1, gap)
  }
  yield first ? '{}' : `${outer}}`
}

/** A value after its `toJSON`, as `JSON.stringify` would see it. */
function toJsonValue(value: unknown, key = ''): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON === 'function') {
    return (value as {toJSON: (key: string) => unknown}).toJSON(key)
  }
  return value
}

/** True for what `JSON.stringify` leaves out of an object. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** `JSON.stringify` of a member at `depth`, its line breaks indented to that depth. */
function stringifyAt(value: unknown, depth: number, gap: string): string {
  const text = JSON.stringify(value, null, gap) ?? 'null'
  // JSON escapes every line break inside strings, so each `\n` is one of the layout's.
  return gap === '' || depth === 0 ? text : text.replaceAll('\n', `\n${gap.repeat(depth)}`)
}

/**
 * Write `value` as JSON (the same characters as `JSON.stringify(value, null,
 * indent)`) through `write`, in chunks of about `chunkSize` characters,
 * waiting for each write that returns a promise (back-pressure). The whole
 * document is never one string, so a report of hundreds of megabytes of JSON
 * costs a chunk of memory, not its size.
 *
 * @param value A JSON-serializable value.
 * @param write Takes each chunk; may return a promise that settles when it is flushed.
 * @param options Indentation and chunk size.
 * @returns A promise that settles when the last chunk is written.
 */
export async function writeJson(value: unknown, write: (chunk: string) => void | Promise<void>, options: WriteJsonOptions = {}): Promise<void> {
  const {indent, chunkSize} = {...defaultWriteJsonOptions, ...options}
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) throw new RangeError(`Expected \`indent\` to be an integer from 0 to 10, not \`${indent}\``)
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`Expected \`chunkSize\` to be a positive integer, not \`${chunkSize}\``)
  let buffer: string[] = []
  let buffered = 0
  for (const piece of stringifyJsonPieces(value, indent)) {
    buffer.push(piece)
    buffered += piece.length
    if (buffered >= chunkSize) {
      const chunk = buffer.join('')
      buffer = []
      buffered = 0
      await write(chunk)
    }
  }
  if (buffered > 0) await write(buffer.join(''))
}
