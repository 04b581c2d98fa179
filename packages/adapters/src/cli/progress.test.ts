import {describe, expect, it} from '@jest/globals'
import {compareProgressLine, drawCompareProgress} from './progress'

describe('drawCompareProgress', () => {
  it.each([
    [{stage: 'align', done: 0, total: 1}, 4_200, '\r\x1b[2Kaligning sentences, 4 s'],
    [{stage: 'compare', done: 25_600, total: 120_000}, 61_000, '\r\x1b[2Kcomparing aligned sentences 25,600 / 120,000 (21%), 61 s'],
    [{stage: 'compare', done: 0, total: 0}, 0, '\r\x1b[2Kcomparing aligned sentences, 0 s'],
  ] as const)('draws %j after %i ms', (progress, elapsed, frame) => {
    expect(drawCompareProgress(progress, elapsed)).toBe(frame)
  })
})

describe('compareProgressLine', () => {
  it('draws each new step at once, the same step at most once per interval, and clears the line', () => {
    const frames: string[] = []
    let time = 1000
    const {listener, clear} = compareProgressLine((text) => void frames.push(text), () => time, 200)
    listener({stage: 'segment', done: 0, total: 1})
    time += 10
    listener({stage: 'align', done: 0, total: 1})
    listener({stage: 'compare', done: 0, total: 1000})
    time += 100
    listener({stage: 'compare', done: 256, total: 1000})
    time += 150
    listener({stage: 'compare', done: 512, total: 1000})
    clear()
    expect(frames).toEqual([
      '\r\x1b[2Ksplitting sentences, 0 s',
      '\r\x1b[2Kaligning sentences, 0 s',
      '\r\x1b[2Kcomparing aligned sentences 0 / 1,000 (0%), 0 s',
      '\r\x1b[2Kcomparing aligned sentences 512 / 1,000 (51%), 0 s',
      '\r\x1b[2K',
    ])
  })

  it('says the report is being written, then clears the line', () => {
    const frames: string[] = []
    let time = 0
    const {listener, writing, clear} = compareProgressLine((text) => void frames.push(text), () => time)
    listener({stage: 'report', done: 0, total: 1})
    time = 12_400
    writing()
    clear()
    expect(frames).toEqual(['\r\x1b[2Kbuilding the report, 0 s', '\r\x1b[2Kwriting the report, 12 s', '\r\x1b[2K'])
  })

  it('clears nothing when nothing was drawn', () => {
    const frames: string[] = []
    compareProgressLine((text) => void frames.push(text)).clear()
    expect(frames).toEqual([])
  })
})
