import {describe, expect, it} from '@jest/globals'
import {extractArticle} from './extract-article'

const paragraphs = [
  'The city council voted on Thursday to rebuild the old bridge over the river, ending a debate that had lasted for more than ten years.',
  'Work is expected to start in the spring and to take two years. During that time, buses will take a detour through the northern districts.',
  'Shopkeepers near the bridge said they feared losing customers, and asked the council for a temporary car park on the other bank.',
  'The mayor said the new bridge would carry trams as well as cars, and that its cost would be shared with the regional government.',
]

function page(body: string, head = '<title>Bridge vote | The Daily Example</title>'): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`
}

const articleBody = `
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Council votes to rebuild the old bridge</h1>
    <div class="ad-slot"><iframe src="https://ads.example/slot?text=mattress"></iframe></div>
    <p class="byline">By Jane Example</p>
    ${paragraphs.map((text) => `<p>${text.replace('ten years', '<em>ten</em> years')}</p>`).join('')}
    <figure><img src="bridge.jpg"><figcaption>The old bridge at dawn. Photo: Example Agency</figcaption></figure>
  </article>
  <script>document.body.innerHTML = 'hijacked'; window.pwned = true</script>
  <footer>© The Daily Example. All rights reserved.</footer>`

describe('extractArticle', () => {
  it('joins block elements with blank lines and never glues paragraphs', () => {
    const article = extractArticle(page(articleBody))
    expect(article.readable).toBe(true)
    for (const text of paragraphs) expect(article.text).toContain(text)
    expect(article.text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`)
    expect(article.text).not.toMatch(/years\.Work/)
  })

  it('gives one span per paragraph into the text', () => {
    const article = extractArticle(page(articleBody))
    const sliced = article.paragraphs.map((span) => article.text.slice(span.start, span.end))
    expect(sliced.join('\n\n')).toBe(article.text)
    expect(sliced).toEqual(expect.arrayContaining(paragraphs))
  })

  it('leaves out scripts, navigation, ad frames and captions', () => {
    const article = extractArticle(page(articleBody))
    expect(article.text).not.toMatch(/hijacked|pwned|Home|mattress|Photo: Example Agency|All rights reserved/)
  })

  it('reads the title and the declared language', () => {
    const article = extractArticle(page(articleBody))
    expect(article.title).toMatch(/bridge/i)
    expect(article.language).toBe('en')
  })

  it('keeps line breaks inside a paragraph and text inside pre as it is', () => {
    const body = `<article>${paragraphs.map((text) => `<p>${text}</p>`).join('')}<p>First line<br>second line</p><pre>a   b\n  c</pre></article>`
    const article = extractArticle(page(body))
    expect(article.text).toContain('First line\nsecond line')
    expect(article.text).toContain('a   b\n  c')
  })

  it.each([
    ['an empty page', ''],
    ['a page with only navigation', page('<nav><a href="/">Home</a></nav>')],
    ['text that is not HTML', 'just a few words'],
  ])('says readable: false for %s instead of empty text in silence', (_, html) => {
    const article = extractArticle(html)
    expect(article).toMatchObject({readable: false, text: '', paragraphs: []})
  })

  it('executes nothing on a hostile page', () => {
    const hostile = page(`<article>${paragraphs.map((text) => `<p>${text}</p>`).join('')}<img src=x onerror="globalThis.__extracted = 1"><script>globalThis.__extracted = 2</script></article>`)
    const article = extractArticle(hostile)
    expect((globalThis as {__extracted?: number}).__extracted).toBeUndefined()
    expect(article.text).not.toContain('__extracted')
  })

  it('throws on options it does not know, naming them', () => {
    expect(() => extractArticle('', {uri: 'x'} as never)).toThrow(/`uri`/)
    expect(() => extractArticle('', {url: 5} as never)).toThrow(/Expected `url` to be a string/)
  })
})
