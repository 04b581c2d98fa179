import {describe, expect, it} from '@jest/globals'
import {findEntityResidue} from './find-entity-residue'
import {contextOf} from './test-context'
import {buildArtifactContext} from './artifact-context'
import {collapseFindings} from './collapse-findings'

describe('findEntityResidue', () => {
  it.each([
    ['death to America,quot; and', ['quot;'], ['"']],
    ['AT amp;T fell', ['amp;'], ['&']],
    ['He said &quot;no&quot; today', ['&quot;', '&quot;'], ['"', '"']],
    ['the company&#8217;s profits', ['&#8217;'], ['’']],
    ['It&rsquo;s over', ['&rsquo;'], ['’']],
    ['prices&nbsp;rose', ['&nbsp;'], ['\u00a0']],
    ['He said &amp;quot;enough', ['&amp;quot;'], ['"']],
    ['He said &amp;amp;#39;yes', ['&amp;amp;#39;'], ["'"]],
    ['He said &quot no', ['&quot'], ['"']],
    ["Don & # 39;t go", ['& # 39;'], ["'"]],
    ['the group#39;s attack', ['#39;'], ["'"]],
    ['rebels said rdquo; they', ['rdquo;'], ['”']],
    ['R&amp;D spending', ['&amp;'], ['&']],
    ['“He said ,quot; no”', ['quot;'], ['”']],
    ['&Scaron;koda &rarr; &alpha;, &hearts; and m&sup2;', ['&Scaron;', '&rarr;', '&alpha;', '&hearts;', '&sup2;'], ['Š', '→', 'α', '♥', '²']],
    ['a &NotGreaterFullEqual; b', ['&NotGreaterFullEqual;'], ['≧̸']],
    ['one layer: &amp;amp; and &#38;#38;', ['&amp;', '&#38;'], ['&', '&']],
    ['nothing: &#0; &#xD800; &#1114112;', ['&#0;', '&#xD800;', '&#1114112;'], ['\ufffd', '\ufffd', '\ufffd']],
    ['bytes of Windows-1252: don&#146;t', ['&#146;'], ['’']],
  ])('in %j finds %j', (text, expected, suggestions) => {
    const found = findEntityResidue(contextOf(text))
    expect(found.map((artifact) => artifact.text)).toEqual(expected)
    expect(found.map((artifact) => artifact.suggestion)).toEqual(suggestions)
    for (const artifact of found) expect(text.slice(artifact.start, artifact.end)).toBe(artifact.text)
  })

  it.each([
    'AT&T and Q&A and P&G',
    'the S&P 500 index',
    'the monthly quota; the rest',
    'an aliquot; frozen',
    'they broke camp; then left',
    'Lot #39; sold',
    'https://example.com/?a=1&copy=2',
    'turn up the amp; then play',
    'salt & pepper; oil',
    'a & b; c',
    '&T; is not an entity',
    'this&not that, AT&Tamp and &copy=3',
    'the part; of it, an image; not; here',
  ])('leaves %j alone', (text) => {
    expect(findEntityResidue(contextOf(text))).toEqual([])
  })

  it('leaves escaped tags to the markup detector', () => {
    expect(findEntityResidue(contextOf('&lt;p&gt;Hello&lt;/p&gt;'))).toEqual([])
  })

  it('calls the closing quote of seed 000 a closing quotation mark', () => {
    const [artifact] = findEntityResidue(contextOf('chanted "death to America,quot; and'))
    expect(artifact?.message).toContain('closing quotation mark')
    expect(artifact?.severity).toBe('error')
  })
})

describe('findEntityResidue past maxPerKind', () => {
  it('builds the findings up to the cap and counts the rest, as the general collapse does', () => {
    const text = 'x &amp; '.repeat(3000)
    const early = findEntityResidue(buildArtifactContext(text, {maxPerKind: 1000}))
    const late = collapseFindings(findEntityResidue(buildArtifactContext(text)), 1000)
    expect(early).toHaveLength(1000)
    expect(early[999]!.count).toBe(2001)
    expect(early[999]).not.toHaveProperty('suggestion')
    expect(early).toEqual(late)
  })

  it('leaves a text within the cap as it was', () => {
    const text = 'x &amp; '.repeat(5)
    expect(findEntityResidue(buildArtifactContext(text, {maxPerKind: 5}))).toEqual(findEntityResidue(buildArtifactContext(text)))
  })
})
