// The 128 characters each single-byte code page shows for bytes 0x80–0xFF, from the WHATWG
// decoders built into Node's TextDecoder (full ICU), except Latin-1 (byte = code point),
// Windows-1252's 0x80–0x9F and IBM code page 437, written out below. Read by
// scripts/generate-code-pages.mjs, which writes them into packages/core/src/artifacts/code-pages.ts,
// and by scripts/eval-artifacts.mjs, which damages clean text with them.

// Node 20's TextDecoder reads 'windows-1252' as Latin-1 (its fast one-byte path), so the 32
// characters Windows-1252 puts at 0x80–0x9F are written out from the WHATWG index
// (https://encoding.spec.whatwg.org/index-windows-1252.txt); 0xA0–0xFF are Latin-1.
const windows1252Controls = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

const cp437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'

/** [name in code, WHATWG label or null, description]. */
export const pages = [
  ['latin1', null, 'ISO-8859-1 (Latin-1): byte = code point'],
  ['windows1252', 'windows-1252', 'Windows-1252 (Western European)'],
  ['windows1251', 'windows-1251', 'Windows-1251 (Cyrillic)'],
  ['windows1250', 'windows-1250', 'Windows-1250 (Central European)'],
  ['windows1257', 'windows-1257', 'Windows-1257 (Baltic)'],
  ['iso88592', 'iso-8859-2', 'ISO-8859-2 (Latin-2)'],
  ['macRoman', 'macintosh', 'Mac OS Roman'],
  ['cp437', null, 'IBM code page 437 (DOS)'],
  ['koi8r', 'koi8-r', 'KOI8-R (Russian)'],
]

/** Each page as `{name, description, chars}`, `chars` its 128 characters for bytes 0x80–0xFF. */
export function codePageTables() {
  const high = Uint8Array.from({length: 128}, (_, index) => index + 0x80)
  return pages.map(([name, label, description]) => {
    let chars
    if (name === 'latin1') chars = String.fromCharCode(...high)
    else if (name === 'cp437') chars = cp437
    else if (name === 'windows1252') chars = windows1252Controls + String.fromCharCode(...high.subarray(32))
    else chars = new TextDecoder(label).decode(high)
    // Undefined bytes: WHATWG decoders give U+FFFD; read them as Latin-1 instead.
    chars = Array.from(chars, (char, index) => (char === '\ufffd' ? String.fromCharCode(0x80 + index) : char)).join('')
    if ([...chars].length !== 128) throw new Error(`${name}: expected 128 characters, got ${[...chars].length}`)
    if ([...chars].some((char) => char.length > 1)) throw new Error(`${name}: a character outside the BMP`)
    return {name, description, chars}
  })
}
