import chardet from 'chardet'
import jschardet from 'jschardet'
import {DriftlensError} from '../errors'

/** How `decodeText` chose the encoding. */
export type EncodingSource = 'option' | 'bom' | 'utf-8' | 'declared' | 'detected' | 'fallback'

/** Text decoded from bytes, and the encoding that was used. */
export interface DecodedText {
  /** The text, without the byte order mark. */
  readonly text: string
  /** The encoding's canonical WHATWG name, as `TextDecoder` reports it (`utf-8`, `utf-16le`, `windows-1252`, `shift_jis`, …). */
  readonly encoding: string
  /** How it was chosen: `--encoding`, a byte order mark, valid UTF-8, the page's `<meta charset>`, the detector, or the Windows-1252 fallback. */
  readonly encodingSource: EncodingSource
}

/** Options of `decodeText`. */
export interface DecodeTextOptions {
  /** Use this encoding (any label `TextDecoder` knows) instead of detecting one. */
  readonly encoding?: string
  /** The bytes are an HTML page: a `<meta charset>` in its first 2,048 bytes counts before the detector. @default false */
  readonly html?: boolean
}

/** The defaults of `decodeText`. */
export const defaultDecodeTextOptions = {html: false} as const satisfies DecodeTextOptions

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG Encoding Standard);
 * the five bytes it leaves undefined map to the C1 control of the same value.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Decode bytes with `TextDecoder`, correcting Node's Windows-1252 decoder,
 * which (in Node 20, and in any Node whose `latin1` fast path is taken)
 * turns bytes 0x80–0x9F into C1 control characters instead of `€`, `’`,
 * `“`, `”`, `—` and the rest. Those bytes are the most common non-ASCII
 * bytes of Western European text.
 *
 * @param bytes The bytes.
 * @param encoding A label `TextDecoder` knows.
 * @returns The text (a matching byte order mark is removed).
 */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  const decoder = new TextDecoder(encoding)
  const text = decoder.decode(bytes)
  if (decoder.encoding !== 'windows-1252') return text
  return text.replace(/[\u0080-\u009F]/g, (character) => windows1252High[character.charCodeAt(0) - 0x80]!)
}

/**
 * Check an encoding label and return the canonical name `TextDecoder` gives
 * it, or throw a `DriftlensError` (`ERR_USAGE`) naming the label.
 *
 * @param label An encoding label such as `latin1` or `Shift_JIS`.
 * @returns The canonical name, such as `windows-1252` or `shift_jis`.
 */
export function resolveEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    throw new DriftlensError('ERR_USAGE', `unknown encoding \`${label}\`: expected a label such as utf-8, utf-16le, latin1, windows-1251 or shift_jis`)
  }
}

/**
 * Decode the bytes of a text file or page, in this order of evidence:
 * the `encoding` option; a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 * bytes that are valid UTF-8; for HTML, the page's own `<meta charset>`;
 * otherwise the best of the `jschardet` and `chardet` detectors' guesses
 * (see `detectLegacyEncoding` and docs/adapters.md), and Windows-1252 when
 * neither has one. Bytes that are not text (NUL
 * bytes without a UTF-16 byte order mark, or many control characters) are
 * refused with a `DriftlensError` (`ERR_FILE_BINARY`).
 *
 * @param bytes The raw bytes.
 * @param options `encoding` to force one, `html` to read `<meta charset>`.
 * @returns The text and the encoding that was used.
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  const resolved = {...defaultDecodeTextOptions, ...options}
  if (resolved.encoding !== undefined) {
    const encoding = resolveEncoding(resolved.encoding)
    return {text: decodeBytes(bytes, encoding), encoding, encodingSource: 'option'}
  }
  const bom = bomEncoding(bytes)
  if (bom !== undefined) return {text: decodeBytes(bytes, bom), encoding: bom, encodingSource: 'bom'}
  if (looksBinary(bytes)) {
    throw new DriftlensError('ERR_FILE_BINARY', 'looks like a binary file (it contains NUL bytes or control characters), not text')
  }
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8', encodingSource: 'utf-8'}
  } catch {
    // Not UTF-8: a legacy encoding follows.
  }
  const declared = resolved.html ? declaredCharset(bytes) : undefined
  if (declared !== undefined && declared !== 'utf-8') {
    return {text: decodeBytes(bytes, declared), encoding: declared, encodingSource: 'declared'}
  }
  const detected = detectLegacyEncoding(bytes)
  if (detected !== undefined) return {...detected, encodingSource: 'detected'}
  return {text: decodeBytes(bytes, 'windows-1252'), encoding: 'windows-1252', encodingSource: 'fallback'}
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** NUL bytes, or more than one control character (other than tab, line feed, form feed, carriage return and escape) in 20, within the first 8,000 bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8000)
  let controls = 0
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!
    if (byte === 0) return true
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++
  }
  return controls * 20 > length
}

/** The charset a page declares in a `<meta>` near its start, when `TextDecoder` knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048))
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  return match ? decodableEncoding(match[1]!) : undefined
}

/**
 * The two detectors' best guesses that `TextDecoder` can decode, jschardet's
 * first (it was right more often on our cases, see docs/adapters.md); when
 * they disagree, the decoding with fewer words that mix letters of two
 * scripts ("garчon", what Latin-1 French read as Cyrillic looks like) and
 * fewer replacement or control characters wins. A correct decoding almost
 * never mixes scripts inside a word; a wrong one almost always does.
 */
function detectLegacyEncoding(bytes: Uint8Array): {text: string; encoding: string} | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const guesses = [
    firstDecodable(jschardet.detectAll(buffer, {minimumThreshold: 0}).map((guess) => guess.encoding)),
    firstDecodable(chardet.analyse(bytes).map((match) => match.name)),
  ]
  let best: {text: string; encoding: string; cost: number} | undefined
  for (const encoding of guesses) {
    if (encoding === undefined || encoding === best?.encoding) continue
    const text = decodeBytes(bytes, encoding)
    const cost = decodingCost(text)
    if (best === undefined || cost < best.cost) best = {text, encoding, cost}
  }
  return best && {text: best.text, encoding: best.encoding}
}

function firstDecodable(names: readonly string[]): string | undefined {
  for (const name of names) {
    const encoding = decodableEncoding(detectorAliases[name.toLowerCase()] ?? name)
    if (encoding !== undefined && !encoding.startsWith('utf-')) return encoding
  }
  return undefined
}

/** Scripts a word is not expected to mix (Chinese, Japanese and Korean writing counted as one, since Japanese mixes kanji and kana). */
const scripts = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Hebrew}/u, /\p{Script=Arabic}/u, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u, /\p{Script=Thai}/u]

/** How implausible a decoding looks: words mixing two scripts, plus replacement and C1 control characters. */
function decodingCost(text: string): number {
  let cost = (text.match(/[\uFFFD\u0080-\u009F]/g) ?? []).length
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (word.length < 2) continue
    let found = 0
    for (const script of scripts) if (script.test(word) && ++found > 1) break
    if (found > 1) cost++
  }
  return cost
}

/** jschardet's names for code pages that WHATWG encodings implement under another name. */
const detectorAliases: Readonly<Record<string, string>> = {cp932: 'shift_jis', cp949: 'euc-kr', ascii: 'windows-1252'}

function decodableEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}
