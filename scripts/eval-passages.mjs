// Precision and recall of findReusedPassages:
//   1. the seeds: 001↔003 must yield the two passages the sentence aligner
//      misses (a sentence fusing two non-adjacent source sentences, and a clause
//      taken into a new sentence); 001↔002 and 001↔004, independent reports of
//      the same event, at most one short passage each;
//   2. planted passages in real text: a clause of 10–18 words from one WMT21
//      document (the donor, the source of the comparison) is planted inside a
//      sentence of another (the host, the variant), one or two per pair, with a
//      seeded PRNG. "verbatim" plants copy the clause from the donor's
//      reference; "retranslated" plants take it from an MT system's rendering of
//      the same donor line, so the words differ as a machine rewording makes
//      them differ (gold source: that whole reference line). Pairs without a
//      plant measure false passages between unrelated documents.
// A found passage is right when its variant span overlaps a plant and its
// source span overlaps the plant's gold source span; a plant is found when
// right passages cover at least half of its characters. Tuned on ja-en hosts
// and donors; is-en is held out.
//
//   node scripts/eval-passages.mjs [data-dir] [--pairs N] [--max-gap N]
//
// Build first: `pnpm build`.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {findReusedPassages} from '../packages/core/dist/index.js'
import {dataFolder, random} from './retrieval/corpus.mjs'

