import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'

const packagesDir = fileURLToPath(new URL('../../', import.meta.url))

/** The files `npm pack` would put in a package's tarball (its prepack copies LICENSE and the linked docs first). */
function packedFiles(name: string): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], {cwd: `${packagesDir}${name}`, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`npm pack failed in ${name}: ${result.stderr}`)
  const [pack] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as {files: {path: string}[]}[]
  return pack!.files.map((file) => file.path)
}

describe.each([['core'], ['adapters']])('the @driftlens/%s tarball', (name) => {
  const files = packedFiles(name)
  const readme = readFileSync(`${packagesDir}${name}/README.md`, 'utf8')
  const manifest = JSON.parse(readFileSync(`${packagesDir}${name}/package.json`, 'utf8')) as Record<string, unknown>

  it('holds the LICENSE, the readme and the build', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs']))
  })

  it('holds every doc the readme links to', () => {
    const linked = [...new Set([...readme.matchAll(/\bdocs\/([\w.-]+\.md)\b/g)].map((match) => `docs/${match[1]}`))]
    expect(linked.length).toBeGreaterThan(0)
    expect(files).toEqual(expect.arrayContaining(linked))
  })

  it('names its repository, home page and bug tracker', () => {
    expect(manifest).toMatchObject({license: 'MIT', repository: {type: 'git'}, homepage: expect.any(String), bugs: {url: expect.any(String)}})
  })
})

describe('the @driftlens/core tarball', () => {
  it('holds report.schema.json, exported as @driftlens/core/report.schema.json', () => {
    expect(packedFiles('core')).toContain('report.schema.json')
    const manifest = JSON.parse(readFileSync(`${packagesDir}core/package.json`, 'utf8')) as {exports: Record<string, unknown>}
    expect(manifest.exports['./report.schema.json']).toBe('./report.schema.json')
  })
})
