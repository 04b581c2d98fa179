// Compare the Al Jazeera wire story (seed 001) with four other texts about the
// same event and print what a new user looks at first: the verdict, how much
// of each text has a counterpart, the aligned pairs, and what was inserted,
// omitted or moved.
//
// Run from the repository root: `npx -y pnpm@10 examples`.
import {readFileSync} from 'node:fs'
import {compareTexts} from '@driftlens/core'

const seeds = new URL('../seeds/', import.meta.url)
const read = (name) => readFileSync(new URL(name, seeds), 'utf8')
const source = read('001_db457dd8b98fe6bd.txt')
const variants = [
  ['000_45abfce7d79872e0.txt', 'machine round trip of 001'],
  ['003_30099c242313f430.txt', 'Daily Mail, re-uses some of 001'],
  ['002_23ede6548529f859.txt', 'VOA, written independently'],
  ['004_f1b56273edc3bd21.txt', 'Daily Signal, written independently'],
]

const clip = (text, width = 70) => (text.length <= width ? text : text.slice(0, width - 1) + '…')
const percent = (value) => `${Math.round(value * 100)}%`

for (const [file, description] of variants) {
  const variant = read(file)
  const report = compareTexts(source, variant)
  const {summary} = report
  const sentence = (side, index) => report[side].sentences[index].text
  console.log(`\n=== 001 ↔ ${file.slice(0, 3)} (${description})`)
  console.log(`verdict   ${summary.relation}: ${summary.reason}`)
  console.log(`coverage  source ${percent(summary.coverage.source)}, variant ${percent(summary.coverage.variant)}; similarity ${summary.similarity.toFixed(2)}`)

  const linked = report.alignment.filter((bead) => bead.source.length > 0 && bead.variant.length > 0)
  console.log(`aligned   ${linked.length} bead${linked.length === 1 ? '' : 's'}`)
  for (const bead of linked) {
    const tag = `${bead.kind}${bead.moved ? ', moved' : ''}`.padEnd(13)
    console.log(`  S${bead.source.join('+')} ↔ V${bead.variant.join('+')}  ${tag} ${bead.similarity.toFixed(2)}  ${clip(sentence('variant', bead.variant[0]))}`)
    for (const signal of bead.signals) console.log(`      ${signal.kind}: ${signal.message}`)
  }
  const insertions = report.alignment.filter((bead) => bead.kind === 'insertion')
  const omissions = report.alignment.filter((bead) => bead.kind === 'omission')
  const moved = linked.filter((bead) => bead.moved)
  console.log(`inserted  ${insertions.length} variant sentence${insertions.length === 1 ? '' : 's'} with no counterpart`)
  for (const bead of insertions.slice(0, 3)) console.log(`  + V${bead.variant[0]}  ${clip(sentence('variant', bead.variant[0]))}`)
  if (insertions.length > 3) console.log(`  … and ${insertions.length - 3} more`)
  console.log(`omitted   ${omissions.length} source sentence${omissions.length === 1 ? '' : 's'} with no counterpart`)
  for (const bead of omissions.slice(0, 3)) console.log(`  - S${bead.source[0]}  ${clip(sentence('source', bead.source[0]))}`)
  if (omissions.length > 3) console.log(`  … and ${omissions.length - 3} more`)
  console.log(`moved     ${moved.length}`)
  for (const bead of moved) console.log(`  ~ S${bead.source[0]} → V${bead.variant[0]}  ${clip(sentence('variant', bead.variant[0]))}`)
  if (report.artifacts.length > 0) {
    const variantArtifacts = report.artifacts.filter((artifact) => artifact.side === 'variant')
    console.log(`artifacts ${variantArtifacts.length} in the variant: ${Object.entries(summary.artifacts).map(([kind, count]) => `${count} ${kind}`).join(', ')}`)
  }
}
