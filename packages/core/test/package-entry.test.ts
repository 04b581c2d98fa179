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
