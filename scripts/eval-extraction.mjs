// Measures `extractArticle` on real pages with the article-extraction benchmark's own score
// (ScrapingHub's evaluate.py: 4-token shingles of `\w+` tokens, per-page tp/fp/fn normalised to
// sum to 1, precision and recall averaged over pages, F1 from the two means), and counts empty
// results and pages whose paragraphs came out glued together although the truth keeps them apart.
//
//   node scripts/eval-extraction.mjs [data-dir] [--part tune|report|all] [--verbose]
//
// data-dir defaults to ../shared/data/extraction-dev beside the repository and holds
// `ground-truth.json` and `html/<id>.html.gz`. `--part tune` is the half of the ids (sorted by id,
// even positions) that choices were tuned on, `--part report` the other half. Build first.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {decodeText, extractArticle} from '../packages/adapters/dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const partIndex = args.indexOf('--part')
const part = partIndex >= 0 ? args[partIndex + 1] : 'all'
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--part') ?? join(here, '..', '..', 'shared', 'data', 'extraction-dev'))
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.error(`eval-extraction: no ground-truth.json in ${dir}; pass the benchmark's folder as the first argument`)
  process.exit(2)
}
if (!['tune', 'report', 'all'].includes(part)) {
  console.error(`eval-extraction: --part must be tune, report or all, not ${part}`)
  process.exit(2)
}

const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'))
const ids = Object.keys(truth)
  .sort()
  .filter((_, index) => part === 'all' || (part === 'tune') === (index % 2 === 0))

/** The benchmark's tokens: runs of Unicode word characters (Python's `\w`). */
const tokenize = (text) => text.match(/[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]+/gu) ?? []

/** Multiset of 4-token shingles; one shingle of all tokens when there are fewer than 4. */
function shingles(text) {
  const tokens = tokenize(text)
  const counts = new Map()
  for (let index = 0; index < Math.max(1, tokens.length - 3); index++) {
    const shingle = tokens.slice(index, index + 4)
    if (shingle.length === 0) continue
    const key = shingle.join('\u0001')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

function matchShingles(trueText, predictedText) {
  const truthCounts = shingles(trueText)
  const predictedCounts = shingles(predictedText)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...truthCounts.keys(), ...predictedCounts.keys()])) {
    const t = truthCounts.get(key) ?? 0
    const p = predictedCounts.get(key) ?? 0
    tp += Math.min(t, p)
    fp += Math.max(0, p - t)
    fn += Math.max(0, t - p)
  }
  const sum = tp + fp + fn
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0]
}

const precisionScore = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp))
const recallScore = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn))
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length

/** Truth paragraphs i and i+1 whose end and start run together in the extracted text ("end.Next"). */
function gluedBoundaries(trueText, predictedText) {
  const paragraphs = trueText.split(/\n+/).map((line) => line.trim()).filter(Boolean)
  const glued = []
  for (let index = 0; index + 1 < paragraphs.length; index++) {
    const tail = paragraphs[index].slice(-12)
    const head = paragraphs[index + 1].slice(0, 12)
    if (/\s$/.test(tail) || /^\s/.test(head)) continue
    if (tokenize(tail).length === 0 || tokenize(head).length === 0) continue
    if (predictedText.includes(tail + head)) glued.push(`${tail}|${head}`)
  }
  return glued
}

const rows = []
let empty = 0
let unreadable = 0
const gluedPages = []
const encodings = new Map()
const started = performance.now()
for (const id of ids) {
  const decoded = decodeText(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))), {html: true})
  encodings.set(decoded.encoding, (encodings.get(decoded.encoding) ?? 0) + 1)
  const article = extractArticle(decoded.text, {url: truth[id].url})
  const trueText = truth[id].articleBody ?? ''
  const counts = matchShingles(trueText, article.text)
  rows.push(counts)
  if (tokenize(article.text).length === 0) empty++
  if (!article.readable) unreadable++
  const glued = gluedBoundaries(trueText, article.text)
  if (glued.length > 0) gluedPages.push([id, glued])
  if (verbose) {
    const f1 = (2 * precisionScore(counts) * recallScore(counts)) / (precisionScore(counts) + recallScore(counts) || 1)
    console.log(`${id.slice(0, 12)}  P ${precisionScore(counts).toFixed(3)}  R ${recallScore(counts).toFixed(3)}  F1 ${f1.toFixed(3)}  ${decoded.encoding}  ${truth[id].url}`)
  }
}
const elapsed = performance.now() - started
const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore))
const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore))
const f1 = (2 * precision * recall) / (precision + recall)

console.log(`pages ${ids.length} (part: ${part}) from ${dir}`)
console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`)
console.log(`empty results ${empty} (readable: false on ${unreadable})`)
console.log(`pages with glued paragraphs ${gluedPages.length}`)
for (const [id, glued] of gluedPages) console.log(`  ${id.slice(0, 12)}  ${glued.slice(0, 3).map((pair) => JSON.stringify(pair)).join('  ')}`)
console.log(`encodings ${[...encodings].map(([name, count]) => `${name} ${count}`).join(', ')}`)
console.log(`time ${(elapsed / ids.length).toFixed(1)} ms a page (decode and extract)`)
