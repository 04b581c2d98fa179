import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {readFileSync} from 'node:fs'
import type {Sentence} from '../types'
import {defaultSegmentOptions, segmentSentences} from './segment-sentences'
import type {SegmentOptions, SentenceSplitter} from './segment-sentences'
import {isSegmentSpace, segmentParagraphs} from './segment-paragraphs'

const splitters: SentenceSplitter[] = ['rules', 'sentence-splitter']
const seed = (name: string): string => readFileSync(new URL(`../../../../seeds/${name}.txt`, import.meta.url), 'utf8')
const texts = (text: string, options?: SegmentOptions): string[] => segmentSentences(text, options).map((s) => s.text)
/** The first four words of each sentence with its paragraph, as a golden listing. */
const heads = (sentences: Sentence[]): Array<[number, string]> =>
  sentences.map((s) => [s.paragraph, s.text.split(/\s+/).slice(0, 4).join(' ')])

/** The invariants of every segmentation, checked on every result in this file. */
function expectValidSentences(text: string, sentences: Sentence[]): void {
  const paragraphs = segmentParagraphs(text)
  let previousEnd = 0
  sentences.forEach((sentence, index) => {
    expect(sentence.index).toBe(index)
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end))
    expect(sentence.end).toBeGreaterThan(sentence.start)
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd)
    expect(isSegmentSpace(text.charCodeAt(sentence.start))).toBe(false)
    expect(isSegmentSpace(text.charCodeAt(sentence.end - 1))).toBe(false)
    const paragraph = paragraphs[sentence.paragraph]
    expect(paragraph).toBeDefined()
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? Infinity)
    expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? -1)
    previousEnd = sentence.end
  })
  // Every paragraph is covered: no text is lost between sentences.
  expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(paragraphs.length)
}

