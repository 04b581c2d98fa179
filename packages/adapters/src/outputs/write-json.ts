/** Options of `writeJson`. */
export interface WriteJsonOptions {
  /** Spaces of indentation, as `JSON.stringify`'s third argument; 0 writes compact JSON. @default 0 */
  readonly indent?: number
  /**
   * About how many characters to gather before each call of `write`. A
   * chunk is made one string before it is written; kept well under 64 K
   * characters, it stays below V8's large-object size (128 KB, reached by
   * 64 K characters of a two-byte string, which any text with a curly
   * quote makes), where each chunk would be its own mapping of memory,
   * made and unmade at every write. @default 16384
   */
  readonly chunkSize?: number
}

/** The defaults of `writeJson`: compact JSON in chunks of about 16 K characters. */
export const defaultWriteJsonOptions = {indent: 0, chunkSize: 16_384} as const satisfies Required<WriteJsonOptions>

/**
 * Whether the walk takes `json` apart (member by member) rather than
 * writing it with one `JSON.stringify` call: the report and its direct
 * members, and arrays one level further down. A report's large parts
 * (sentences, beads, artifacts, passages) are arrays at depth 1 or 2, and
 * each of their items is small: one call writes a whole item.
 */
function isTakenApart(json: unknown, depth: number): json is object {
  return (
    (depth < 2 || (depth < 3 && Array.isArray(json))) &&
    json !== null &&
    typeof json === 'object' &&
    !(json instanceof Number || json instanceof String || json instanceof Boolean)
  )
}

/** An array being written: its items, the next one to write, and its depth. */
interface ArrayFrame {
  readonly items: readonly unknown[]
  readonly keys: undefined
  readonly depth: number
  index: number
  first: boolean
}

/** An object being written: its keys, the next one to write, and whether a member was written yet. */
interface ObjectFrame {
  readonly items: Readonly<Record<string, unknown>>
  readonly keys: readonly string[]
  readonly depth: number
  index: number
  first: boolean
}

/**
 * The pieces of `JSON.stringify(value, null, indent)`, one at a time,
 * without building the whole string: containers near the top are walked
 * member by member (an explicit stack, so a piece costs a method call), and
 * each small member is stringified alone. The pieces joined are the same
 * characters as `JSON.stringify` gives (same key order, `toJSON` honoured,
 * `undefined` and functions left out of objects and written as `null` in
 * arrays).
 */
class JsonPieces {
  private readonly stack: (ArrayFrame | ObjectFrame)[] = []
  private readonly gap: string
  /** The first piece, until it is taken. */
  private start: string | undefined

  constructor(value: unknown, indent: number) {
    this.gap = ' '.repeat(indent)
    const json = toJsonValue(value)
    this.start = isOmitted(json) ? undefined : this.open(json, 0)
  }

  /** The next piece, or `undefined` after the last. */
  next(): string | undefined {
    if (this.start !== undefined) {
      const piece = this.start
      this.start = undefined
      return piece
    }
    const frame = this.stack[this.stack.length - 1]
    if (frame === undefined) return undefined
    const {gap, stack} = this
    const depth = frame.depth
    if (frame.keys === undefined) {
      const {items} = frame
      if (frame.index < items.length) {
        const index = frame.index++
        const separator = gap === '' ? (index === 0 ? '' : ',') : `${index === 0 ? '' : ','}\n${gap.repeat(depth + 1)}`
        const item = toJsonValue(items[index], index)
        // JSON.stringify writes `null` for an array member it cannot represent.
        return isOmitted(item) ? `${separator}null` : separator + this.open(item, depth + 1)
      }
      stack.pop()
      return gap === '' ? ']' : `\n${gap.repeat(depth)}]`
    }
    const {items, keys} = frame
    while (frame.index < keys.length) {
      const key = keys[frame.index++]!
      const member = toJsonValue(items[key], key)
      if (isOmitted(member)) continue
      const opening = `${frame.first ? '{' : ','}${gap === '' ? '' : `\n${gap.repeat(depth + 1)}`}${JSON.stringify(key)}${gap === '' ? ':' : ': '}`
      frame.first = false
      return opening + this.open(member, depth + 1)
    }
    stack.pop()
    return frame.first ? '{}' : gap === '' ? '}' : `\n${gap.repeat(depth)}}`
  }

  /** The start of `json` at `depth`: all of it, or the opening of a container whose members follow. */
  private open(json: unknown, depth: number): string {
    if (!isTakenApart(json, depth)) return stringifyAt(json, depth, this.gap)
    if (Array.isArray(json)) {
      if (json.length === 0) return '[]'
      this.stack.push({items: json, keys: undefined, depth, index: 0, first: true})
      return '['
    }
    // An object's opening brace comes with its first member written (or as `{}` when none is).
    this.stack.push({items: json as Record<string, unknown>, keys: Object.keys(json), depth, index: 0, first: true})
    return ''
  }
}

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
  const pieces = new JsonPieces(value, indent)
  for (let piece = pieces.next(); piece !== undefined; piece = pieces.next()) yield piece
}

/** A value after its `toJSON`, as `JSON.stringify` would see it. */
function toJsonValue(value: unknown, key: string | number = ''): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON === 'function') {
    return (value as {toJSON: (key: string) => unknown}).toJSON(String(key))
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
  const pieces = new JsonPieces(value, indent)
  let chunk = ''
  for (let piece = pieces.next(); piece !== undefined; piece = pieces.next()) {
    chunk += piece
    if (chunk.length >= chunkSize) {
      await write(chunk)
      chunk = ''
    }
  }
  if (chunk.length > 0) await write(chunk)
}
