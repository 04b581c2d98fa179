import {spawnSync} from 'node:child_process'
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
