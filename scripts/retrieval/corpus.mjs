// Real documents and same-topic decoys for measuring the source index, shared
// by scripts/eval-index.mjs and bench/index.bench.mjs. Reads ../shared/data/real
// (or the folder given); nothing is copied into the repository.
//
// Documents (each a reference the index holds, and the texts that query for it):
//   - WMT21 ja→en and is→en news documents: the professional reference; queried
//     with the three MT systems' English.
//   - WMT21 de→en and cs→en test sets (no document boundaries): cut into
//     10-line chunks; translation A is the reference, translation B queries it.
//   - WMT21 TED talks: cut into 20-line chunks; the original English talk is
//     the reference, the English retranslation of its Chinese subtitles queries it.
// Decoys: each takes runs of consecutive lines from a document and from 1–3 of
// its nearest documents by content words (the same topic is the hard case), in
// a shuffled order, with a seeded PRNG, so every run builds the same decoys.
// A decoy records which documents lent it lines: for a query of document X, a
// decoy that holds X's own lines is a partial copy of X, not a false match.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The data folder from the command line, or ../shared/data/real beside the repository; exits with a message when absent. */
export function dataFolder(argument, who) {
  const dir = resolve(argument ?? join(here, '..', '..', '..', 'shared', 'data', 'real'))
  if (!existsSync(join(dir, 'wmt21-ja-is-en-docs.json'))) {
    console.error(`${who}: the real data is not at ${dir} (wmt21-ja-is-en-docs.json missing); pass its folder as the first argument`)
    process.exit(2)
  }
  return dir
}

/** A small seeded PRNG (mulberry32): same seed, same sequence. One copy for every script, in `scripts/real/common.mjs`. */
export {seededRandom as random} from '../real/common.mjs'
import {seededRandom as random} from '../real/common.mjs'

function chunk(lines, size) {
  const chunks = []
  for (let start = 0; start < lines.length; start += size) chunks.push(lines.slice(start, start + size))
  return chunks
}

/**
 * The documents: `{id, group, lines, queries: [{name, text}]}`. `group` names
 * the source file part: `ja-en`, `is-en`, `de-en`, `cs-en`, `ted`.
 */
export function loadDocuments(dir) {
  const documents = []
  for (const doc of JSON.parse(readFileSync(join(dir, 'wmt21-ja-is-en-docs.json'), 'utf8'))) {
    const group = doc.set.includes('ja-en') ? 'ja-en' : 'is-en'
    const queries = Object.entries(doc.mt).map(([system, lines]) => ({name: system, text: lines.join('\n')}))
    documents.push({id: `${group}/${doc.doc}`, group, lines: doc.reference, queries})
  }
  for (const set of JSON.parse(readFileSync(join(dir, 'two-refs-news-de-cs-en.json'), 'utf8'))) {
    const group = set.doc.includes('de-en') ? 'de-en' : 'cs-en'
    const a = chunk(set.lines_a, 10)
    const b = chunk(set.lines_b, 10)
    a.forEach((lines, index) => documents.push({id: `${group}/${index}`, group, lines, queries: [{name: 'B', text: b[index].join('\n')}]}))
  }
  for (const talk of JSON.parse(readFileSync(join(dir, 'two-refs-ted-zhen.json'), 'utf8'))) {
    const a = chunk(talk.lines_a, 20)
    const b = chunk(talk.lines_b, 20)
    a.forEach((lines, index) => documents.push({id: `ted/${talk.doc}/${index}`, group: 'ted', lines, queries: [{name: 'zh-round-trip', text: b[index].join('\n')}]}))
  }
  return documents
}

const wordsOf = (lines) => new Set(lines.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])

/** For each document, the indices of its `count` nearest documents by the Jaccard similarity of their words of 4+ letters. */
export function nearestDocuments(documents, count) {
  const sets = documents.map((document) => wordsOf(document.lines))
  return sets.map((set, index) => {
    const scored = []
    sets.forEach((other, otherIndex) => {
      if (otherIndex === index) return
      let shared = 0
      for (const word of set) if (other.has(word)) shared++
      scored.push([shared / (set.size + other.size - shared || 1), otherIndex])
    })
    return scored.sort((a, b) => b[0] - a[0]).slice(0, count).map(([, otherIndex]) => otherIndex)
  })
}

/**
 * `count` decoys `{id, text, lenders: Set<document id>}`: runs of 2–8
 * consecutive lines from a random document and 1–3 of its 8 nearest, shuffled.
 */
export function buildDecoys(documents, count, seed = 20211) {
  const next = random(seed)
  const pick = (n) => Math.floor(next() * n)
  const nearest = nearestDocuments(documents, 8)
  const decoys = []
  for (let index = 0; index < count; index++) {
    const first = pick(documents.length)
    const lenders = [first]
    const others = 1 + pick(3)
    for (let other = 0; other < others; other++) lenders.push(nearest[first][pick(nearest[first].length)])
    const runs = []
    for (const lender of lenders) {
      const lines = documents[lender].lines
      const length = Math.min(lines.length, 2 + pick(7))
      const start = pick(lines.length - length + 1)
      runs.push(lines.slice(start, start + length))
    }
    for (let at = runs.length - 1; at > 0; at--) {
      const swap = pick(at + 1)
      ;[runs[at], runs[swap]] = [runs[swap], runs[at]]
    }
    decoys.push({id: `decoy/${index}`, text: runs.flat().join('\n'), lenders: new Set(lenders.map((lender) => documents[lender].id))})
  }
  return decoys
}
