import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {runCliForTest} from './test-helpers'

const folder = mkdtempSync(path.join(tmpdir(), 'driftlens-batch-'))
const source = 'The council voted on Thursday to rebuild the bridge. Work starts in spring. The mayor was pleased.'
const variant = 'On Thursday the council voted to rebuild the bridge. Work begins in spring. The mayor was pleased.'
const input = [
  JSON.stringify({id: 'a', source, variant, site: 'example.org'}),
  '{"id": "broken", "source": ',
  '',
  JSON.stringify({id: 'b', source, variant: source}),
  JSON.stringify({id: 'c', source: 42, variant}),
].join('\n')

describe('driftlens batch', () => {
  it('writes one NDJSON result per record, error rows with their line, and a one-line summary', async () => {
    const {code, stdout, stderr} = await runCliForTest(['batch', '-'], input)
    expect(code).toBe(0)
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(rows.map((row) => [row.id, row.ok])).toEqual([['a', true], [null, false], ['b', true], ['c', false]])
    expect(rows[0]).toMatchObject({site: 'example.org'})
    expect(rows[1]).toMatchObject({line: 2, error: {code: 'ERR_JSON'}})
    expect(stderr).toMatch(/^batch: 4 records, 2 ok, 2 errors; relations: (1 \S+, 1 identical|1 identical, 1 \S+); \d+\.\d s\n$/)
  })

  it('writes CSV to a file with -o and draws no progress bar when stderr is not a terminal', async () => {
    const out = path.join(folder, 'results.csv')
    const {code, stdout, stderr} = await runCliForTest(['batch', '-', '-o', out, '--format', 'csv'], input)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).not.toContain('\r')
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,ok,relation,similarity,drift,coverage_source,coverage_variant,signals,artifacts,chrf,bleu,ter,error_code,error_message,line')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toMatch(/^,false,.*,ERR_JSON,"?line 2 is not JSON.*,2$/)
  })

  it('draws a progress line on stderr when it is a terminal', async () => {
    const {stderr} = await runCliForTest(['batch', '-'], input, {stderrIsTTY: true})
    expect(stderr).toMatch(/\r\x1b\[2K. 1 records, 0 errors/)
  })

  it('runs on worker threads with --jobs and keeps the order (the built CLI: workers load the build)', () => {
    const many = Array.from({length: 12}, (_, index) => JSON.stringify({id: index, source, variant: index % 3 === 0 ? source : variant})).join('\n')
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
    const result = spawnSync(process.execPath, [cli, 'batch', '-', '--jobs', '2'], {input: many, encoding: 'utf8'})
    expect(result.status).toBe(0)
    const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {id: number; ok: boolean; report: {summary: {relation: string}}})
    expect(rows.map((row) => row.id)).toEqual(Array.from({length: 12}, (_, index) => index))
    expect(rows.filter((row) => row.report.summary.relation === 'identical').map((row) => row.id)).toEqual([0, 3, 6, 9])
  })

  it.each([
    [['batch'], /batch takes one file/],
    [['batch', path.join(folder, 'missing.ndjson')], /no such file/],
    [['batch', '-', '--format', 'xml'], /unknown --format `xml`/],
    [['batch', '-', '--jobs', '0'], /--jobs must be a whole number ≥ 1/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const {code, stderr} = await runCliForTest(args, '')
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