describe.each(splitters)('segmentSentences with the %s splitter', (splitter) => {
  const options = {splitter}

  it.each([
    ['keeps `U.S. Embassy` in one sentence', 'Protesters stormed the U.S. Embassy in Baghdad. It burned.', ['Protesters stormed the U.S. Embassy in Baghdad.', 'It burned.']],
    ['splits `killed 25. The`', 'Strikes killed 25. The militia vowed revenge.', ['Strikes killed 25.', 'The militia vowed revenge.']],
    ['splits `since 1979. At 4pm`', 'No envoy had died since 1979. At 4pm the militants fired.', ['No envoy had died since 1979.', 'At 4pm the militants fired.']],
    ['splits after `U.S.` before a sentence opener', 'The strikes were ordered by the U.S. The militia vowed revenge.', ['The strikes were ordered by the U.S.', 'The militia vowed revenge.']],
    ['keeps a closing quote after `!` with its sentence', 'Shouting “Down, Down USA!” the crowd tried to push inside.', ['Shouting “Down, Down USA!” the crowd tried to push inside.']],
    ['keeps a straight closing quote after `!` with its sentence', 'Screaming "Down, down, United States!" the crowd tried to enter.', ['Screaming "Down, down, United States!" the crowd tried to enter.']],
    ['keeps `“…Green Zone,” she said, speaking…` together', '“They guard the Green Zone,” she said, speaking from outside. Then it ended.', ['“They guard the Green Zone,” she said, speaking from outside.', 'Then it ended.']],
    ['ends `a “significant development”.` after the period', 'She called this a “significant development”. Foltyn added more.', ['She called this a “significant development”.', 'Foltyn added more.']],
    ['keeps a stray ` .` with its sentence', 'calling this a "significant development." .', ['calling this a "significant development." .']],
    ['does not split inside a URL', 'Protesters gather https://t.co/70rCmk0OA5 today. More later.', ['Protesters gather https://t.co/70rCmk0OA5 today.', 'More later.']],
    ['splits before a link that follows a finished sentence', 'Protesters gather near the embassy. https://t.co/70rCmk0OA5 – Al Jazeera', ['Protesters gather near the embassy.', 'https://t.co/70rCmk0OA5 – Al Jazeera']],
    ['does not split inside a URL or before a link mid-sentence', 'See https://www.aljazeera.com/news/2019/12/31/story.html for more. Read www.voanews.com today.', ['See https://www.aljazeera.com/news/2019/12/31/story.html for more.', 'Read www.voanews.com today.']],
    ['does not split `Dec. 31`', 'The embassy was stormed on Dec. 31, 2019. Trump blamed Iran.', ['The embassy was stormed on Dec. 31, 2019.', 'Trump blamed Iran.']],
    ['does not split `4 p.m.` before lowercase', 'It began at 4 p.m. on Tuesday. Smoke rose.', ['It began at 4 p.m. on Tuesday.', 'Smoke rose.']],
    ['splits `4 p.m.` before a sentence opener', 'It began at 4 p.m. The crowd grew.', ['It began at 4 p.m.', 'The crowd grew.']],
    ['does not split `Mr.` or `Dr.`', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['does not split `J. Christopher Stevens`', 'The raid killed U.S. Ambassador to Libya J. Christopher Stevens. Smith died too.', ['The raid killed U.S. Ambassador to Libya J. Christopher Stevens.', 'Smith died too.']],
    ['does not split initials', 'George W. Bush spoke. He left.', ['George W. Bush spoke.', 'He left.']],
    ['does not split `e.g.` or `i.e.`', 'Some groups, e.g. Kataeb Hezbollah, i.e. Iran-backed, fired. Others waited.', ['Some groups, e.g. Kataeb Hezbollah, i.e. Iran-backed, fired.', 'Others waited.']],
    ['does not split `e.g.` before a capital', 'Use a tool, e.g. The Hammer.', ['Use a tool, e.g. The Hammer.']],
    ['does not split `No. 5`', 'Resolution No. 5 passed. It was close.', ['Resolution No. 5 passed.', 'It was close.']],
    ['does not split a decimal number', 'It rose 62.5 percent. Then fell.', ['It rose 62.5 percent.', 'Then fell.']],
    ['does not split an ellipsis before lowercase', 'the protesters... and the militiamen attacked.', ['the protesters... and the militiamen attacked.']],
    ['splits at `?` and `!`', 'Why now? Nobody knows! Really.', ['Why now?', 'Nobody knows!', 'Really.']],
    ['does not split before a comma', 'Yahoo!, the company, said so.', ['Yahoo!, the company, said so.']],
    ['splits at ideographic full stops', '我们走了。他们来了。', ['我们走了。', '他们来了。']],
    ['keeps text without final punctuation', 'Source: Al Jazeer and news agencies', ['Source: Al Jazeer and news agencies']],
    ['keeps text of punctuation only', '...', ['...']],
    ['treats a single line break as a space', 'The attack was\nlarge and loud.', ['The attack was\nlarge and loud.']],
    ['splits at a line break after sentence punctuation', 'It ended.\nThen more came.', ['It ended.', 'Then more came.']],
    ['splits after a heading line', 'Vows of revenge\nThe attack was large.', ['Vows of revenge', 'The attack was large.']],
    ['splits after a heading line following a sentence', 'It ended.\nVows of revenge\nThe attack was large.', ['It ended.', 'Vows of revenge', 'The attack was large.']],
    ['does not take a wrapped line ending in a function word for a heading', 'The strikes were carried out on\nSunday against the group.', ['The strikes were carried out on\nSunday against the group.']],
    ['does not take a wrapped line ending in a comma for a heading', 'The US attack, the largest,\nWas condemned.', ['The US attack, the largest,\nWas condemned.']],
    [
      'ends a long headline at its line break in text written a line per sentence',
      'Officials say the city will scale down its summer festival because of the pandemic this year\nThe festival began on the 25th.\nIt will end on Sunday.',
      ['Officials say the city will scale down its summer festival because of the pandemic this year', 'The festival began on the 25th.', 'It will end on Sunday.'],
    ],
    [
      'ends a caption in brackets at its line break in text written a line per sentence',
      'The full report.\nA medium-length cut with layers [Minami style]\nA model goes for the cut.',
      ['The full report.', 'A medium-length cut with layers [Minami style]', 'A model goes for the cut.'],
    ],
    [
      'keeps hard-wrapped prose together when most lines end mid-sentence',
      'The strikes were carried out\nlate on Sunday against the group, officials\nSaid on Monday.',
      ['The strikes were carried out\nlate on Sunday against the group, officials\nSaid on Monday.'],
    ],
    ['keeps `Yahoo! News` in one sentence', 'Kubo moves to Spain (Tokyo Sports Web) - Yahoo! News\nThe club said so.', ['Kubo moves to Spain (Tokyo Sports Web) - Yahoo! News', 'The club said so.']],
    ['does not split `Mr.` at a line break', 'It was Mr.\nSmith who spoke.', ['It was Mr.\nSmith who spoke.']],
    ['returns nothing for empty text', '', []],
    ['returns nothing for whitespace only', ' \n\u00A0\u200B\t', []],
  ])('%s', (_title, text, expected) => {
    const sentences = segmentSentences(text, options)
    expect(sentences.map((s) => s.text)).toEqual(expected)
    expectValidSentences(text, sentences)
  })

  if (splitter === 'rules') {
    it.each([
      ['ends a sentence after a closing quote', 'He said “It is over.” Then he left.', ['He said “It is over.”', 'Then he left.']],
      ['ends a sentence after a closing bracket', '(It was late.) Then it ended.', ['(It was late.)', 'Then it ended.']],
      ['splits an ellipsis before a capital', 'along the wall… Others then smashed the gates.', ['along the wall…', 'Others then smashed the gates.']],
    ])('%s', (_title, text, expected) => {
      expect(texts(text, options)).toEqual(expected)
    })
  } else {
    // sentence-splitter does not end a sentence inside a pair of quotes or
    // brackets, nor at `…`; that judgement is kept in this mode.
    it.each([
      ['He said “It is over.” Then he left.'],
      ['(It was late.) Then it ended.'],
      ['along the wall… Others then smashed the gates.'],
    ])('keeps %j in one sentence', (text) => {
      expect(texts(text, options)).toEqual([text])
    })
  }

  it.each([
    ['a heading between blank lines', 'First paragraph.\n\nVows of revenge\n\nThe attack was large.', [0, 1, 2]],
    ['CRLF line endings', 'One.\r\nTwo.\r\n\r\nThree.', [0, 0, 1]],
    ['CR line endings', 'One\r\rTwo.', [0, 1]],
    [
      'an unmatched quote left by `,quot;` residue',
      'They chanted "death to America,quot; and "no, no America, "witnesses said.\n\nSecurity guards retreated. Protesters hung flags.\n\nVows of Revenge',
      [0, 1, 1, 2],
    ],
    ['an unmatched opening quote', 'He said “it is over. Then left.\n\nNext paragraph here.', [0, 0, 1]],
  ])('never crosses a paragraph break: %s', (_title, text, paragraphs) => {
    const sentences = segmentSentences(text, options)
    expect(sentences.map((s) => s.paragraph)).toEqual(paragraphs)
    expectValidSentences(text, sentences)
  })

  it('keeps the whole `,quot;` sentence of seed 000 as one sentence', () => {
    const text = 'and chanted "death to America,quot; and "no, no America, "witnesses said.'
    expect(texts(text, options)).toEqual([text])
  })

  it('keeps every span valid on arbitrary text', () => {
    const unit = fc.constantFrom(
      'a', 'B', ' ', '. ', '.', '!', '?', '…', '。', '"', '“', '”', '’', '(', ')', 'U.S.', 'Mr.', 'e.g.', 'J.', '25',
      '\n', '\n\n', '\r\n', '\u00A0', '\u200B', '\u2029', 'The', 'https://t.co/x', '😀', '\uD800',
    )
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), fc.string({unit, maxLength: 60})), (text) => {
        expectValidSentences(text, segmentSentences(text, options))
      }),
      {numRuns: splitter === 'rules' ? 500 : 150},
    )
  })
})

