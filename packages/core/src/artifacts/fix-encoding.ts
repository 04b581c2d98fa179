import {type CodePageName, codePages} from './code-pages'
import {countScriptSwitches, mojibakeBadness} from './mojibake-badness'
import {patchTraced, type TracedBytes, type TracedText} from './traced-text'

/**
 * The code pages tried, in order of how often UTF-8 is misread as them. The
 * first four are read "sloppily": their undefined bytes stand for themselves,
 * and U+FFFD stands for byte 0x1A, so a lost byte can be marked as lost.
 */
const order: readonly CodePageName[] = ['latin1', 'windows1252', 'windows1251', 'windows1250', 'windows1257', 'iso88592', 'macRoman', 'cp437', 'koi8r']
const sloppy: ReadonlySet<CodePageName> = /* @__PURE__ */ new Set(['windows1252', 'windows1251', 'windows1250', 'windows1257'])

/** People's names for the code pages, for messages. */
export const codePageLabels: Readonly<Record<CodePageName, string>> = {
  latin1: 'Latin-1',
  windows1252: 'Windows-1252',
  windows1251: 'Windows-1251',
  windows1250: 'Windows-1250',
  windows1257: 'Windows-1257',
  iso88592: 'ISO-8859-2',
  macRoman: 'MacRoman',
  cp437: 'code page 437',
  koi8r: 'KOI8-R',
}

/** For each code page, the byte of each character of its upper half. */
function invertCodePages(): ReadonlyMap<CodePageName, ReadonlyMap<number, number>> {
  const byteOf = new Map<CodePageName, ReadonlyMap<number, number>>()
  for (const name of order) {
    const table = new Map<number, number>()
    const chars = codePages[name]
    for (let index = 0; index < 128; index++) table.set(chars.charCodeAt(index), 0x80 + index)
    if (sloppy.has(name)) table.set(0xfffd, 0x1a)
    byteOf.set(name, table)
  }
  return byteOf
}
const byteOf = /* @__PURE__ */ invertCodePages()

/** One repair step, for messages: which code page the text was misread as. */
export interface EncodingFix {
  readonly text: TracedText
  /** Code pages undone, outermost layer first; empty when only C1 characters were decoded. */
  readonly codePages: readonly CodePageName[]
}

/**
 * Undo mojibake in a text, layer by layer, the way ftfy's `fix_encoding`
 * does (Speer, ftfy 6): while the text looks like mojibake, encode it back to
 * bytes in each code page it fits, and keep the UTF-8 decoding that is most
 * plausible, if it is more plausible than the text itself (fewer unlikely
 * character sequences). When no whole-text decoding works, each UTF-8-shaped
 * sequence that looks bad on its own is fixed alone (text that mixes good and
 * misread characters). C1 control characters left over are read as the
 * Windows-1252 characters they stand for. Every unit of the result is traced
 * to the original.
 *
 * @param traced The text to fix, traced to its original.
 * @returns The fixed text and the code pages undone (the input itself when nothing applies).
 */
export function fixEncoding(traced: TracedText): EncodingFix {
  let current = traced
  const undone: CodePageName[] = []
  // Each step must lower the badness, so a few steps suffice; the cap guards the loop.
  for (let step = 0; step < 8; step++) {
    const next = fixOneStep(current)
    if (next === undefined) break
    current = next.text
    undone.push(...next.codePages)
  }
  return {text: current, codePages: undone}
}

/** How many layers ahead a candidate decoding is judged: a middle layer can look as bad as the text (`Г‚ВЈ` → `Â£` → `£`). */
const lookahead = 2

/**
 * The badness of a candidate decoding. A replacement character in it marks
 * bytes known to be lost (a lossy sequence decoded as one U+FFFD), not
 * misreading, so it is scored as a space.
 */
function candidateBadness(text: string): number {
  return mojibakeBadness(text.includes('\ufffd') ? text.replace(/\ufffd/g, ' ') : text) + countScriptSwitches(text)
}

