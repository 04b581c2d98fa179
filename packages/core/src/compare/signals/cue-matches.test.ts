import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import type {TextSpan} from '../../types'
import {tokenizeWords} from '../../normalize/tokenize-words'
import {cueBitsOf, type CueScan, cueScan, countCueMatches, forEachCueMatch} from './cue-matches'
import {markerPattern, markerScan} from './find-modality-signals'
import {negationScan} from './negation-cues'
import {temporalPattern, temporalScan} from './temporal-expressions'
import {negationCuePattern} from '../../normalize/lexicon/polarity-words'

/** What a global `exec` loop over the whole text finds: index and text of each match. */
function globalMatches(pattern: RegExp, text: string): string[] {
  const found: string[] = []
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  for (let match = global.exec(text); match !== null; match = global.exec(text)) found.push(`${match.index}:${match[0]}`)
  return found
}

/** What `forEachCueMatch` finds in the same text, placed at an offset in its document. */
function scannedMatches(scan: CueScan, text: string, offset = 11): string[] {
  const side: TextSpan = {start: offset, end: offset + text.length, text}
  const tokens = tokenizeWords(text, offset)
  const found: string[] = []
  forEachCueMatch(side, tokens, (index) => cueBitsOf((tokens[index] as TextSpan).text), scan, (match) => found.push(`${match.index}:${match[0]}`))
  return found
}

const scans: ReadonlyArray<readonly [string, RegExp, CueScan]> = [
  ['time references', temporalPattern, temporalScan],
  ['hedges', markerPattern, markerScan],
  ['negation cues', negationCuePattern, negationScan],
]

/** Pieces the texts are built from: every scan's cue words and their neighbours, in several cases and joined in several ways. */
const pieces = [
  'May', 'may', 'MAY', 'March', 'Sept.', 'Jan.', 'June', 'mid-May', 'Mondays', 'Sunday', 'the', 'The', 'night', 'before', 'of', 'last', 'next', 'this',
  'week', 'weekend', 'month', 'year', 'ago', 'earlier', 'later', 'three', 'a', 'an', 'few', 'days', 'end', 'at', 'on', 'over', 'today', 'Tonight',
  'twenty-first', 'first', 'thirteenth', '3rd', '11', '2019', '1999', '18:30', '6:30', 'p.m.', 'PM', 'am', '2017/18', '2020-05-01', '12/31/2019',
  'about', 'some', '%', 'percent', 'could', 'might', 'not', 'never', 'no', 'to', 'is', 'are', 'was', 'said', 'to', 'it', 'risk', 'risks', 'escalating',
  'threatens', 'expected', 'forecast', 'for', 'due', 'set', 'allegedly', 'rumoured', 'seems', 'appears', 'that', 'looks', 'as', 'if', 'will', 'must',
  "can't", 'cant', "won't", 'dont', 'don’t', 'isn´t', 'couldn', 'failed', 'refuse', 'yet', 'denied', 'unable', 'non-', 'non', 'nonstop', 'hardly',
  'only', 'just', 'doubt', 'matter', 'more', 'than', 'lack', 'absence', 'without', 'é', 'émay', 'x_may', '_', 'Ma', 'Mayor', 'notable', '5', 'No.',
]
const joins = [' ', ' ', ' ', '  ', '-', "'", '’', '.', ', ', '. ', '"', '“', '(', ')', '/', ':', '', '\n', '_', 'é']

describe('forEachCueMatch', () => {
  it.each(scans)('finds the %s a global exec loop finds, in texts made of their cue words', (_name, pattern, scan) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...joins)), {maxLength: 14}), (parts) => {
        const text = parts.map(([piece, join]) => piece + join).join('')
        expect(scannedMatches(scan, text)).toEqual(globalMatches(pattern, text))
      }),
      {numRuns: 3000},
    )
  })

  it.each(scans)('finds the %s a global exec loop finds, in arbitrary text', (_name, pattern, scan) => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'aeimnotyMTN0123 -.\'’_é:/'), maxLength: 40}), (text) => {
        expect(scannedMatches(scan, text)).toEqual(globalMatches(pattern, text))
      }),
      {numRuns: 2000},
    )
  })

  // One probe scan for the rows below: a scan takes one of the seven bits for good.
  const probe = cueScan(/\b(?:the|may|mid)\b/g, ['the', 'may', 'mid'], false)
  it.each([
    ['The report may be late, but it was expected to arrive on Monday.', ['0:The', '11:may']],
    ['Nobody knew, and the mid-May 2019 deadline passed.', ['17:the', '21:mid-May']],
  ])('tries only word starts whose words may open a match: %j', (text, expected) => {
    const tried: string[] = []
    const tokens = tokenizeWords(text)
    forEachCueMatch({start: 0, end: text.length, text}, tokens, (index) => {
      const bits = cueBitsOf((tokens[index] as TextSpan).text)
      if ((bits & probe.bit) !== 0) tried.push(`${(tokens[index] as TextSpan).start}:${(tokens[index] as TextSpan).text}`)
      return bits
    }, probe, () => undefined)
    expect(tried).toEqual(expected)
  })

  it('counts what a global match counts', () => {
    const text = 'It may rain; it might not. Perhaps it will, and may well.'
    const tokens = tokenizeWords(text)
    expect(countCueMatches({start: 0, end: text.length, text}, tokens, (index) => cueBitsOf((tokens[index] as TextSpan).text), markerScan)).toBe(
      text.match(markerPattern)?.length,
    )
  })
})
