import {describe, expect, it} from '@jest/globals'
import {DriftlensError} from '../errors'
import {decodeBytes, decodeText, resolveEncoding} from './decode-text'

/** Bytes of `text` in a single-byte or double-byte legacy encoding, by inverting TextDecoder's table. */
function encode(text: string, encoding: string): Uint8Array {
  const table = new Map<string, number[]>()
  for (let first = 0; first < 256; first++) {
    const character = decodeBytes(Uint8Array.of(first), encoding)
    if (character.length === 1 && character !== '\uFFFD' && !table.has(character)) table.set(character, [first])
  }
  const bytes: number[] = []
  for (const character of text) {
    const found = table.get(character)
    if (!found) throw new Error(`${character} is not in ${encoding}`)
    bytes.push(...found)
  }
  return Uint8Array.from(bytes)
}

const french = 'Le garçon était très fâché contre ça, déjà à midi. Où est la forêt ? Noël approche.'

describe('decodeText', () => {
  it.each([
    ['a UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9], 'hé', 'utf-8'],
    ['a UTF-16LE BOM', [0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00], 'hé', 'utf-16le'],
    ['a UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9], 'hé', 'utf-16be'],
  ])('honours %s and drops it', (_, bytes, text, encoding) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({text, encoding, encodingSource: 'bom'})
  })

  it('accepts valid UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(french))).toEqual({text: french, encoding: 'utf-8', encodingSource: 'utf-8'})
  })

  it('reads Latin-1 French as Windows-1252, not as Cyrillic', () => {
    const decoded = decodeText(Uint8Array.from(Buffer.from(french, 'latin1')))
    expect(decoded.text).toBe(french)
    expect(decoded.encoding).toMatch(/^(windows-1252|iso-8859-15)$/)
  })

  it.each([
    ['Съешь же ещё этих мягких французских булок, да выпей чаю. Это предложение содержит все буквы.', 'windows-1251'],
    ['Съешь же ещё этих мягких французских булок, да выпей чаю. Это предложение содержит все буквы.', 'koi8-r'],
    ['Příliš žluťoučký kůň úpěl ďábelské ódy. Městská rada ve čtvrtek schválila rozpočet.', 'windows-1250'],
    ['Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη την ανακαίνιση της κεντρικής πλατείας.', 'iso-8859-7'],
  ])('detects %j in %s', (text, encoding) => {
    const decoded = decodeText(encode(text, encoding))
    expect(decoded.text).toBe(text)
    expect(decoded.encodingSource).toBe('detected')
  })

  it('decodes Windows-1252 quotes and the euro sign (bytes 0x80–0x9F)', () => {
    expect(decodeBytes(Uint8Array.of(0x93, 0x80, 0x35, 0x94, 0x92), 'windows-1252')).toBe('“€5”’')
    expect(decodeBytes(Uint8Array.of(0x81, 0x9d), 'windows-1252')).toBe('\u0081\u009d')
  })

  it('uses the page’s <meta charset> for HTML that is not UTF-8', () => {
    const page = Uint8Array.from(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Noël à Paris</p></body></html>', 'latin1'))
    expect(decodeText(page, {html: true})).toMatchObject({encoding: 'windows-1252', encodingSource: 'declared'})
  })

  it('lets the encoding option override detection', () => {
    const bytes = Uint8Array.from(Buffer.from(french, 'latin1'))
    expect(decodeText(bytes, {encoding: 'latin1'})).toEqual({text: french, encoding: 'windows-1252', encodingSource: 'option'})
    expect(decodeText(new TextEncoder().encode('é'), {encoding: 'windows-1252'}).text).toBe('Ã©')
  })

  it.each([
    ['NUL bytes', [0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]],
    ['control characters', [0x01, 0x02, 0x03, 0x04, 0x05, 0x41, 0x06, 0x07]],
  ])('refuses bytes with %s as binary', (_, bytes) => {
    expect(() => decodeText(Uint8Array.from(bytes))).toThrow(DriftlensError)
    expect(() => decodeText(Uint8Array.from(bytes))).toThrow(/binary/)
  })

  it('decodes an empty input as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({text: '', encoding: 'utf-8', encodingSource: 'utf-8'})
  })
})

describe('resolveEncoding', () => {
  it.each([
    ['latin1', 'windows-1252'],
    ['Shift_JIS', 'shift_jis'],
    [' UTF8 ', 'utf-8'],
  ])('names %j %j', (label, name) => {
    expect(resolveEncoding(label)).toBe(name)
  })

  it('refuses an unknown label with a usage error naming it', () => {
    expect(() => resolveEncoding('klingon')).toThrow(/unknown encoding `klingon`/)
  })
})