describe('segmentSentences on the seeds', () => {
  it('finds the 17 sentences in 15 paragraphs of seed 001', () => {
    const text = seed('001_db457dd8b98fe6bd')
    const sentences = segmentSentences(text)
    expectValidSentences(text, sentences)
    expect(heads(sentences)).toEqual([
      [0, 'Hundreds of Iraqi protesters'],
      [1, 'Shouting “Down, Down USA!”'],
      [2, 'The US military carried'],
      [3, 'The protesters raised flags'],
      [4, 'Tuesday’s attempted embassy storming'],
      [5, 'Security guards were seen'],
      [5, 'Protesters also were seen'],
      [6, 'Speaking from the scene'],
      [7, '“This entire funeral procession,'],
      [8, '“We’ve seen in the'],
      [9, '“It remains to be'],
      [10, 'Vows of revenge'],
      [11, 'The US attack –'],
      [12, 'The US military said'],
      [13, 'The Iranian-backed Iraqi militia'],
      [13, 'The attack and vows'],
      [14, 'Source: Al Jazeer and'],
    ])
    expect(sentences[1]?.text.endsWith('security cameras outside.')).toBe(true)
    expect(sentences[9]?.text.endsWith('“significant development”.')).toBe(true)
  })

  it('finds the 18 sentences in 15 paragraphs of seed 000, the embedded tweet being two (its text, then its link and byline)', () => {
    const text = seed('000_45abfce7d79872e0')
    const sentences = segmentSentences(text)
    expectValidSentences(text, sentences)
    expect(heads(sentences)).toEqual([
      [0, 'Hundreds of Iraqi protesters'],
      [1, 'Screaming "Down, down, United'],
      [2, 'The US military carried'],
      [3, 'Protesters raised flags of'],
      [4, 'The attempted assault on'],
      [5, 'Security guards were seen'],
      [5, 'Protesters were also seen'],
      [6, 'BREAKING – LIVE: Iraq'],
      [6, 'https://t.co/70rCmk0OA5 – Al Jazeera'],
      [7, 'Speaking from the scene'],
      [8, '"All this funeral procession,'],
      [9, '"We have seen in'],
      [10, '"It remains to be'],
      [11, 'Vows of Revenge'],
      [12, 'The attack by the'],
      [13, 'The US military said'],
      [14, 'The Iraqi militia backed'],
      [14, 'The attack and the'],
    ])
    expect(sentences[3]?.text.endsWith('"no, no America, "witnesses said.')).toBe(true)
    expect(sentences[8]?.text.endsWith('(@AJENews) December 31, 2019')).toBe(true)
    expect(sentences[11]?.text.endsWith('development." .')).toBe(true)
  })

  it.each([
    ['002_23ede6548529f859', 18, 22, 21],
    ['003_30099c242313f430', 72, 84, 84],
    ['004_f1b56273edc3bd21', 9, 25, 23],
  ])('segments seed %s into %i paragraphs and %i sentences (%i with sentence-splitter)', (name, paragraphs, rules, splitter) => {
    const text = seed(name)
    expect(segmentParagraphs(text)).toHaveLength(paragraphs)
    const sentences = segmentSentences(text)
    expectValidSentences(text, sentences)
    expect(sentences).toHaveLength(rules)
    expect(segmentSentences(text, {splitter: 'sentence-splitter'})).toHaveLength(splitter)
  })

  it('splits the Benghazi sidebar of seed 003 at `since 1979. At 4pm` but not at `J. Christopher`', () => {
    const found = texts(seed('003_30099c242313f430'))
    expect(found).toContain('Stevens was the first US ambassador to be killed in the line of duty since 1979.')
    expect(found.some((s) => s.startsWith('The night time raid killed U.S. Ambassador to Libya J. Christopher Stevens and'))).toBe(true)
    expect(found.some((s) => s.startsWith('At 4pm the following day'))).toBe(true)
  })

  it.each(['000_45abfce7d79872e0', '001_db457dd8b98fe6bd', '002_23ede6548529f859', '003_30099c242313f430', '004_f1b56273edc3bd21'])(
    'starts every sentence of seed %s where Intl.Segmenter also starts one, except after `…` and at a link',
    (name) => {
      // Intl.Segmenter (ICU) splits more (after `U.S.`, `J.`, inside `USA!” the`), so only this direction holds.
      const text = seed(name)
      const starts = new Set<number>()
      for (const segment of new Intl.Segmenter('en', {granularity: 'sentence'}).segment(text)) {
        let start = segment.index
        while (start < text.length && isSegmentSpace(text.charCodeAt(start))) start++
        starts.add(start)
      }
      // ICU does not start a sentence at a lowercase letter, so not at `https://…` either.
      const unmatched = segmentSentences(text).filter(
        (s) => !starts.has(s.start) && !/…\s*$/.test(text.slice(0, s.start)) && !/^(?:https?:\/\/|www\.)/.test(s.text),
      )
      expect(unmatched).toEqual([])
    },
  )

  it.each(['001_db457dd8b98fe6bd', '000_45abfce7d79872e0', '003_30099c242313f430'])('gives the same sentences with both splitters on seed %s', (name) => {
    const text = seed(name)
    expect(segmentSentences(text, {splitter: 'sentence-splitter'})).toEqual(segmentSentences(text))
  })
})