const args = process.argv.slice(2)
const at = args.indexOf('--pairs')
const pairCount = at === -1 ? 300 : Number(args[at + 1])
const gapAt = args.indexOf('--max-gap')
const passageOptions = gapAt === -1 ? {} : {maxGap: Number(args[gapAt + 1])}
const dir = dataFolder(args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--pairs' && args[index - 1] !== '--max-gap'), 'eval-passages')

// 1. Seeds.
const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
const s001 = seed('001_db457dd8b98fe6bd.txt')
const seeds = {'002': seed('002_23ede6548529f859.txt'), '003': seed('003_30099c242313f430.txt'), '004': seed('004_f1b56273edc3bd21.txt')}
console.log('seeds:')
const in003 = findReusedPassages(s001, seeds['003']).map((passage) => seeds['003'].slice(passage.variant.start, passage.variant.end))
for (const wanted of ['Security guards were seen retreating inside the embassy', 'hurled water bottles and smashed security cameras outside', 'which is a separate force from the Lebanese Hezbollah']) {
  console.log(`  001↔003 ${in003.some((text) => text.includes(wanted)) ? 'finds' : 'MISSES'} “${wanted}”`)
}
console.log(`  001↔003: ${in003.length} passages`)
for (const name of ['002', '004']) {
  const found = findReusedPassages(s001, seeds[name])
  console.log(`  001↔${name}: ${found.length} passage(s)${found.map((passage) => ` “${seeds[name].slice(passage.variant.start, passage.variant.end)}” (${passage.words} words)`).join(',')}`)
}

// 2. Plants in real documents.
const documents = JSON.parse(readFileSync(join(dir, 'wmt21-ja-is-en-docs.json'), 'utf8')).map((doc) => ({
  group: doc.set.includes('ja-en') ? 'ja-en' : 'is-en',
  reference: doc.reference,
  mt: Object.values(doc.mt),
}))
const words = (line) => line.split(/\s+/).filter(Boolean)
const longWords = (list) => list.filter((word) => /\p{L}{4,}/u.test(word)).length

function buildCase(next, group, kind) {
  const pick = (n) => Math.floor(next() * n)
  const pool = documents.filter((document) => document.group === group)
  const donor = pool[pick(pool.length)]
  let host = pool[pick(pool.length)]
  while (host === donor) host = pool[pick(pool.length)]
  const sourceText = donor.reference.join('\n')
  const lineStarts = []
  donor.reference.reduce((offset, line) => (lineStarts.push(offset), offset + line.length + 1), 0)
  const hostLines = [...host.reference]
  const plants = []
  const planted = kind === 'none' ? 0 : 1 + pick(2)
  for (let attempt = 0; attempt < 40 && plants.length < planted; attempt++) {
    const lineIndex = pick(donor.reference.length)
    const from = kind === 'retranslated' ? donor.mt[pick(donor.mt.length)][lineIndex] : donor.reference[lineIndex]
    if (from === undefined || (kind === 'retranslated' && from === donor.reference[lineIndex])) continue
    const fromWords = words(from)
    const length = 10 + pick(9)
    if (fromWords.length < length) continue
    const start = pick(fromWords.length - length + 1)
    const clause = fromWords.slice(start, start + length).join(' ')
    if (longWords(fromWords.slice(start, start + length)) < 5) continue
    const hostIndex = pick(hostLines.length)
    const hostWords = words(hostLines[hostIndex])
    if (hostWords.length < 6 || plants.some((plant) => plant.hostIndex === hostIndex)) continue
    const cut = 2 + pick(hostWords.length - 3)
    let goldSource
    if (kind === 'verbatim') {
      const clauseAt = donor.reference[lineIndex].indexOf(clause)
      goldSource = {start: lineStarts[lineIndex] + clauseAt, end: lineStarts[lineIndex] + clauseAt + clause.length}
    } else goldSource = {start: lineStarts[lineIndex], end: lineStarts[lineIndex] + donor.reference[lineIndex].length}
    hostLines[hostIndex] = [...hostWords.slice(0, cut), clause, ...hostWords.slice(cut)].join(' ')
    plants.push({hostIndex, clause, goldSource})
  }
  const variantText = hostLines.join('\n')
  let offset = 0
  const hostStarts = hostLines.map((line) => ((offset += line.length + 1), offset - line.length - 1))
  for (const plant of plants) {
    const startAt = hostStarts[plant.hostIndex] + hostLines[plant.hostIndex].indexOf(plant.clause)
    plant.variant = {start: startAt, end: startAt + plant.clause.length}
  }
  return {sourceText, variantText, plants}
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
console.log('\nplanted passages (WMT21 documents):\n')
console.log('| hosts and donors | split | plants | pairs | plants found (recall) | passages found | right (precision) | false passages per pair without a plant |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const group of ['ja-en', 'is-en']) {
  for (const kind of ['verbatim', 'retranslated']) {
    const next = random(group === 'ja-en' ? (kind === 'verbatim' ? 11 : 12) : kind === 'verbatim' ? 21 : 22)
    let plants = 0
    let foundPlants = 0
    let passages = 0
    let right = 0
    for (let index = 0; index < pairCount; index++) {
      const example = buildCase(next, group, kind)
      const found = findReusedPassages(example.sourceText, example.variantText, passageOptions)
      passages += found.length
      const correct = found.filter((passage) => example.plants.some((plant) => overlap(passage.variant, plant.variant) > 0 && overlap(passage.source, plant.goldSource) > 0))
      right += correct.length
      for (const plant of example.plants) {
        plants++
        const covered = correct.reduce((sum, passage) => sum + overlap(passage.variant, plant.variant), 0)
        if (covered >= (plant.variant.end - plant.variant.start) / 2) foundPlants++
      }
    }
    // Pairs without plants.
    const nextNone = random(group === 'ja-en' ? 13 : 23)
    let falsePassages = 0
    for (let index = 0; index < pairCount; index++) {
      const example = buildCase(nextNone, group, 'none')
      falsePassages += findReusedPassages(example.sourceText, example.variantText, passageOptions).length
    }
    console.log(`| ${group} ${kind} | ${group === 'ja-en' ? 'tuning' : 'held out'} | ${plants} | ${pairCount} | ${(foundPlants / plants).toFixed(3)} | ${passages} | ${(right / Math.max(1, passages)).toFixed(3)} | ${(falsePassages / pairCount).toFixed(3)} |`)
  }
}
