import {mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {readSourceTexts} from '@driftlens/core'
import {runCliForTest} from './test-helpers'

const seedFolder = fileURLToPath(new URL('../../../../seeds/', import.meta.url))
const seed = (prefix: string): string => readFileSync(join(seedFolder, readdirSync(seedFolder).find((file) => file.startsWith(`${prefix}_`))!), 'utf8')

describe('driftlens index add and find', () => {
  const folder = mkdtempSync(join(tmpdir(), 'driftlens-index-'))
  const sources = join(folder, 'sources')
  mkdirSync(sources)
  writeFileSync(join(sources, 'aljazeera.txt'), seed('001'))
  writeFileSync(join(sources, 'notes.json'), '{}')
  const indexFile = join(folder, 'sources.idx')

  it('builds an index from a folder and finds the source of a machine round trip first', async () => {
    const added = await runCliForTest(['index', 'add', sources, '--index', indexFile])
    expect(added).toMatchObject({code: 0, stderr: `driftlens: 1 documents added, 0 skipped; 1 in ${indexFile}\n`})
    const found = await runCliForTest(['find', '-', '--index', indexFile, '--format', 'json'], seed('000'))
    expect(found.code).toBe(0)
    const candidates = JSON.parse(found.stdout) as Array<{id: string; score: number}>
    expect(candidates[0]!.id).toBe('aljazeera')
    expect(candidates[0]!.score).toBeGreaterThan(0.5)
  })

  it('extends the index from NDJSON records and finds nothing for independent coverage', async () => {
    const lines = [JSON.stringify({id: 'reuters', text: seed('002')}), 'not json', JSON.stringify({id: 'empty'})].join('\n')
    const added = await runCliForTest(['index', 'add', '-', '--index', indexFile], lines)
    expect(added.code).toBe(0)
    expect(added.stderr).toContain('skipped line 2 (not JSON)')
    expect(added.stderr).toContain('1 documents added, 2 skipped; 2 in')
    // 004 covers the same event on its own: no indexed source is its origin.
    const found = await runCliForTest(['find', '-', '--index', indexFile], seed('004'))
    expect(found).toMatchObject({code: 1, stdout: 'no source found among the 2 indexed documents\n'})
  })

  it.each([
    [['index', 'add', sources], 'driftlens: missing `--index <file>`\n'],
    [['index', 'drop', sources, '--index', 'x.idx'], 'driftlens: unknown index action `drop`: expected `add`\n'],
    [['find', 'a.txt'], 'driftlens: missing `--index <file>`\n'],
  ])('%j fails with one line and exit 2', async (argv, message) => {
    const {code, stderr} = await runCliForTest(argv)
    expect({code, stderr}).toEqual({code: 2, stderr: message})
  })

  it('refuses a file that is not an index, in one line', async () => {
    const notIndex = join(folder, 'not-an-index')
    writeFileSync(notIndex, 'hello')
    const {code, stderr} = await runCliForTest(['find', '-', '--index', notIndex], 'text')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^driftlens: `.*not-an-index` is not a driftlens source index: /)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('keeps the texts in the file, for workers that resolve sourceIds from it, unless told not to', async () => {
    const withTexts = join(folder, 'texts.idx')
    await runCliForTest(['index', 'add', sources, '--index', withTexts])
    expect(readSourceTexts(new Uint8Array(readFileSync(withTexts))).text('aljazeera')).toBe(seed('001'))

    const featuresOnly = join(folder, 'features.idx')
    const added = await runCliForTest(['index', 'add', sources, '--index', featuresOnly, '--without-texts'])
    expect(added.stderr).toBe(`driftlens: 1 documents added, 0 skipped; 1 in ${featuresOnly} (features only: no texts for \`driftlens worker --index\`)\n`)
    const texts = readSourceTexts(new Uint8Array(readFileSync(featuresOnly)))
    expect([texts.has('aljazeera'), texts.text('aljazeera')]).toEqual([true, undefined])
    expect(readFileSync(featuresOnly).length).toBeLessThan(readFileSync(withTexts).length - seed('001').length)
  })
})
