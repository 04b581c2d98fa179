import {describe, expect, it} from '@jest/globals'
import {codePages} from './code-pages'

const high = Uint8Array.from({length: 128}, (_, index) => index + 0x80)

/** What a WHATWG decoder shows for bytes 0x80–0xFF, undefined bytes read as Latin-1. */
function decoded(label: string): string {
  return Array.from(new TextDecoder(label).decode(high), (char, index) => (char === '\ufffd' ? String.fromCharCode(0x80 + index) : char)).join('')
}

const latin1 = String.fromCharCode(...high)

describe('codePages', () => {
  it.each(Object.entries(codePages))('decodes %s to 128 characters', (_name, chars) => {
    expect(chars).toHaveLength(128)
  })

  it.each([
    ['windows1251', 'windows-1251'],
    ['windows1250', 'windows-1250'],
    ['windows1257', 'windows-1257'],
    ['iso88592', 'iso-8859-2'],
    ['macRoman', 'macintosh'],
    ['koi8r', 'koi8-r'],
  ] as const)('decodes %s to what the %s decoder shows', (name, label) => {
    expect(codePages[name]).toBe(decoded(label))
  })

  it('decodes Latin-1 to the byte as code point', () => {
    expect(codePages.latin1).toBe(latin1)
  })

  it('decodes Windows-1252 to its own 0x80–0x9F and Latin-1 above', () => {
    expect(codePages.windows1252.slice(0, 32)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')
    expect(codePages.windows1252.slice(32)).toBe(latin1.slice(32))
  })

  it.each([
    [0x80, 'Ç'],
    [0x9f, 'ƒ'],
    [0xb0, '░'],
    [0xc4, '─'],
    [0xe0, 'α'],
    [0xfe, '■'],
    [0xff, '\u00a0'],
  ])('decodes code page 437 byte %i as in IBM’s table', (byte, char) => {
    expect(codePages.cp437[byte - 0x80]).toBe(char)
  })
})
