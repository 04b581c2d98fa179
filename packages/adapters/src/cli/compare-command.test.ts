import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {checkReport, type DriftReport} from '@driftlens/core'
import {runCli} from './run-cli'

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
    const {readFileSync} = await import('node:fs')
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
