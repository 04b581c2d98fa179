// Link precision and recall of the sentence aligner on labelled cases:
//   1. the seed pairs, labelled by hand (packages/core/test/fixtures/alignment/seed-links.json);
//   2. synthetic cases built from the seeds by known edits (drop, insert a
//      same-topic sentence from another report, insert a block of 30 of them,
//      merge, split, move), so the
//      right answer is known by construction. A fixed random seed keeps them
//      the same from run to run.
// A link is one (source sentence, variant sentence) pair of a bead; a merge of
// two source sentences into one variant sentence is two links. In the
// synthetic sets a link to any copy of the right source text counts, since
// the copies of a repeated sentence are interchangeable.
//
// Run: npx -y pnpm@10 build && node scripts/eval-alignment.mjs
import {readFileSync} from 'node:fs'
import {alignSentences, compareTexts, segmentSentences} from '../packages/core/dist/index.js'
import {seededRandom} from './real/common.mjs'

const root = new URL('../', import.meta.url)
const seed = (name) => readFileSync(new URL(`seeds/${name}`, root), 'utf8')
const seeds = {
  '000': seed('000_45abfce7d79872e0.txt'),
  '001': seed('001_db457dd8b98fe6bd.txt'),
  '002': seed('002_23ede6548529f859.txt'),
  '003': seed('003_30099c242313f430.txt'),
  '004': seed('004_f1b56273edc3bd21.txt'),
}

function linksOf(beads) {
  const links = []
  for (const bead of beads) for (const s of bead.source) for (const v of bead.variant) links.push(`${s}:${v}`)
  return links
}

function score(name, predicted, gold, totals) {
  const goldSet = new Set(gold)
  const correct = predicted.filter((link) => goldSet.has(link)).length
  totals.predicted += predicted.length
  totals.gold += gold.length
  totals.correct += correct
  return {name, predicted: predicted.length, gold: gold.length, correct}
}

const ratio = (a, b) => (b === 0 ? 1 : a / b)
const format = (t) => `P ${ratio(t.correct, t.predicted).toFixed(3)}  R ${ratio(t.correct, t.gold).toFixed(3)}  F1 ${(ratio(2 * t.correct, t.predicted + t.gold)).toFixed(3)}  (${t.correct} correct, ${t.predicted} predicted, ${t.gold} gold)`

// 1. Seeds, labelled by hand by sentence prefix (indices depend on segmentation).
const labels = JSON.parse(readFileSync(new URL('packages/core/test/fixtures/alignment/seed-links.json', root), 'utf8'))
const seedTotals = {predicted: 0, gold: 0, correct: 0}
console.log('Seed pairs (hand-labelled links):')
for (const pair of labels.pairs) {
  const report = compareTexts(seeds[pair.source], seeds[pair.variant])
  const find = (sentences, prefix) => {
    const index = sentences.findIndex((sentence) => sentence.text.startsWith(prefix))
    if (index < 0) throw new Error(`No sentence starts with ${JSON.stringify(prefix)}`)
    return index
  }
  const gold = []
  const accepted = new Set()
  for (const link of pair.links) {
    const v = find(report.variant.sentences, link.variant)
    const alternatives = [link.source, ...(link.or ?? [])].map((prefix) => `${find(report.source.sentences, prefix)}:${v}`)
    gold.push(alternatives[0])
    for (const alternative of alternatives) accepted.add(alternative)
  }
  // A predicted link that is an accepted alternative counts as the gold one it stands for.
  const predicted = linksOf(report.alignment).map((link) => {
    if (!accepted.has(link)) return link
    const v = link.split(':')[1]
    return gold.find((g) => g.endsWith(`:${v}`)) ?? link
  })
  const row = score(`${pair.source}↔${pair.variant}`, predicted, gold, seedTotals)
  console.log(`  ${row.name}: ${format({...row})}`)
}
console.log(`  all seeds: ${format(seedTotals)}`)

// 2. Synthetic edits.
// The seeded PRNG every evaluation script shares (mulberry32).
const random = seededRandom
const pick = (rand, list) => list[Math.floor(rand() * list.length)]
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * Build a variant by one kind of edit from `base` (variant sentences with the
 * source sentences each stands for); return variant texts and gold links.
 */
