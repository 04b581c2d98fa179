// A scraping pipeline from raw pages to reports, on the seed articles:
//
// 1. a local HTTP server on 127.0.0.1 serves each seed as a news page, with the navigation, ads,
//    cookie banner, related links and (on the round trip's page) an embedded tweet that real
//    pages wrap around an article;
// 2. the pipeline fetches the pages, extracts each article and compares every pair in a batch
//    (`compareRecords`), with the page address and a label passed through as metadata;
// 3. it writes the results as NDJSON and the 001 ↔ 000 comparison as an HTML report, and prints
//    where they are.
//
// Run from the repository root: `npx -y pnpm@10 examples`. Nothing leaves this machine.
import {createWriteStream, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import {once} from 'node:events'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {compareRecords, extractArticle, renderHtmlReport, stringifyNdjson} from '@driftlens/adapters'

const seeds = {
  '001': '001_db457dd8b98fe6bd.txt',
  '000': '000_45abfce7d79872e0.txt',
  '003': '003_30099c242313f430.txt',
  '002': '002_23ede6548529f859.txt',
  '004': '004_f1b56273edc3bd21.txt',
}
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A seed as a news page: its first line as the headline, each paragraph a <p>, furniture around it. */
function seedPage(name) {
  const text = readFileSync(new URL(`../seeds/${seeds[name]}`, import.meta.url), 'utf8')
  const [headline, ...paragraphs] = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean)
  const middle = Math.floor(paragraphs.length / 2)
  const body = paragraphs.map((paragraph, index) => {
    const block = `<p>${escape(paragraph)}</p>`
    if (index !== middle || name !== '000') return block
    // The round trip's page carries an embedded post, pasted as publishers paste it: a blockquote
    // and a widget script (never run, never fetched).
    return `${block}
      <blockquote class="twitter-tweet"><p lang="en">Crowds at the embassy gate in Baghdad this morning.</p>&mdash; A Reporter (@a_reporter) <a href="https://twitter.com/a_reporter/status/1">December 31, 2019</a></blockquote>
      <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`
  })
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | Example News</title>
<script>window.dataLayer = [{page: 'article'}]; document.write('<div>tracking</div>')</script></head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  <header><a href="/">Example News</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>${escape(headline)}</h1>
      ${body.join('\n      ')}
    </article>
    <aside class="related"><h2>Most read</h2><ul><li><a href="/a">Ten things about the weekend</a></li><li><a href="/b">Markets close higher</a></li></ul></aside>
    <div class="advert" id="advert-sidebar"><iframe src="https://ads.example/slot/300x250"></iframe></div>
  </main>
  <footer><p>© Example News. All rights reserved.</p></footer>
</body></html>`
}

const server = createServer((request, response) => {
  const name = /^\/articles\/(\d{3})\.html$/.exec(request.url ?? '')?.[1]
  if (!name || !(name in seeds)) {
    response.writeHead(404).end('not found')
    return
  }
  response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(seedPage(name))
})
server.listen(0, '127.0.0.1')
await once(server, 'listening')
const base = `http://127.0.0.1:${server.address().port}`

/** The caller's fetch: the library does no network I/O of its own. */
async function fetchPage(url) {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}

const pairs = [
  ['000', 'machine round trip of 001'],
  ['003', 'Daily Mail, re-uses some of 001'],
  ['002', 'VOA, written independently'],
  ['004', 'Daily Signal, written independently'],
  ['999', 'a page that is gone'],
]
const records = pairs.map(([name, label]) => ({
  id: `001-${name}`,
  source: {url: `${base}/articles/001.html`},
  variant: {url: `${base}/articles/${name}.html`},
  label,
}))

const output = fileURLToPath(new URL('./output/', import.meta.url))
mkdirSync(output, {recursive: true})
const ndjsonPath = join(output, 'results.ndjson')
const ndjson = createWriteStream(ndjsonPath)
const results = []
for await (const line of stringifyNdjson(keep(compareRecords(records, {fetch: fetchPage})))) ndjson.write(line)
ndjson.end()
await once(ndjson, 'finish')

async function* keep(stream) {
  for await (const result of stream) {
    results.push(result)
    yield result
  }
}

console.log(`Fetched, extracted and compared ${records.length} page pairs served from ${base}:`)
for (const result of results) {
  const verdict = result.ok ? `${result.report.summary.relation.padEnd(13)} coverage ${Math.round(result.report.summary.coverage.source * 100)}%` : `error ${result.error.code}: ${result.error.message}`
  console.log(`  ${result.id}  ${result.label.padEnd(36)} ${verdict}`)
}

// The HTML report of the round trip, with the extracted texts so passages can be quoted.
const [sourceArticle, variantArticle] = await Promise.all([`${base}/articles/001.html`, `${base}/articles/000.html`].map(async (url) => extractArticle(await fetchPage(url), {url})))
const roundTrip = results.find((result) => result.id === '001-000')
const htmlPath = join(output, 'report-001-000.html')
writeFileSync(
  htmlPath,
  renderHtmlReport(roundTrip.report, {
    title: `${sourceArticle.title} ↔ its machine round trip`,
    sourceText: sourceArticle.text,
    variantText: variantArticle.text,
    sourceLabel: `${base}/articles/001.html`,
    variantLabel: `${base}/articles/000.html`,
  }),
)
const leaked = ['cookies', 'Most read', 'All rights reserved', 'tracking'].filter((word) => sourceArticle.text.includes(word))
console.log(`Extraction kept ${sourceArticle.paragraphs.length} paragraphs of 001 and ${leaked.length === 0 ? 'none of the page furniture' : `page furniture: ${leaked.join(', ')}`}.`)
console.log(`NDJSON results: ${ndjsonPath}`)
console.log(`HTML report:    ${htmlPath}`)
server.close()
