// Bounded work on hostile input: each corner that once grew faster than its
// input, timed at growing sizes (×2 and ×10), and the 1 MB hostile pair
// against a 1 MB normal pair. Each figure is one call in a fresh process
// (these inputs take seconds; a warm-up loop would take minutes), so single
// figures vary with the machine's load; the ratios are what to read.
//
// Run: npx -y pnpm@10 build && node bench/run.mjs hostile
//      node bench/hostile.bench.mjs --quick    (skips the 5 MB alignments)
import {spawnSync} from 'node:child_process'
import {punctuationPair, relatedPair, unrelatedPair} from './hostile-text.mjs'

const core = '../packages/core/dist/index.js'

// Child mode: run one case, print its milliseconds.
if (process.argv[2] === '--case') {
  const [, , , name, sizeText] = process.argv
  const size = Number(sizeText)
  const {alignSentences, compareTexts, findArtifacts, segmentSentences} = await import(core)
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const run = {
    'compare hostile': () => compareTexts(...punctuationPair(size)),
    'compare normal': () => compareTexts(...relatedPair(size)),
    'compare unrelated': () => compareTexts(...unrelatedPair(size)),
    'align unrelated': () => {
      const [source, variant] = unrelatedPair(size).map((text) => segmentSentences(text))
      return () => alignSentences(source, variant)
    },
    'align related': () => {
      const [source, variant] = relatedPair(size).map((text) => segmentSentences(text))
      return () => alignSentences(source, variant)
    },
    'compare one-letter lines': () => {
      const lines = (step, offset) => Array.from({length: size}, (_, index) => letters[(index * step + offset) % 26]).join('\n')
      return () => compareTexts(lines(1, 0), lines(7, 3))
    },
    'findArtifacts &amp;': () => () => findArtifacts('&amp;'.repeat(size / 5)),
    'findArtifacts a@': () => () => findArtifacts('a@'.repeat(size / 2)),
  }[name]
  // A case either runs (inputs built inside the timing are built in well under a second) or returns the call to time.
  const prepared = name.startsWith('compare ') && name !== 'compare one-letter lines' ? undefined : run()
  const texts = prepared ? undefined : {hostile: punctuationPair, normal: relatedPair, unrelated: unrelatedPair}[name.split(' ')[1]](size)
  const start = performance.now()
  const result = prepared ? prepared() : compareTexts(...texts)
  const ms = performance.now() - start
  const beads = result.alignment ?? result.beads ?? []
  const flags = beads.filter?.((bead) => bead.coarseDiff).length ?? 0
  const cut = beads.filter?.((bead) => bead.metrics?.terUpperBound).length ?? 0
  console.log(JSON.stringify({ms, flags, cut}))
  process.exit(0)
}

const quick = process.argv.includes('--quick')
const timeCase = (name, size) => {
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--case', name, String(size)], {encoding: 'utf8', maxBuffer: 1 << 20})
  if (child.status !== 0) throw new Error(`${name} at ${size}: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1))
}
const format = (ms) => (ms < 100 ? ms.toFixed(1) : ms.toFixed(0))
const MB = 1_000_000

const growthRows = [
  ['compare hostile', [100_000, 200_000, MB], 'characters per side (long sentences differing in every punctuation mark)'],
  ['compare one-letter lines', [10_000, 20_000, 100_000], 'one-letter lines per side, the variant a permutation'],
  ['findArtifacts &amp;', [100_000, 200_000, MB], 'characters of `&amp;`'],
  ['findArtifacts a@', [100_000, 200_000, MB], 'characters of `a@`'],
  ['align unrelated', quick ? [250_000, 500_000] : [500_000, MB, 5 * MB], 'characters per side of unrelated prose over one vocabulary'],
]
console.log('| corner | sizes | ms at each size | ×2 cost | ×10 cost | flagged beads (coarse diff / TER upper bound) at the largest |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [name, sizes, unit] of growthRows) {
  const results = sizes.map((size) => timeCase(name, size))
  const times = results.map((result) => result.ms)
  const ratio = (to) => {
    const from = sizes.indexOf(sizes[0])
    const index = sizes.findIndex((size) => size === sizes[from] * to)
    return index < 0 ? '–' : `${(times[index] / times[from]).toFixed(1)}×`
  }
  const last = results.at(-1)
  console.log(`| ${name} | ${sizes.map((size) => size.toLocaleString('en')).join(' / ')} ${unit} | ${times.map(format).join(' / ')} | ${ratio(2)} | ${ratio(10)} | ${last.flags} / ${last.cut} |`)
}

const hostile = timeCase('compare hostile', MB)
const normal = timeCase('compare normal', MB)
console.log(`\n1 MB hostile pair (compareTexts, everything on): ${format(hostile.ms)} ms, ${hostile.flags} beads with a coarse diff`)
console.log(`1 MB normal pair (seeds 001 ↔ 000 repeated): ${format(normal.ms)} ms`)
console.log(`hostile / normal: ${(hostile.ms / normal.ms).toFixed(2)}× (target ≤ 3×)`)
if (!quick) {
  const unrelated = timeCase('compare unrelated', 5 * MB)
  const related = timeCase('compare normal', 5 * MB)
  console.log(`5 MB unrelated prose: ${format(unrelated.ms)} ms; 5 MB related pair: ${format(related.ms)} ms; ratio ${(unrelated.ms / related.ms).toFixed(2)}× (target ≤ 2×)`)
}