function edit(kind, base, others, rand) {
  let items = base.map((item) => ({...item}))
  const count = Math.max(1, Math.round(items.length * 0.2))
  for (let k = 0; k < count; k++) {
    if (kind === 'drop' && items.length > 2) items.splice(Math.floor(rand() * items.length), 1)
    if (kind === 'insert') items.splice(Math.floor(rand() * (items.length + 1)), 0, {text: pick(rand, others), sources: []})
    if (kind === 'block' && k === 0) {
      // One block of 30 same-topic sentences from other reports, wider than the search corridor.
      const block = Array.from({length: 30}, () => ({text: pick(rand, others), sources: []}))
      items.splice(Math.floor(rand() * (items.length + 1)), 0, ...block)
    }
    if (kind === 'merge') {
      const i = Math.floor(rand() * (items.length - 1))
      const a = items[i]
      const b = items[i + 1]
      if (a.sources.length !== 1 || b.sources.length !== 1 || a.sources[0] + 1 !== b.sources[0]) continue
      if (/^(?:["“]|https?:)/.test(b.text)) continue
      items.splice(i, 2, {text: `${a.text.replace(/[.!?]+["”’]?$/, '')}, and ${lowerFirst(b.text)}`, sources: [...a.sources, ...b.sources]})
    }
    if (kind === 'move' && items.length > 3) {
      const from = Math.floor(rand() * items.length)
      const [item] = items.splice(from, 1)
      items.splice(Math.floor(rand() * (items.length + 1)), 0, item)
    }
  }
  if (kind === 'split') {
    const next = []
    for (const item of items) {
      const comma = item.text.indexOf(', ', Math.floor(item.text.length / 3))
      if (rand() < 0.3 && comma > 0 && comma < item.text.length - 30) {
        next.push({text: `${item.text.slice(0, comma)}.`, sources: item.sources, part: 1})
        next.push({text: item.text.slice(comma + 2, comma + 3).toUpperCase() + item.text.slice(comma + 3), sources: item.sources, part: 2})
      } else next.push(item)
    }
    items = next
  }
  const links = []
  items.forEach((item, v) => {
    for (const s of item.sources) links.push(`${s}:${v}`)
  })
  return {texts: items.map((item) => item.text), links}
}

const kinds = ['drop', 'insert', 'block', 'merge', 'split', 'move']
const totalsByKind = () => Object.fromEntries(kinds.map((kind) => [kind, {predicted: 0, gold: 0, correct: 0}]))

/** Run every kind of edit 20 times on one base and report the link scores. */
function runSet(title, sourceSentences, base, others, seedOffset) {
  const byKind = totalsByKind()
  const all = {predicted: 0, gold: 0, correct: 0}
  for (const kind of kinds) {
    for (let trial = 0; trial < 20; trial++) {
      const rand = random(seedOffset + 100 * kinds.indexOf(kind) + trial)
      const {texts, links} = edit(kind, base, others, rand)
      const result = alignSentences(sourceSentences.map((text) => ({text})), texts.map((text) => ({text})))
      // Copies of one sentence are interchangeable: a link to any copy of the right text counts.
      const byText = (link) => {
        const [s, v] = link.split(':')
        return `${sourceSentences[Number(s)]}:${v}`
      }
      const predicted = linksOf(result.beads).map(byText)
      score(kind, predicted, links.map(byText), byKind[kind])
      score(kind, predicted, links.map(byText), all)
    }
  }
  console.log(`\n${title} (${kinds.length * 20} cases, 20 per kind, about 20% of sentences edited):`)
  for (const kind of kinds) console.log(`  ${kind.padEnd(7)} ${format(byKind[kind])}`)
  console.log(`  all     ${format(all)}`)
  return all
}

const documents = ['000', '001', '002', '003', '004']
const sentencesOf = (name) => segmentSentences(seeds[name]).map((sentence) => sentence.text)
const othersOf = (names) => documents.filter((other) => !names.includes(other) && !(names.includes('001') && other === '000')).flatMap(sentencesOf)

// a) Each seed against edits of itself: identical sentences, edited structure.
const identical = {predicted: 0, gold: 0, correct: 0}
for (const name of documents) {
  const sentences = sentencesOf(name)
  const result = runSet(`Seed ${name} against edits of itself`, sentences, sentences.map((text, index) => ({text, sources: [index]})), othersOf([name]), 1000 * documents.indexOf(name))
  for (const key of Object.keys(identical)) identical[key] += result[key]
}

// b) 001 against edits of its machine round trip 000: reworded sentences, edited structure.
const goldOf000 = (() => {
  const report = compareTexts(seeds['001'], seeds['000'])
  const source = report.source.sentences
  const variant = report.variant.sentences
  const pair = labels.pairs.find((p) => p.source === '001' && p.variant === '000')
  const map = new Map()
  for (const link of pair.links) {
    map.set(variant.findIndex((s) => s.text.startsWith(link.variant)), source.findIndex((s) => s.text.startsWith(link.source)))
  }
  return {source: source.map((s) => s.text), base: variant.map((s, index) => ({text: s.text, sources: map.has(index) ? [map.get(index)] : []}))}
})()
const reworded = runSet('Seed 001 against edits of its round trip 000', goldOf000.source, goldOf000.base, othersOf(['000', '001']), 9000)

// c) The same, ten copies long: repetitive text where no word is distinctive.
const copies = 10
const longSource = Array.from({length: copies}, () => goldOf000.source).flat()
const longBase = Array.from({length: copies}, (_, copy) =>
  goldOf000.base.map((item) => ({text: item.text, sources: item.sources.map((s) => s + copy * goldOf000.source.length)})),
).flat()
const repetitive = runSet(`Seed 001 ×${copies} against edits of 000 ×${copies}`, longSource, longBase, othersOf(['000', '001']), 19000)

console.log('\nSummary of the synthetic sets:')
console.log(`  identical sentences  ${format(identical)}`)
console.log(`  reworded sentences   ${format(reworded)}`)
console.log(`  repetitive, ×${copies}        ${format(repetitive)}`)
