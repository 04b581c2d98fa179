import {readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {compareTexts} from '../compare-texts'
import type {Artifact} from '../types'
import {codePages} from './code-pages'
import {artifactKinds, findArtifacts} from './find-artifacts'
import {applySuggestions, repairText} from './repair-text'

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/artifacts/clean-sentences.json', import.meta.url), 'utf8')) as {
  sentences: {lang: string; text: string}[]
}
const sentences = fixture.sentences.map((sentence) => sentence.text)

/** The UTF-8 bytes of a text read in a one-byte code page: mojibake made on purpose. */
function damage(text: string, chars: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => (byte < 0x80 ? String.fromCharCode(byte) : chars[byte - 0x80]!)).join('')
}

const lettersAndDigits = (text: string): string => (text.normalize('NFKC').match(/[\p{L}\p{N}]/gu) ?? []).join('')

function expectValid(text: string, found: readonly Artifact[]): void {
  for (const artifact of found) {
    expect(artifact.start).toBeGreaterThanOrEqual(0)
    expect(artifact.end).toBeLessThanOrEqual(text.length)
    expect(artifact.start).toBeLessThanOrEqual(artifact.end)
    expect(text.slice(artifact.start, artifact.end)).toBe(artifact.text)
  }
}

describe('repairs never damage clean text', () => {
  it.each(fixture.sentences.map(({lang, text}) => [lang, text]))('%s: %j has nothing above info and is left unchanged', (_lang, text) => {
    expect(findArtifacts(text).filter((artifact) => artifact.severity !== 'info')).toEqual([])
    expect(repairText(text)).toBe(text)
    expect(applySuggestions(text, findArtifacts(text))).toBe(text)
  })

  it('leaves any text of distinct clean sentences unchanged', () => {
    fc.assert(
      // Distinct sentences: the same sentence twice in a row is a real repeat, which is repaired.
      fc.property(fc.uniqueArray(fc.constantFrom(...sentences), {minLength: 1, maxLength: 4}), fc.constantFrom(' ', '\n', '\n\n'), (parts, glue) => {
        const text = parts.join(glue)
        // Several languages in one text may be reported as untranslated, which has no repair.
        expect(repairText(text)).toBe(text)
      }),
      {numRuns: 300},
    )
  })

  it('changes nothing when no finding is above info', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        const found = findArtifacts(text)
        if (found.every((artifact) => artifact.severity === 'info')) expect(repairText(text)).toBe(text)
      }),
      {numRuns: 150},
    )
  })
})

describe('repairs keep letters and digits', () => {
  it('never deletes a letter or digit with a character repair, on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        const found = findArtifacts(text, {kinds: ['invisible-char', 'spacing', 'punctuation', 'mojibake']})
        expectValid(text, found)
        for (const artifact of found) {
          if (artifact.suggestion === undefined) continue
          // A character repair keeps every letter and digit (`ﬁ` → `fi`, ` .` → `.`); only
          // mojibake turns several characters into one, and then never into nothing.
          if (artifact.kind === 'mojibake') expect(artifact.suggestion.length).toBeGreaterThan(0)
          else expect(lettersAndDigits(artifact.suggestion)).toBe(lettersAndDigits(artifact.text))
        }
      }),
      {numRuns: 400},
    )
  })

  it('decodes C1 control characters instead of deleting them', () => {
    expect(repairText('Deja dos heridos hundimiento de barco tur\u0092stico en Acapulco.')).toBe('Deja dos heridos hundimiento de barco tur’stico en Acapulco.')
    expect(repairText('\u0084Handwerk bringt dich überall hin\u0093: Von der Lehre bis nach Monaco')).toBe('„Handwerk bringt dich überall hin“: Von der Lehre bis nach Monaco')
  })
})

