/**
 * sacrebleu 2.6.0 golden values: every score within 1e-9, every statistic
 * and signature equal. Runs against the copy committed beside this test, so
 * the project's tests stand alone, and against the shared folder it was
 * copied from when that folder exists next to the repository.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe} from '@jest/globals'
import {describeGoldenValues} from './sacrebleu-golden'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../..')
const committed = path.join(here, 'fixtures/sacrebleu')
const shared = path.resolve(repoRoot, '../shared/fixtures/sacrebleu')

describe('sacrebleu golden values (committed copy)', () => {
  describeGoldenValues(committed)
})

// The shared folder lives outside the repository: a clone on its own does not
// have it, and then only the committed copy above is checked (said in the log,
// not skipped silently).
if (existsSync(shared)) {
  describe('sacrebleu golden values (shared folder)', () => {
    describeGoldenValues(shared)
  })
} else {
  console.log(`sacrebleu golden values: ${shared} is absent; checked the committed copy only`)
}