function fixOneStep(traced: TracedText, depth = 0): EncodingFix | undefined {
  const {text} = traced
  if (!/[^\u0000-\u007f]/.test(text)) return undefined
  const badness = mojibakeBadness(text)
  if (badness === 0) return undefined
  let best: EncodingFix | undefined
  let bestScore = badness + countScriptSwitches(text)
  for (const name of order) {
    const bytes = encode(traced, name)
    if (bytes === undefined) continue
    let patched = sloppy.has(name) ? replaceLossySequences(bytes) : bytes
    if (name === 'windows1252') patched = restoreDroppedByte9D(patched)
    const restored = restoreByteA0(patched)
    const decoded = decodeUtf8(restored)
    if (decoded === undefined || decoded.text === text) continue
    const badnessAfter = mojibakeBadness(decoded.text.includes('\ufffd') ? decoded.text.replace(/\ufffd/g, ' ') : decoded.text)
    let score = badnessAfter + countScriptSwitches(decoded.text) + restored.cost
    // Only a candidate that still looks like mojibake can lead further.
    if (score >= bestScore && badnessAfter > 0 && depth < lookahead) {
      // Judge a middle layer by what it leads to.
      const further = fixOneStep(decoded, depth + 1)
      if (further !== undefined) score = Math.min(score, candidateBadness(further.text.text) + restored.cost)
    }
    if (score < bestScore) {
      best = {text: decoded, codePages: [name]}
      bestScore = score
      // Nothing beats a decoding with no evidence of mojibake left; earlier code pages win ties.
      if (score === 0) break
    }
  }
  if (best !== undefined) return best
  const pieces = fixSequences(traced)
  if (pieces !== undefined) return pieces
  return decodeC1(traced)
}

/** Encode a traced text to bytes in a code page, or `undefined` when a character is not in it. */
function encode(traced: TracedText, name: CodePageName): TracedBytes | undefined {
  const table = byteOf.get(name)!
  const {text} = traced
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const byte = code < 0x80 ? code : table.get(code)
    if (byte === undefined) return undefined
    bytes[index] = byte
  }
  return {bytes, from: traced.from, to: traced.to}
}

/**
 * Put back a byte 0xA0 that a program took for a no-break space and turned
 * into a plain space, where that completes a UTF-8 sequence: `Ã ` is `à`
 * (a French or Portuguese word of its own: `voilÃ le` → `voilà le`), `Â ` a
 * no-break space, and a space inside a three- or four-byte sequence.
 */
function restoreByteA0(input: TracedBytes): TracedBytes & {readonly cost: number} {
  const {bytes} = input
  if (!bytes.includes(0x20)) return {...input, cost: 0}
  // `Â `, `Ã ` and `Å ` (a no-break space, `à`, `Š`) are the common cases; any other
  // restored byte is a guess, and costs one unit of badness.
  let cost = 0
  const out: number[] = []
  const from: number[] = []
  const to: number[] = []
  const push = (byte: number, index: number): void => {
    out.push(byte)
    from.push(input.from[index]!)
    to.push(input.to[index]!)
  }
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!
    const next = bytes[index + 1]
    if (next === 0x20 && (byte === 0xc2 || byte === 0xc3 || byte === 0xc5 || byte === 0xce || byte === 0xd0 || byte === 0xd9)) {
      if (byte === 0xc3 && bytes[index + 2] !== 0x20 && !startsPortugueseContraction(bytes, index + 2)) {
        // `Ã le`: the word `à`, whose second byte was dropped; the space is a real space.
        push(byte, index)
        push(0xa0, index)
        continue
      }
      push(byte, index)
      push(0xa0, index + 1)
      if (byte !== 0xc2 && byte !== 0xc3 && byte !== 0xc5) cost++
      index++
      continue
    }
    if (byte >= 0xe0 && byte <= 0xef && next !== undefined) {
      const third = bytes[index + 2]
      // `E2 80 A0` would be a dagger: there the space is a real space after a lost byte (see restoreDroppedByte9D).
      if (byte === 0xe2 && next === 0x80 && third === 0x20) {
        push(byte, index)
        continue
      }
      const spaceInside = (next === 0x20 && isContinuation(third)) || (isContinuation(next) && third === 0x20)
      if (spaceInside) {
        cost++
        push(byte, index)
        push(next === 0x20 ? 0xa0 : next, index + 1)
        push(third === 0x20 ? 0xa0 : third!, index + 2)
        index += 2
        continue
      }
    }
    push(byte, index)
  }
  return {bytes: Uint8Array.from(out), from: Int32Array.from(from), to: Int32Array.from(to), cost}
}

