import {describe, expect, it} from '@jest/globals'
import {findPronounSignals} from './find-pronoun-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findPronounSignals', () => {
  it.each([
    ['“It is new,” she said.', '“It is new,” he said.', ['error she→he']],
    ['The reporter said her team was safe.', 'The reporter said his team was safe.', ['error her→his']],
    ['He thanked his supporters.', 'She thanked her supporters.', ['error He→She', 'error his→her']],
    ['She blamed herself.', 'He blamed himself.', ['error She→He', 'error herself→himself']],
    ['She said the vote would go ahead.', 'The vote would go ahead, she said.', []],
    ['He said they would appeal.', 'They will appeal, he said.', []],
    ['She said it was safe.', 'The reporter said it was safe.', []],
    ['She said it was safe.', 'They said it was safe.', []],
    ['The shepherd watched the theme park.', 'The shepherd watched the theme park.', []],
    ['He met her at the station.', 'She was met by him at the station.', []],
    ['She said he was wrong.', 'He said she was wrong.', []],
    ['She told him that she was leaving.', 'He told him that he was leaving.', ['error She→He', 'error she→he']],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findPronounSignals, source, variant))).toEqual(expected)
  })
})
