import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'

// The built package, loaded the two ways users load it (pnpm test builds before jest runs).
const packageFolder = fileURLToPath(new URL('../', import.meta.url))
const script = (load: string) =>
  `${load}; const r = compareTexts('The crowd stormed the embassy on Tuesday.', 'The crowd attacked the embassy on Tuesday.'); process.stdout.write(JSON.stringify([typeof compareTexts, r.schemaVersion, r.summary.counts.match]))`

describe('the built @driftlens/core', () => {
  it('loads with require() from CommonJS', () => {
    const result = spawnSync(process.execPath, ['-e', script(`const {compareTexts} = require(${JSON.stringify(`${packageFolder}dist/index.cjs`)})`)], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(['function', 1, 1])
  })

  it('loads with import from ESM', () => {
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', script(`import {compareTexts} from ${JSON.stringify(`${packageFolder}dist/index.js`)}`)],
      {encoding: 'utf8'},
    )
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(['function', 1, 1])
  })
})

// Each subpath loads alone, both ways, and holds its stage's functions.
describe.each([
  ['metrics', 'sentenceChrf', `m.sentenceChrf('The crowd attacked the embassy.', ['The crowd stormed the embassy.']).score > 0`],
  ['align', 'alignSentences', `typeof m.diceSimilarity === 'function'`],
  ['signals', 'findSignals', `Array.isArray(m.signalKinds)`],
  ['artifacts', 'findArtifacts', `m.findArtifacts('He said,quot; no.').some((a) => a.kind === 'entity-residue')`],
  ['language', 'detectLanguage', `m.detectLanguage('Hundreds of protesters tried to storm the embassy in Baghdad this week.') === 'eng'`],
])('the built @driftlens/core/%s', (name, exported, check) => {
  const body = `process.stdout.write(JSON.stringify([typeof m.${exported}, ${check}, typeof m.compareTexts]))`
  it('loads with require() from CommonJS', () => {
    const result = spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(`${packageFolder}dist/${name}.cjs`)}); ${body}`], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(['function', true, 'undefined'])
  })

  it('loads with import from ESM', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import * as m from ${JSON.stringify(`${packageFolder}dist/${name}.js`)}; ${body}`], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(['function', true, 'undefined'])
  })
})

// What a bundler keeps of the root entry for one import: only that import's
// stage, since module top levels have no side effects (docs/architecture.md).
// esbuild comes with tsup, the build tool of the workspace.
describe('the built @driftlens/core in an app bundle', () => {
  const requireFromTsup = createRequire(createRequire(import.meta.url).resolve('tsup'))
  const esbuild = requireFromTsup('esbuild') as {
    buildSync: (options: Record<string, unknown>) => {outputFiles: Array<{contents: Uint8Array}>}
  }
  const bundledBytes = (contents: string): number =>
    esbuild.buildSync({
      stdin: {contents, resolveDir: `${packageFolder}dist`, loader: 'js'},
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0]!.contents.length

  it('declares itself free of side effects', () => {
    const manifest = JSON.parse(readFileSync(`${packageFolder}package.json`, 'utf8')) as {sideEffects?: unknown}
    expect(manifest.sideEffects).toBe(false)
  })

  it.each([
    ['sentenceChrf', 12_000],
    ['diceSimilarity', 4_000],
    ['checkReport', 8_000],
  ])('keeps little besides %s when only it is imported from the root entry', (name, limit) => {
    expect(bundledBytes(`export {${name}} from './index.js'`)).toBeLessThan(limit)
  })

  it('keeps the language profiles out of a metrics-only bundle', () => {
    expect(bundledBytes(`export {sentenceChrf} from './index.js'`)).toBeLessThan(bundledBytes(`export {detectLanguage} from './index.js'`) / 5)
  })
})