describe('mojibake made from clean sentences is undone', () => {
  // Every sentence of the fixture with a letter outside ASCII, damaged in each code page.
  const cases = Object.entries(codePages).flatMap(([name, chars]) =>
    sentences.filter((text) => damage(text, chars) !== text).map((text) => [name, text, damage(text, chars)] as const),
  )

  it('repairs at least 90% of them exactly', () => {
    let repaired = 0
    for (const [, text, broken] of cases) {
      const fixed = repairText(broken, {kinds: ['mojibake']})
      if (fixed === text) repaired++
    }
    expect(repaired / cases.length).toBeGreaterThanOrEqual(0.9)
  })

  it.each([
    ['windows1252', 'Příliš žluťoučký kůň úpěl ďábelské ódy'],
    ['windows1251', 'Съешь же ещё этих мягких французских булок'],
    ['windows1250', 'À l’école, les élèves étudient le théâtre'],
    ['windows1257', 'Saeimā ievēlētās partijas līdzvadītāja atbildēja'],
    ['latin1', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα'],
    ['iso88592', 'Zażółć gęślą jaźń'],
    ['macRoman', 'В Москве в среду прошло заседание'],
    ['cp437', 'Þjóðin kaus nýtt þing í gær'],
    ['koi8r', 'Tiếng Việt có sáu thanh điệu'],
  ] as const)('undoes UTF-8 read as %s in %j', (name, text) => {
    const broken = damage(text, codePages[name])
    expect(broken).not.toBe(text)
    expect(findArtifacts(broken).some((artifact) => artifact.kind === 'mojibake')).toBe(true)
    expect(repairText(broken, {kinds: ['mojibake']})).toBe(text)
  })
})

describe('a text is never an exception', () => {
  const megabyte = 1_000_000
  // Each yields more than 100,000 findings of one kind (a spread of that many into `push`
  // overflowed the call stack); the megabyte of `a\n` is the case as reported, the others are
  // smaller to keep the suite quick.
  const inputs: readonly [string, string][] = [
    ['a line break after every letter', 'a\n'.repeat(megabyte / 2)],
    ['a run of &amp;', '&amp;'.repeat(110_000)],
    ['a run of quotes', '" '.repeat(110_000)],
    ['a run of doubled spaces', 'a  '.repeat(110_000)],
  ]

  it.each(inputs)('reports %s with at most maxPerKind findings of each kind', (_name, text) => {
    const found = findArtifacts(text, {maxPerKind: 50})
    for (const kind of artifactKinds) expect(found.filter((artifact) => artifact.kind === kind).length).toBeLessThanOrEqual(50)
    const counted = found.filter((artifact) => artifact.count !== undefined)
    for (const artifact of counted) {
      expect(artifact.count).toBeGreaterThan(1)
      expect(artifact.suggestion).toBeUndefined()
    }
    expectValid(text, found.slice(0, 100))
    expect(typeof repairText(text.slice(0, 50_000))).toBe('string')
  })

  it('collapses more than maxPerKind findings into one with their count', () => {
    const text = 'x &amp; '.repeat(30)
    const found = findArtifacts(text, {kinds: ['entity-residue'], maxPerKind: 10})
    expect(found).toHaveLength(10)
    expect(found[9]!.count).toBe(21)
    expect(found[9]!.message).toContain('21')
  })

  it('compares texts full of findings', () => {
    expect(compareTexts('a\n'.repeat(5000), '&amp;'.repeat(20_000)).artifacts.length).toBeGreaterThan(0)
  })
})

describe('options', () => {
  it.each([
    [() => findArtifacts('x', {kind: ['spacing']} as never), '`kind`'],
    [() => repairText('x', {minSeverty: 'info'} as never), '`minSeverty`'],
    [() => applySuggestions('x', [], {severity: 'info'} as never), '`severity`'],
    [() => applySuggestions('x', [], {minSeverity: 'fatal' as never}), '`minSeverity`'],
    [() => findArtifacts('x', {maxPerKind: 0}), '`maxPerKind`'],
  ])('throws on an unknown or invalid option, naming it (%#)', (call, name) => {
    expect(call).toThrow(name)
  })

  it('applies info suggestions only when asked', () => {
    const text = 'Runs  of   spaces here.'
    const found = findArtifacts(text)
    expect(found.every((artifact) => artifact.severity === 'info')).toBe(true)
    expect(applySuggestions(text, found)).toBe(text)
    expect(applySuggestions(text, found, {minSeverity: 'info'})).not.toBe(text)
  })
})
