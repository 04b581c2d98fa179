import {expect, it} from '@jest/globals'
import * as segment from './index'

it('exports exactly the segmentation API', () => {
  expect(Object.keys(segment).sort()).toEqual(['defaultSegmentOptions', 'segmentParagraphs', 'segmentSentences'])
})
