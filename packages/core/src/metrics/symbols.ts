import {isPythonWhitespace} from './python-text'

/**
 * The code points of a text (or of a range of it) as int32 symbols,
 * optionally without Python whitespace (chrF removes it before extracting
 * character n-grams).
 *
 * @param text Any text (a lone surrogate is its own symbol).
 * @param dropWhitespace Leave out Python whitespace.
 * @param start Start of the range read (a surrogate pair is read whole only when both halves are in it). @default 0
 * @param end End of the range (exclusive). @default text.length
 * @param into Where to write them when it is long enough (at least `end - start`); the result is then a view of it.
 */
export function codePointSymbols(text: string, dropWhitespace: boolean, start = 0, end = text.length, into?: Int32Array): Int32Array {
  const out = into !== undefined && into.length >= end - start ? into : new Int32Array(end - start)
  let length = 0
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[length++] = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00)
        i++
        continue
      }
    }
    if (dropWhitespace && isPythonWhitespace(unit)) continue
    out[length++] = unit
  }
  return out.subarray(0, length)
}

/** Word symbols: each distinct string gets an id, shared by the two sides of a pair. */
export class SymbolTable {
  private readonly table = new Map<string, number>()

  /** The ids of `items`, allocating new ids for unseen strings. */
  ids(items: readonly string[]): Int32Array {
    const result = new Int32Array(items.length)
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      let id = this.table.get(item)
      if (id === undefined) {
        id = this.table.size
        this.table.set(item, id)
      }
      result[i] = id
    }
    return result
  }
}
