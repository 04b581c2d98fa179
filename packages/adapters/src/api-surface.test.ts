import {describe, expect, it} from '@jest/globals'
import * as adapters from './index'

describe('@driftlens/adapters', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(adapters).sort()).toEqual(['DriftlensError', 'formatTextReport', 'readTextFile', 'renderHtmlReport', 'runCli'])
  })
})
