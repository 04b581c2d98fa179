import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {checkReport, type DriftReport} from '@driftlens/core'
import {runCli} from './run-cli'
import {runCliForTest} from './test-helpers'

async function run(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text)})
  return {code, stdout, stderr}
}

const repository = fileURLToPath(new URL('../../../../', import.meta.url))
const seed = (name: string) => path.join(repository, 'seeds', name)
const source = seed('001_db457dd8b98fe6bd.txt')
const variant = seed('000_45abfce7d79872e0.txt')
const folder = mkdtempSync(path.join(tmpdir(), 'driftlens-compare-'))
const binary = path.join(folder, 'image.bin')
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))

describe('driftlens compare', () => {
  it('prints the JSON report and nothing else with --format json', async () => {
    const {code, stdout, stderr} = await run(['compare', source, variant, '--format', 'json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const report = JSON.parse(stdout) as DriftReport
    expect(report.schemaVersion).toBe(1)
    expect(report.summary.relation).toBe('retranslation')
    expect(checkReport(report, readFileSync(source, 'utf8'), readFileSync(variant, 'utf8'))).toEqual([])
  })

  it('prints a side-by-side summary by default', async () => {
    const {code, stdout} = await run(['compare', source, variant])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^relation +retranslation: /m)
    expect(stdout).toMatch(/│/)
    expect(stdout).toMatch(/insertion/)
    expect(stdout).toMatch(/omission/)
  })

  it.each([
    ['a missing file', ['compare', path.join(folder, 'missing.txt'), variant], /no such file/],
    ['a directory', ['compare', folder, variant], /is a directory/],
    ['a binary file', ['compare', binary, variant], /binary/],
    ['an unknown flag', ['compare', source, variant, '--colour'], /Unknown option '--colour'/],
    ['an unknown format', ['compare', source, variant, '--format', 'xml'], /--format `xml`/],
    ['the old --width', ['compare', source, variant, '--width', '80'], /Unknown option '--width'/],
    ['a too narrow --columns', ['compare', source, variant, '--columns', '20'], /--columns must be a whole number ≥ 60/],
    ['an unknown encoding', ['compare', source, variant, '--encoding', 'klingon'], /unknown encoding `klingon`/],
    ['stdin twice', ['compare', '-', '-'], /only one of/],
    ['a similarity above 1', ['compare', source, variant, '--min-similarity', '1.5'], /--min-similarity must be a number ≥ 0 ≤ 1, not `1.5`/],
    ['one file only', ['compare', source], /two files/],
    ['an unknown command', ['contrast', source, variant], /unknown command `contrast`/],
    ['no command', [], /missing command/],
  ])('exits 2 with one line on stderr for %s', async (_, args, message) => {
    const {code, stdout, stderr} = await run(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/)
  })
})

describe('the driftlens executable', () => {
  const cli = path.join(repository, 'packages/adapters/dist/cli.js')

  it('runs as a process and writes only the report to stdout', () => {
    const result = spawnSync(process.execPath, [cli, 'compare', source, variant, '--format', 'json'], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect((JSON.parse(result.stdout) as DriftReport).summary.relation).toBe('retranslation')
  })

  it('exits 2 with a one-line error and no stack trace for a missing file', () => {
    const result = spawnSync(process.execPath, [cli, 'compare', 'nope.txt', variant], {encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('driftlens: no such file: `nope.txt`\n')
  })
})

const sourceText = readFileSync(source, 'utf8')
const variantText = readFileSync(variant, 'utf8')

describe('driftlens compare, inputs', () => {
  it('reads `-` as standard input', async () => {
    const {code, stdout} = await runCliForTest(['compare', source, '-', '--format', 'json'], variantText)
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as DriftReport
    expect(report.summary.relation).toBe('retranslation')
    expect(checkReport(report, sourceText, variantText)).toEqual([])
  })

  it('decodes a Latin-1 file and records the encoding in the report', async () => {
    const french = 'Le conseil municipal a voté jeudi la rénovation de l’école. Les travaux débuteront à la rentrée, a précisé le maire. Les parents d’élèves se disent soulagés.'.replace(/’/g, "'")
    const latin1 = path.join(folder, 'french-latin1.txt')
    writeFileSync(latin1, Buffer.from(french, 'latin1'))
    const utf8 = path.join(folder, 'french-utf8.txt')
    writeFileSync(utf8, french)
    const {code, stdout} = await runCliForTest(['compare', utf8, latin1, '--format', 'json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as DriftReport
    expect(report.source.encoding).toBe('utf-8')
    expect(report.variant.encoding).toMatch(/^(windows-1252|iso-8859-15)$/)
    expect(report.summary.relation).toBe('identical')
    expect(report.artifacts).toEqual([])
  })

  it('reads UTF-16 with a BOM instead of refusing it as binary', async () => {
    const utf16 = path.join(folder, 'utf16.txt')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(variantText, 'utf16le')]))
    const {code, stdout} = await runCliForTest(['compare', source, utf16, '--format', 'json'])
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as DriftReport).variant.encoding).toBe('utf-16le')
  })

  it('extracts the article of HTML inputs, sniffed or forced with --html', async () => {
    const html = path.join(folder, 'page.html')
    const body = variantText.split(/\n+/).map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')
    writeFileSync(html, `<!doctype html><html><head><title>Story</title></head><body><nav><a href="/">Home</a></nav><article>${body}</article><script>alert(1)</script></body></html>`)
    const sniffed = await runCliForTest(['compare', source, html, '--format', 'json'])
    expect(sniffed.code).toBe(0)
    const report = JSON.parse(sniffed.stdout) as DriftReport
    expect(report.summary.relation).toBe('retranslation')
    expect(JSON.stringify(report)).not.toMatch(/alert\(1\)|Home/)
  })
})

describe('driftlens compare, outputs', () => {
  it('indents JSON with --pretty', async () => {
    const {stdout} = await runCliForTest(['compare', source, variant, '--format', 'json', '--pretty'])
    expect(stdout.split('\n')[1]).toBe('  "schemaVersion": 1,')
  })

  it('writes the JSON report in chunks with the same characters as JSON.stringify, compact and indented', async () => {
    for (const flags of [[], ['--pretty']]) {
      const chunks: string[] = []
      const code = await runCli(['compare', source, variant, '--format', 'json', ...flags], {stdout: (text) => void chunks.push(text), stderr: () => undefined})
      expect(code).toBe(0)
      const stdout = chunks.join('')
      expect(stdout).toBe(JSON.stringify(JSON.parse(stdout), null, flags.length > 0 ? 2 : undefined) + '\n')
    }
  })

  it('draws no progress line for small inputs, even on a terminal', async () => {
    const {code, stderr} = await runCliForTest(['compare', source, variant, '--format', 'json'], undefined, {stderrIsTTY: true})
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })

  it('prints Markdown with --format md', async () => {
    const {code, stdout} = await runCliForTest(['compare', source, variant, '--format', 'md'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^# .*001\\_db457dd8b98fe6bd\.txt ↔ .*000\\_45abfce7d79872e0\.txt$/m)
    expect(stdout).toMatch(/^\*\*retranslation\*\*: /m)
    expect(stdout).toMatch(/^\| beads \| kind \| similarity \| source \| variant \| signals \|$/m)
  })

  it.each([[60], [80], [200]])('keeps every line of the text output within --columns %d', async (columns) => {
    const {code, stdout} = await runCliForTest(['compare', source, variant, '--columns', String(columns)])
    expect(code).toBe(0)
    for (const line of stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(columns)
  })

  it('aligns the header values in one column', async () => {
    const {stdout} = await runCliForTest(['compare', source, variant])
    const header = stdout.split('\n\n')[0]!.split('\n').filter((line) => !line.startsWith(' '))
    const starts = new Set(header.map((line) => /^\S+\s+/.exec(line)![0].length))
    expect(starts.size).toBe(1)
  })

  it('skips signals, metrics and artifacts when asked', async () => {
    const {stdout} = await runCliForTest(['compare', source, variant, '--format', 'json', '--no-signals', '--no-metrics', '--no-artifacts'])
    const report = JSON.parse(stdout) as DriftReport
    expect(report.alignment.every((bead) => bead.signals.length === 0)).toBe(true)
    expect(report.summary.metrics).toBeUndefined()
    expect(report.artifacts).toEqual([])
  })

  it('leaves TER out of the report with --no-ter, and out of the text and Markdown reports', async () => {
    const report = JSON.parse((await runCliForTest(['compare', source, variant, '--format', 'json', '--no-ter'])).stdout) as DriftReport
    const full = JSON.parse((await runCliForTest(['compare', source, variant, '--format', 'json'])).stdout) as DriftReport
    expect(report.summary.metrics!.whole).toEqual({chrf: full.summary.metrics!.whole.chrf, chrfpp: full.summary.metrics!.whole.chrfpp, bleu: full.summary.metrics!.whole.bleu})
    expect(report.alignment.filter((bead) => bead.metrics?.ter !== undefined)).toEqual([])
    for (const format of ['text', 'md']) {
      const {code, stdout} = await runCliForTest(['compare', source, variant, '--format', format, '--no-ter'])
      expect(code).toBe(0)
      expect(stdout).toMatch(/BLEU \d+\.\d\d/)
      expect(stdout).not.toMatch(/TER \d/)
    }
    expect((await runCliForTest(['compare', source, variant])).stdout).toMatch(/TER \d+\.\d\d/)
  })

  it('passes --min-similarity to the aligner', async () => {
    const reuse = seed('003_30099c242313f430.txt')
    const loose = JSON.parse((await runCliForTest(['compare', source, reuse, '--format', 'json', '--min-similarity', '0.05'])).stdout) as DriftReport
    const usual = JSON.parse((await runCliForTest(['compare', source, reuse, '--format', 'json'])).stdout) as DriftReport
    expect(loose.summary.counts.omission).toBeLessThan(usual.summary.counts.omission)
  })
})

describe('driftlens compare --fail-on', () => {
  it.each([
    [['retranslation'], 1],
    [['identical,paraphrase'], 0],
    [['paraphrase', 'retranslation'], 1],
    [['drift>0.01'], 1],
    [['drift>0.9'], 0],
    [['similarity<0.9'], 1],
    [['artifacts>=1'], 1],
  ])('with %j exits %d', async (conditions, expected) => {
    const {code, stdout, stderr} = await runCliForTest(['compare', source, variant, '--format', 'json', ...conditions.flatMap((condition) => ['--fail-on', condition])])
    expect(code).toBe(expected)
    expect(JSON.parse(stdout)).toHaveProperty('summary')
    if (expected === 1) expect(stderr).toMatch(/^driftlens: --fail-on met: /)
    else expect(stderr).toBe('')
  })

  it.each([['drift>>0.3'], ['verdict>0.3'], ['rewrite']])('refuses %j with one line and exit 2', async (condition) => {
    const {code, stdout, stderr} = await runCliForTest(['compare', source, variant, '--fail-on', condition])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^driftlens: cannot read --fail-on/)
  })
})

describe('the driftlens executable and pipes', () => {
  const cli = path.join(repository, 'packages/adapters/dist/cli.js')

  it('ends quietly when the reader closes the pipe early', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; for i in 1 2 3 4 5 6; do cat "${variant}"; done > "${folder}/long.txt"; node "${cli}" compare "${source}" "${folder}/long.txt" --format md | head -c 10 >/dev/null`], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('reads standard input for `-`', () => {
    const result = spawnSync(process.execPath, [cli, 'compare', source, '-', '--format', 'json'], {input: variantText, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect((JSON.parse(result.stdout) as DriftReport).summary.relation).toBe('retranslation')
  })
})

describe('driftlens compare --format html', () => {
  it('prints one self-contained HTML page', async () => {
    const {code, stdout} = await runCliForTest(['compare', source, variant, '--format', 'html'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<!doctype html>/i)
    expect(stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i)
    expect(stdout).toContain('retranslation')
  })
})
