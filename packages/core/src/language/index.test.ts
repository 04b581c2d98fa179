import {expect, it} from '@jest/globals'
import * as language from './index'

it('exports exactly the language API', () => {
  expect(Object.keys(language).sort()).toEqual(['defaultDetectLanguageOptions', 'detectLanguage'])
})
