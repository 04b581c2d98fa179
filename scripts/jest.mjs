// Runs jest across the workspace in native-ESM mode and writes its JSON
// results to .jest-results.json, which .ci/run reads for its closing line.
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const jestBin = require.resolve('jest/bin/jest')
const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings', jestBin, '--json', '--outputFile=.jest-results.json', ...process.argv.slice(2)],
  {stdio: 'inherit'},
)
process.exit(result.status ?? 1)
