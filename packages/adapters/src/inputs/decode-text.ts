import chardet from 'chardet'
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
 * otherwise the `chardet` detector's best guess that `TextDecoder` can
 * decode, and Windows-1252 when it has none. Bytes that are not text (NUL
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
    return {text: new TextDecoder(encoding).decode(bytes), encoding, encodingSource: 'option'}
  }
  const bom = bomEncoding(bytes)
  if (bom !== undefined) return {text: new TextDecoder(bom).decode(bytes), encoding: bom, encodingSource: 'bom'}
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
    return {text: new TextDecoder(declared).decode(bytes), encoding: declared, encodingSource: 'declared'}
  }
  for (const match of chardet.analyse(bytes)) {
    const encoding = decodableEncoding(match.name)
    if (encoding !== undefined && !encoding.startsWith('utf-')) {
      return {text: new TextDecoder(encoding).decode(bytes), encoding, encodingSource: 'detected'}
    }
  }
  return {text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', encodingSource: 'fallback'}
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

function decodableEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}
