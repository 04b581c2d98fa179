import {expect, it} from '@jest/globals'
import * as normalize from './index'

it('exports exactly the normalization API', () => {
  expect(Object.keys(normalize).sort()).toEqual(['defaultNormalizeOptions', 'normalizeText', 'toOriginalSpan', 'tokenizeWords'])
})
