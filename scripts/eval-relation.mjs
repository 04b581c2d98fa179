// Precision and recall of the relation verdict (summary.relation) on labelled
// pairs: the seeds, hand-written variants of two articles of our own
// (packages/core/test/fixtures/relation/), and pairs built from the seeds by
// known edits (a few words changed; a few sentences of one report planted in
// another).
//
// Run: npx -y pnpm@10 build && node scripts/eval-relation.mjs
import {readFileSync} from 'node:fs'
import {compareTexts, segmentSentences} from '../packages/core/dist/index.js'

const root = new URL('../', import.meta.url)
const read = (path) => readFileSync(new URL(path, root), 'utf8')
const seed = {
  '000': read('seeds/000_45abfce7d79872e0.txt'),
  '001': read('seeds/001_db457dd8b98fe6bd.txt'),
  '002': read('seeds/002_23ede6548529f859.txt'),
  '003': read('seeds/003_30099c242313f430.txt'),
  '004': read('seeds/004_f1b56273edc3bd21.txt'),
}
const fixture = (name) => read(`packages/core/test/fixtures/relation/${name}.txt`)
const tram = fixture('source')
const football = fixture('unrelated-football')
const recipe = fixture('unrelated-recipe')

/** Change a few words, keeping the meaning: the kind of edit a copy editor makes. */
function lightlyEdit(text) {
  const swaps = [[' said ', ' stated '], [' the embassy', ' the mission'], [' attack ', ' assault '], [' Tuesday', ' Tuesday,'], [' protesters', ' demonstrators']]
  let edited = text
  for (const [from, to] of swaps) edited = edited.replace(from, to)
  return edited
}

/** Plant `count` sentences of `donor` in `host`, spread through it. */
function plant(host, donor, count) {
  const paragraphs = host.split(/\n\s*\n/)
  const donated = segmentSentences(donor).filter((sentence) => sentence.text.length > 80).slice(0, count).map((sentence) => sentence.text)
  donated.forEach((sentence, index) => paragraphs.splice(Math.floor(((index + 1) * paragraphs.length) / (count + 1)), 0, sentence))
  return paragraphs.join('\n\n')
}

const cases = [
  ['identical', seed['001'], seed['001'], '001 against itself'],
  ['identical', seed['003'], seed['003'], '003 against itself'],
  ['identical', tram, tram, 'tram article against itself'],
  ['light-edit', tram, fixture('light-edit'), 'tram article, two words changed'],
  ['light-edit', football, fixture('football-light-edit'), 'football report, two words changed'],
  ['light-edit', seed['002'], lightlyEdit(seed['002']), '002 with a few words swapped'],
  ['light-edit', seed['004'], lightlyEdit(seed['004']), '004 with a few words swapped'],
  ['paraphrase', tram, fixture('paraphrase'), 'tram article rewritten by hand'],
  ['paraphrase', football, fixture('football-paraphrase'), 'football report rewritten by hand'],
  ['retranslation', seed['001'], seed['000'], '001 ↔ its round trip 000'],
  ['retranslation', tram, fixture('retranslation'), 'tram article, round-trip style'],
  ['retranslation', football, fixture('football-retranslation'), 'football report, round-trip style'],
  ['partial-reuse', seed['001'], seed['003'], '001 ↔ 003'],
  ['partial-reuse', seed['001'], plant(seed['002'], seed['001'], 4), '4 sentences of 001 planted in 002'],
  ['partial-reuse', seed['002'], plant(seed['004'], seed['002'], 3), '3 sentences of 002 planted in 004'],
  ['partial-reuse', tram, plant(football, tram, 3), '3 sentences of the tram article planted in the football report'],
  ['independent', seed['001'], seed['002'], '001 ↔ 002'],
  ['independent', seed['001'], seed['004'], '001 ↔ 004'],
  ['independent', seed['002'], seed['004'], '002 ↔ 004'],
  ['independent', seed['000'], seed['002'], '000 ↔ 002'],
  ['unrelated', seed['001'], football, '001 ↔ football report'],
  ['unrelated', seed['001'], recipe, '001 ↔ recipe'],
  ['unrelated', tram, recipe, 'tram article ↔ recipe'],
  ['unrelated', football, recipe, 'football report ↔ recipe'],
  ['unrelated', seed['002'], tram, '002 ↔ tram article'],
]

const relations = ['identical', 'light-edit', 'paraphrase', 'retranslation', 'partial-reuse', 'independent', 'unrelated']
const counts = Object.fromEntries(relations.map((relation) => [relation, {tp: 0, fp: 0, fn: 0}]))
let correct = 0
console.log('| expected | got | case |\n| --- | --- | --- |')
for (const [expected, source, variant, name] of cases) {
  const got = compareTexts(source, variant).summary.relation
  console.log(`| ${expected} | ${got === expected ? got : `**${got}**`} | ${name} |`)
  if (got === expected) {
    counts[expected].tp++
    correct++
  } else {
    counts[expected].fn++
    counts[got].fp++
  }
}
const ratio = (a, b) => (b === 0 ? '—' : (a / b).toFixed(2))
console.log('\n| relation | cases | precision | recall |\n| --- | ---: | ---: | ---: |')
for (const relation of relations) {
  const {tp, fp, fn} = counts[relation]
  console.log(`| ${relation} | ${tp + fn} | ${ratio(tp, tp + fp)} | ${ratio(tp, tp + fn)} |`)
}
console.log(`\n${correct} of ${cases.length} verdicts right.`)