describe('segmentSentences on runs without sentence ends', () => {
  it('cuts a run longer than maxLength at whitespace, keeping every span exact', () => {
    const text = 'word '.repeat(1000).trim()
    const sentences = segmentSentences(text, {maxLength: 100})
    expect(sentences.length).toBeGreaterThanOrEqual(50)
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(100)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      expect(sentence.text).toMatch(/^word( word)*$/)
    }
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(text)
  })

  it('cuts a run with no whitespace at the limit, never inside a surrogate pair', () => {
    const text = '😀'.repeat(100)
    const sentences = segmentSentences(text, {maxLength: 31})
    expect(sentences.map((sentence) => sentence.text).join('')).toBe(text)
    for (const sentence of sentences) expect(sentence.text).toMatch(/^(?:😀)+$/u)
  })

  it('leaves sentences under the limit alone', () => {
    expect(segmentSentences('A short one. Another one.', {maxLength: 16}).map((sentence) => sentence.text)).toEqual(['A short one.', 'Another one.'])
  })

  it.each([[0], [15], [2.5], ['long']])('throws on maxLength %j, naming it', (maxLength) => {
    expect(() => segmentSentences('x', {maxLength: maxLength as number})).toThrow(/`maxLength`/)
  })
})

describe('segmentSentences options', () => {
  it('exports its defaults', () => {
    expect(defaultSegmentOptions).toEqual({splitter: 'rules', maxLength: 2000})
  })

  it.each([
    [null, 'Expected `options` to be an object, not `null`'],
    [{splitter: 'icu'}, 'Expected `splitter` to be `rules` or `sentence-splitter`, not `icu`'],
  ])('throws on bad options %j', (options, message) => {
    expect(() => segmentSentences('x', options as unknown as SegmentOptions)).toThrow(message)
  })

  it('throws when the text is not a string', () => {
    expect(() => segmentSentences(undefined as unknown as string)).toThrow('Expected `text` to be a string, not `undefined`')
  })
})
