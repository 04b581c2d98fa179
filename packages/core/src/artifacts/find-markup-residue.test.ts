import {describe, expect, it} from '@jest/globals'
import {findMarkupResidue} from './find-markup-residue'
import {contextOf} from './test-context'

describe('findMarkupResidue', () => {
  it.each([
    ['<p>Hello.</p>', ['<p>', '</p>']],
    ['end.</p><p>Next', ['</p>', '<p>']],
    ['line<br>next', ['<br>']],
    ['line<br />next', ['<br />']],
    ['the <strong>crowd</strong> surged', ['<strong>', '</strong>']],
    ['<a href="https://x.com">site</a>', ['<a href="https://x.com">', '</a>']],
    ['before <!-- comment --> after', ['<!-- comment -->']],
    ['&lt;p&gt;Hello&lt;/p&gt;', ['&lt;p&gt;', '&lt;/p&gt;']],
    ['[caption id="attachment_1" width="640"]Protesters[/caption]', ['[caption id="attachment_1" width="640"]', '[/caption]']],
    ['[gallery ids="1,2,3"]', ['[gallery ids="1,2,3"]']],
    ['Dear {{name}}, hello', ['{{name}}']],
    ['Dear ${user.name}, hello', ['${user.name}']],
    ['see [[Baghdad]] for more', ['[[Baghdad]]']],
    ['He said so.\\nThe crowd left', ['\\n']],
    ['said \\"no\\" to it', ['\\"', '\\"']],
    ['it\\u2019s over', ['\\u2019']],
  ])('in %j finds %j', (text, expected) => {
    const found = findMarkupResidue(contextOf(text))
    expect(found.map((artifact) => artifact.text)).toEqual(expected)
    for (const artifact of found) expect(text.slice(artifact.start, artifact.end)).toBe(artifact.text)
  })

  it.each([
    ['end.</p><p>Next', 'end.\n\nNext'],
    ['line<br>next', 'line\nnext'],
    ['it\\u2019s over', 'it’s over'],
  ])('suggests repairs that rebuild %j as %j', (text, expected) => {
    let repaired = text
    for (const artifact of findMarkupResidue(contextOf(text)).reverse()) {
      repaired = repaired.slice(0, artifact.start) + (artifact.suggestion ?? artifact.text) + repaired.slice(artifact.end)
    }
    expect(repaired).toBe(expected)
  })

  it.each([
    'If x < y and y > z then nothing follows.',
    'The ruling [sic] was overturned.',
    'attack [Operation Inherent Resolve] OIR forces',
    'A C:\\new folder and C:\\Users\\Name',
    'Prices rose 5% and 10%.',
    'a {curly} aside',
    'I <3 Baghdad',
  ])('leaves %j alone', (text) => {
    expect(findMarkupResidue(contextOf(text))).toEqual([])
  })
})
