import {encodedScriptExpressions} from './script-expression-data'

/**
 * A script's runs of code points as written in the generated data
 * (`script-expression-data.ts`), as `[from, to]` pairs, inclusive, flat.
 *
 * @param runs The runs as written: `gap.length` in base 36, space-separated.
 * @returns `[from, to, from, to, …]`, ascending.
 */
export function decodeRuns(runs: string): number[] {
  const decoded: number[] = []
  let previous = 0
  for (const run of runs.split(' ')) {
    const [gap, length = '0'] = run.split('.')
    const from = previous + parseInt(gap!, 36)
    previous = from + parseInt(length, 36)
    decoded.push(from, previous)
  }
  return decoded
}

/**
 * Every script's characters at once, as a partition of the code points into
 * ranges, each with the set of scripts it belongs to (a Han character is in
 * both `cmn`'s and `jpn`'s set):
 * range `k` is `[bounds[k], bounds[k + 1])` and its scripts are the bits of
 * `masks[k]` (bit `s` for the `s`-th script in franc-min's order; 20 scripts).
 */
interface ScriptTable {
  readonly names: readonly string[]
  readonly bounds: Int32Array
  readonly masks: Int32Array
  /** `masks` of the ASCII characters, read without a search. */
  readonly ascii: Int32Array
}

let table: ScriptTable | undefined

function buildTable(): ScriptTable {
  const names = encodedScriptExpressions.map(([name]) => name)
  // Each script's membership changes at the start of each run and just after its end.
  const changes = new Map<number, number>()
  encodedScriptExpressions.forEach(([, runs], script) => {
    const decoded = decodeRuns(runs)
    for (let k = 0; k < decoded.length; k += 2) {
      changes.set(decoded[k]!, (changes.get(decoded[k]!) ?? 0) ^ (1 << script))
      changes.set(decoded[k + 1]! + 1, (changes.get(decoded[k + 1]! + 1) ?? 0) ^ (1 << script))
    }
  })
  const points = [0, ...[...changes.keys()].filter((point) => point !== 0).sort((a, b) => a - b)]
  const bounds = new Int32Array(points.length + 1)
  const masks = new Int32Array(points.length)
  let mask = 0
  points.forEach((point, k) => {
    mask ^= changes.get(point) ?? 0
    bounds[k] = point
    masks[k] = mask
  })
  bounds[points.length] = 0x110000
  const ascii = new Int32Array(128)
  for (let code = 0; code < 128; code++) ascii[code] = masks[rangeOf(bounds, code)]!
  return {names, bounds, masks, ascii}
}

/** The index of the range holding `code`, by binary search. */
function rangeOf(bounds: Int32Array, code: number): number {
  let low = 0
  let high = bounds.length - 2
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (bounds[middle]! <= code) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The script (or one-script language) with the most characters in a text,
 * as franc-min finds it by counting the matches of each script's expression
 * (a surrogate pair is one character; a lone surrogate belongs to no script),
 * in one pass over the text instead of one per script. Ties go to the first
 * script in franc-min's order.
 *
 * @param value A text.
 * @returns The script's name (`Latin`, `cmn`…) and how many of its characters the text holds (0 when none of any script).
 */
export function topScript(value: string): {readonly name: string; readonly count: number} {
  table ??= buildTable()
  const {names, bounds, masks, ascii} = table
  const counts = new Int32Array(names.length)
  // The last range found: runs of one script's characters skip the search.
  let low = 0
  let high = 0
  let mask = 0
  const length = value.length
  for (let index = 0; index < length; index++) {
    let code = value.charCodeAt(index)
    let bits: number
    if (code < 128) {
      bits = ascii[code]!
    } else {
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
        const next = value.charCodeAt(index + 1)
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
          index++
        }
      }
      if (code < low || code >= high) {
        const range = rangeOf(bounds, code)
        low = bounds[range]!
        high = bounds[range + 1]!
        mask = masks[range]!
      }
      bits = mask
    }
    for (; bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]!++
  }
  let best = 0
  for (let script = 1; script < counts.length; script++) if (counts[script]! > counts[best]!) best = script
  return {name: names[best]!, count: counts[best]!}
}