/** `àquele`, `àquela`, `àquilo`, `às`: after `Ã ` these are one word with `à`, so the space is the lost byte. */
function startsPortugueseContraction(bytes: Uint8Array, index: number): boolean {
  const word = String.fromCharCode(...bytes.subarray(index, index + 6))
  return /^(?:quele|quela|quilo|s )/.test(word) || (word === 's' && index + 1 === bytes.length)
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf
}

/**
 * Put back byte 0x9D, the last byte of `”` (E2 80 9D), where a Windows-1252
 * decoder dropped it because that code page leaves 0x9D undefined: `â€` not
 * followed by a continuation byte is a closing double quote.
 */
function restoreDroppedByte9D(input: TracedBytes): TracedBytes {
  const {bytes} = input
  const out: number[] = []
  const from: number[] = []
  const to: number[] = []
  let changed = false
  for (let index = 0; index < bytes.length; index++) {
    out.push(bytes[index]!)
    from.push(input.from[index]!)
    to.push(input.to[index]!)
    if (bytes[index] === 0x80 && index > 0 && bytes[index - 1] === 0xe2 && !isContinuation(bytes[index + 1])) {
      out.push(0x9d)
      from.push(input.from[index]!)
      to.push(input.to[index]!)
      changed = true
    }
  }
  return changed ? {bytes: Uint8Array.from(out), from: Int32Array.from(from), to: Int32Array.from(to)} : input
}

/**
 * Mark sequences whose bytes were lost as one U+FFFD: a lead byte followed by
 * 0x1A (a replacement character in the sloppy code pages) or a question mark
 * where a continuation byte should be (`â€?` for `”`).
 */
function replaceLossySequences(input: TracedBytes): TracedBytes {
  const {bytes} = input
  if (!bytes.includes(0x1a) && !bytes.includes(0x3f)) return input
  const out: number[] = []
  const from: number[] = []
  const to: number[] = []
  const lost = (byte: number | undefined): boolean => byte === 0x1a || byte === 0x3f
  const lostOrContinuation = (byte: number | undefined): boolean => byte === 0x1a || isContinuation(byte)
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!
    let length = 0
    if (byte >= 0xc2 && byte <= 0xdf && (bytes[index + 1] === 0x1a || (byte <= 0xc3 && bytes[index + 1] === 0x3f))) length = 2
    else if (byte >= 0xe0 && byte <= 0xef) {
      const [b1, b2] = [bytes[index + 1], bytes[index + 2]]
      if ((lost(b1) && lostOrContinuation(b2)) || (lostOrContinuation(b1) && lost(b2))) length = 3
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      const rest = [bytes[index + 1], bytes[index + 2], bytes[index + 3]]
      if (rest.some(lost) && rest.every((b) => lost(b) || isContinuation(b))) length = 4
    } else if (byte === 0x1a) length = 1
    if (length === 0) {
      out.push(byte)
      from.push(input.from[index]!)
      to.push(input.to[index]!)
      continue
    }
    const start = input.from[index]!
    const end = input.to[index + length - 1]!
    for (const replacement of [0xef, 0xbf, 0xbd]) {
      out.push(replacement)
      from.push(start)
      to.push(end)
    }
    index += length - 1
  }
  return {bytes: Uint8Array.from(out), from: Int32Array.from(from), to: Int32Array.from(to)}
}

/**
 * Decode UTF-8 strictly, also accepting CESU-8 (a surrogate pair written as
 * two three-byte sequences, as Java and old MySQL wrote emoji). Returns
 * `undefined` on any invalid sequence: only a clean decoding is evidence.
 */
function decodeUtf8(input: TracedBytes): TracedText | undefined {
  const {bytes} = input
  let text = ''
  const from: number[] = []
  const to: number[] = []
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    let code: number
    let length: number
    if (lead < 0x80) {
      code = lead
      length = 1
    } else {
      length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
      if (length === 0 || index + length > bytes.length) return undefined
      code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07)
      for (let k = 1; k < length; k++) {
        const byte = bytes[index + k]!
        if (!isContinuation(byte)) return undefined
        code = (code << 6) | (byte & 0x3f)
      }
      if (code < (length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000) || code > 0x10ffff) return undefined
      if (code >= 0xd800 && code <= 0xdfff) {
        // CESU-8: a high surrogate here and a low one in the next three bytes.
        const low = code <= 0xdbff ? lowSurrogateAt(bytes, index + 3) : undefined
        if (low === undefined) return undefined
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        length = 6
      }
    }
    const char = String.fromCodePoint(code)
    text += char
    for (let k = 0; k < char.length; k++) {
      from.push(input.from[index]!)
      to.push(input.to[index + length - 1]!)
    }
    index += length
  }
  return {text, from: Int32Array.from(from), to: Int32Array.from(to)}
}

