import {describe, expect, it} from '@jest/globals'
import {datelineCaptionPattern, endsLikeProse, mayEndInDateline} from './find-captions'
import {gluedHeadingPattern, mayOpenWithGluedHeading} from './find-scraper-residue'

/** Pieces paragraphs are built from: words, the words the patterns look for, their stop characters, digits, dates and characters outside the BMP. */
const pieces = [
  'Vows', 'of', 'revenge', 'the', 'crowd', 'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'On', 'In', 'At', 'After',
  'During', 'Since', 'When', 'While', 'As', 'For', 'But', 'Last', 'Earlier', 'Today', 'Yesterday', 'killed', 'Baghdad', 'Iraq', 'Dec.', '31',
  '2019', '2019.', '(AP Photo/Khalid Mohammed)', ',', '.', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')', '\n', ' ', '  ', '𝐀𝐁𝐂',
  '𝐚𝐛', 'Émile', 'élan', '…', ']', "'", '9', ', Baghdad, Iraq, Dec. 31, 2019.', ', Mosul, Dec. 3, 2020. (AP Photo/Ali)', '1999.',
]

/** A paragraph of `count` pieces from a fixed seed, joined by single spaces or nothing. */
function paragraphOf(seed: number, count: number): string {
  let state = seed
  let out = ''
  for (let k = 0; k < count; k++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const piece = pieces[(state >>> 8) % pieces.length]!
    out += k === 0 || (state & 3) === 0 ? piece : ` ${piece}`
  }
  return out
}

describe('the cheap tests before the scraper-residue patterns', () => {
  it('never rule out a paragraph the patterns match, on 20,000 random paragraphs inside a text', () => {
    let headings = 0
    let datelines = 0
    for (let seed = 1; seed <= 20_000; seed++) {
      const body = paragraphOf(seed, 2 + (seed % 40))
      const text = `Before.\n\n${body}\n\nAfter the end.`
      const paragraph = {start: 9, end: 9 + body.length}
      if (gluedHeadingPattern.test(body)) {
        headings++
        expect(mayOpenWithGluedHeading(text, paragraph)).toBe(true)
      }
      if (datelineCaptionPattern.test(body)) {
        datelines++
        expect(mayEndInDateline(text, paragraph)).toBe(true)
      }
      expect(endsLikeProse(text, paragraph)).toBe(/[.!?…:;]["'”’)\]]*$/.test(body))
    }
    // The random paragraphs reach both patterns.
    expect(headings).toBeGreaterThan(100)
    expect(datelines).toBeGreaterThan(0)
  })

  it.each([
    ['Vows of revenge The crowd chanted', true],
    ['𝐀𝐁𝐂𝐀𝐁𝐂𝐀𝐁𝐂𝐀𝐁𝐂𝐀𝐁𝐂𝐀𝐁𝐂𝐀𝐁𝐂𝐀𝐁𝐂 and more words here The crowd chanted', true],
    ['Protesters gathered, and The crowd chanted', false],
    ['Short The crowd', false],
  ])('for %j says %j', (body, expected) => {
    expect(mayOpenWithGluedHeading(body, {start: 0, end: body.length})).toBe(expected)
    if (!expected) expect(gluedHeadingPattern.test(body)).toBe(false)
  })

  it.each([
    ['Smoke rises over the embassy, Baghdad, Iraq, Dec. 31, 2019.', true],
    ['Smoke rises over the embassy, Baghdad, Iraq, Dec. 31, 2019. (AP Photo/Khalid Mohammed)', true],
    ['The ambassador left the city on Tuesday.', false],
  ])('for the dateline of %j says %j', (body, expected) => {
    expect(mayEndInDateline(body, {start: 0, end: body.length})).toBe(expected)
    expect(datelineCaptionPattern.test(body)).toBe(expected)
  })
})
