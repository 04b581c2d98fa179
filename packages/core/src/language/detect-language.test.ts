import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {readFileSync} from 'node:fs'
import {collapseSpaces, defaultDetectLanguageOptions, detectLanguage} from './detect-language'
import type {DetectLanguageOptions} from './detect-language'

const seed = (name: string): string => readFileSync(new URL(`../../../../seeds/${name}.txt`, import.meta.url), 'utf8')

describe('detectLanguage', () => {
  it.each(['000_45abfce7d79872e0', '001_db457dd8b98fe6bd', '002_23ede6548529f859', '003_30099c242313f430', '004_f1b56273edc3bd21'])(
    'finds English in seed %s, also from its first 256 characters',
    (name) => {
      expect(detectLanguage(seed(name))).toBe('eng')
      expect(detectLanguage(seed(name), {maxLength: 256})).toBe('eng')
    },
  )

  it.each([
    ['French', 'Des centaines de manifestants irakiens ont tenté de prendre d’assaut l’ambassade des États-Unis à Bagdad.', 'fra'],
    ['German', 'Hunderte irakische Demonstranten haben versucht, die US-Botschaft in Bagdad zu stürmen, nachdem Luftangriffe stattfanden.', 'deu'],
    ['Spanish', 'Cientos de manifestantes iraquíes intentaron asaltar la embajada de Estados Unidos en Bagdad tras los ataques aéreos.', 'spa'],
    ['Russian', 'Сотни иракских демонстрантов попытались штурмовать посольство США в Багдаде после авиаударов.', 'rus'],
    ['Arabic', 'حاول مئات المتظاهرين العراقيين اقتحام السفارة الأمريكية في بغداد بعد الغارات الجوية الأمريكية.', 'arb'],
  ])('finds %s', (_title, text, expected) => {
    expect(detectLanguage(text)).toBe(expected)
  })

  it.each([
    ['empty text', ''],
    ['a word under the length floor', 'Hello'],
    ['digits only', '2019-12-31 12:00'],
    ['a link and a handle only', 'https://t.co/70rCmk0OA5 @AJENews'],
  ])('returns und for %s', (_title, text) => {
    expect(detectLanguage(text)).toBe('und')
  })

  it('ignores links and handles', () => {
    const text = 'Iraq protesters gather near the US embassy in Baghdad after the United States carried out air strikes.'
    expect(detectLanguage(`${text} https://t.co/70rCmk0OA5 @AJENews`)).toBe(detectLanguage(text))
  })

  it.each<[string, string, DetectLanguageOptions, string]>([
    ['a short heading is misread without `only`', 'Vows of Revenge', {}, 'nld'],
    ['`only` restricts the choice', 'Vows of Revenge', {only: ['eng', 'fra']}, 'eng'],
    ['`ignore` removes a language', 'The attack and vows for revenge raised concerns.', {ignore: ['eng']}, 'swe'],
    ['`minLength` raises the floor', 'The attack and vows for revenge raised concerns.', {minLength: 500}, 'und'],
    ['`maxLength` reads only the start', 'Hundreds of Iraqi protesters tried to storm the embassy. Des centaines de manifestants irakiens ont tenté de prendre d’assaut l’ambassade des États-Unis à Bagdad après des frappes.', {maxLength: 56}, 'eng'],
    ['the whole text decides without `maxLength`', 'Hundreds of Iraqi protesters tried to storm the embassy. Des centaines de manifestants irakiens ont tenté de prendre d’assaut l’ambassade des États-Unis à Bagdad après des frappes.', {}, 'fra'],
    ['`minLength: 0` answers for a short word', 'Hello', {minLength: 0, only: ['eng', 'deu']}, 'eng'],
  ])('%s', (_title, text, options, expected) => {
    expect(detectLanguage(text, options)).toBe(expected)
  })

  it.each([
    ['a word with an e-mail address', 'Write to press.office@example.org for the full statement of the embassy staff.'],
    ['a link and a handle inside a word', 'Read it at(https://t.co/70rCmk0OA5) and follow x@AJENews for the statement of the embassy staff.'],
  ])('ignores %s as the single pattern did', (_title, text) => {
    const plain = 'Write to for the full statement of the embassy staff.'
    expect(detectLanguage(text)).toBe('eng')
    expect(detectLanguage(plain)).toBe('eng')
  })

  it.each([
    ['4 KB of `@`', '@'.repeat(4096)],
    ['1 MB of `@`', '@'.repeat(1 << 20)],
    ['`a@` repeated', 'a@'.repeat(50_000)],
    ['`a@a.` repeated without spaces', 'a@a.'.repeat(50_000)],
    ['`www.` repeated', 'www.'.repeat(50_000)],
    ['1 MB of spaces', ' '.repeat(1 << 20)],
  ])('answers on %s in linear time', (_title, text) => {
    expect(detectLanguage(text, {maxLength: 1 << 20})).toBe('und')
  })

  it('removes a 4 KB address made of `@` and still finds the language after it', () => {
    const prose = 'Hundreds of Iraqi protesters have tried to storm the US embassy in Baghdad following US airstrikes this week.'
    expect(detectLanguage(`x${'@'.repeat(4096)}.org ${prose}`)).toBe('eng')
  })

  it('exports its defaults', () => {
    expect(defaultDetectLanguageOptions).toEqual({only: [], ignore: [], minLength: 10, maxLength: 2048})
  })

  it.each([
    [null, 'Expected `options` to be an object, not `null`'],
    [{only: 'eng'}, 'Expected `only` to be an array of language codes, not `eng`'],
    [{minLength: -1}, 'Expected `minLength` to be a non-negative integer, not `-1`'],
    [{maxLength: 1.5}, 'Expected `maxLength` to be a non-negative integer, not `1.5`'],
  ])('throws on bad options %j', (options, message) => {
    expect(() => detectLanguage('text', options as unknown as DetectLanguageOptions)).toThrow(message)
  })

  it('never throws and returns a three-letter code on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'})), (text) => {
        expect(detectLanguage(text)).toMatch(/^[a-z]{3}$/)
      }),
      {numRuns: 200},
    )
  })
})

describe('collapseSpaces', () => {
  const collapsedByPattern = (text: string, maxLength: number) => text.replace(/\s+/g, ' ').trim().slice(0, maxLength)

  it('reads every code unit as `\\s` does', () => {
    const everyUnit = Array.from({length: 0x10000}, (_, code) => `a${String.fromCharCode(code)}`).join('')
    expect(collapseSpaces(everyUnit, everyUnit.length)).toBe(collapsedByPattern(everyUnit, everyUnit.length))
  })

  it('gives what the pattern gives, at every length', () => {
    const pieces = fc.constantFrom('a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é', '\u{1F600}', '.')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}).map((list) => list.join('')), fc.integer({min: 0, max: 50}), (text, maxLength) => {
        expect(collapseSpaces(text, maxLength)).toBe(collapsedByPattern(text, maxLength))
      }),
      {numRuns: 1000},
    )
  })
})