function lowSurrogateAt(bytes: Uint8Array, index: number): number | undefined {
  if (bytes[index] !== 0xed || !isContinuation(bytes[index + 1]) || !isContinuation(bytes[index + 2])) return undefined
  const code = ((0xed & 0x0f) << 12) | ((bytes[index + 1]! & 0x3f) << 6) | (bytes[index + 2]! & 0x3f)
  return code >= 0xdc00 && code <= 0xdfff ? code : undefined
}

/** The number of bytes of the UTF-8 sequence a lead byte starts (0 when it starts none). */
function sequenceLength(byte: number): number {
  return byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
}

/**
 * Fix, one at a time, the UTF-8-shaped sequences of a text that does not
 * decode as a whole (good characters beside misread ones, or several code
 * pages): a sequence is a character that one code page reads as a lead byte
 * followed by the right number of characters it reads as continuation bytes
 * (a space may stand for 0xA0). Each sequence that looks bad by itself is
 * fixed as a text of its own.
 */
function fixSequences(traced: TracedText): EncodingFix | undefined {
  const {text} = traced
  const pieces: Array<{start: number; end: number; value: TracedText}> = []
  const undone: CodePageName[] = []
  const tryFix = (start: number, end: number): boolean => {
    if (end - start >= text.length) return false
    const slice = {text: text.slice(start, end), from: traced.from.subarray(start, end), to: traced.to.subarray(start, end)}
    if (mojibakeBadness(slice.text) === 0) return false
    const fixed = fixEncoding(slice)
    if (fixed.text.text === slice.text) return false
    pieces.push({start, end, value: fixed.text})
    undone.push(...fixed.codePages)
    return true
  }
  let index = 0
  while (index < text.length) {
    const first = sequenceEndAt(text, index)
    if (first === undefined) {
      index++
      continue
    }
    // A run of back-to-back sequences is one word or phrase: fix it whole (`Ø¹ÙŠØ¯` → `عيد`),
    // or, failing that, sequence by sequence.
    const ends = [first]
    for (let next = sequenceEndAt(text, first); next !== undefined; next = sequenceEndAt(text, ends.at(-1)!)) ends.push(next)
    const runEnd = ends.at(-1)!
    if (ends.length === 1 || !tryFix(index, runEnd)) {
      let start = index
      for (const end of ends) {
        tryFix(start, end)
        start = end
      }
    }
    index = runEnd
  }
  if (pieces.length === 0) return undefined
  return {text: patchTraced(traced, pieces), codePages: [...new Set(undone)]}
}

/**
 * The end of a UTF-8-shaped sequence starting at `index` in some code page,
 * if one starts there. A space may stand for 0xA0 only where that is common:
 * after `Â`/`Ã`-like two-byte leads, or in the middle of a three-byte sequence.
 */
function sequenceEndAt(text: string, index: number): number | undefined {
  const code = text.charCodeAt(index)
  if (code < 0x80) return undefined
  for (const name of order) {
    const table = byteOf.get(name)!
    const lead = table.get(code) ?? 0
    const length = sequenceLength(lead)
    if (length === 0 || index + length > text.length) continue
    let valid = true
    for (let k = 1; k < length && valid; k++) {
      const next = text.charCodeAt(index + k)
      const spaceAllowed = length === 2 ? lead === 0xc2 || lead === 0xc3 : k < length - 1
      const byte = next === 0x20 && spaceAllowed ? 0xa0 : table.get(next)
      valid = byte !== undefined && isContinuation(byte)
    }
    if (valid) return index + length
  }
  return undefined
}

/** Read each C1 control character as the Windows-1252 character of that byte (`\x92` → `’`); undefined bytes stay. */
function decodeC1(traced: TracedText): EncodingFix | undefined {
  const {text} = traced
  if (!/[\u0080-\u009f]/.test(text)) return undefined
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    out += code >= 0x80 && code <= 0x9f ? codePages.windows1252[code - 0x80]! : text[index]!
  }
  if (out === text) return undefined
  return {text: {text: out, from: traced.from, to: traced.to}, codePages: []}
}
