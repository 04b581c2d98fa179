// Speed of segmentation on the seeds. Needs a build first:
//   npx -y pnpm@10 --filter @driftlens/core build && node bench/segment.bench.mjs
// Prints the median time per call after warm-up; nothing here is asserted.
import {readFileSync} from 'node:fs'
import * as core from '../packages/core/dist/index.js'

const seed = (name) => readFileSync(new URL(`../seeds/${name}.txt`, import.meta.url), 'utf8')
const texts = {
  '001': seed('001_db457dd8b98fe6bd'),
  '000': seed('000_45abfce7d79872e0'),
}
texts['(001+000)×50'] = Array.from({length: 50}, () => `${texts['001']}\n\n${texts['000']}`).join('\n\n')

function median(fn, minRuns, minMs = 300) {
  for (let i = 0; i < Math.min(minRuns, 50); i++) fn()
  const times = []
  const until = performance.now() + minMs
  while (times.length < minRuns || performance.now() < until) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[times.length >> 1]
}

const rows = []
for (const [name, text] of Object.entries(texts)) {
  const runs = text.length > 100_000 ? 20 : 500
  const count = core.segmentSentences(text).length
  rows.push({text: name, chars: text.length, sentences: count,
    'rules ms': median(() => core.segmentSentences(text), runs).toFixed(3),
    'sentence-splitter ms': median(() => core.segmentSentences(text, {splitter: 'sentence-splitter'}), runs).toFixed(3),
    'paragraphs ms': median(() => core.segmentParagraphs(text), runs).toFixed(3),
    ...(core.normalizeText ? {'normalizeText ms': median(() => core.normalizeText(text), runs).toFixed(3)} : {}),
    ...(core.detectLanguage ? {'detectLanguage ms': median(() => core.detectLanguage(text), runs).toFixed(3)} : {}),
  })
}
console.log(`node ${process.version}`)
console.table(rows)
