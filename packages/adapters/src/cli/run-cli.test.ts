import {readFileSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import {commands} from './commands'
import {runCliForTest} from './test-helpers'

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

describe('driftlens', () => {
  it.each([['--help'], ['-h'], ['help']])('lists every command of the registry with %s', async (flag) => {
    const {code, stdout, stderr} = await runCliForTest([flag])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    for (const command of commands) expect(stdout).toContain(`  ${command.name}  `.trimEnd())
  })

  it.each(commands.map((command) => [command.name]))('prints the help of %s with --help, even after bad arguments', async (name) => {
    const {code, stdout} = await runCliForTest([name, '--bogus', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(new RegExp(`^Usage:\\n  driftlens ${name} `))
  })

  it.each([['--version'], ['-v'], ['compare', '-v'], ['batch', '--version']])('prints the package version with %s', async (...args) => {
    const {code, stdout} = await runCliForTest(args)
    expect(code).toBe(0)
    expect(stdout).toBe(`driftlens ${packageVersion}\n`)
  })

  it('names the command list when the command is unknown', async () => {
    const {code, stderr} = await runCliForTest(['contrast'])
    expect(code).toBe(2)
    expect(stderr).toBe('driftlens: unknown command `contrast`: expected one of `compare`, `score`, `batch`, `index`, `find`, `queue`, `worker`\n')
  })
})
