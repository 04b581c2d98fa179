// The standard metrics (chrF, chrF++, BLEU, TER) on the seed 001 (source) /
// 000 (variant) pairs of the sacrebleu fixtures. Figures go to
// docs/metrics.md and docs/benchmarks.md. Needs a build of @driftlens/core.
import {readFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import {Bench} from 'tinybench'
import {
  corpusBleu,
  corpusChrf,
  corpusTer,
  scoreBead,
  scoreDocument,
  sentenceBleu,
  sentenceChrf,
  sentenceTer,
} from '../packages/core/dist/index.js'

const fixtures = new URL('../packages/core/test/fixtures/sacrebleu/', import.meta.url)
const pairs = readFileSync(new URL('pairs.jsonl', fixtures), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
const byPrefix = (prefix) => pairs.filter((pair) => pair.id.startsWith(prefix))
const paragraphs = byPrefix('aj-para-')
const sentences = byPrefix('aj-sent-')
const unmatched = byPrefix('aj-unmatched-')
const whole = pairs.find((pair) => pair.id === 'aj-doc-raw')

// A 40-sentence pair: the 16 aligned seed sentence pairs, cycled.
const forty = Array.from({length: 40}, (_, i) => sentences[i % sentences.length])
const fortyHyp = forty.map((pair) => pair.hyp)
const fortyRef = forty.map((pair) => pair.ref)
const fortyHypText = fortyHyp.join(' ')
const fortyRefText = fortyRef.join(' ')
const paraHyp = paragraphs.map((pair) => pair.hyp)
const paraRef = paragraphs.map((pair) => pair.ref)

const bench = new Bench({time: 1000, warmupTime: 200})
bench
  .add('chrF, 40-sentence pair as one segment', () => sentenceChrf(fortyHypText, fortyRefText))
  .add('chrF, 40 sentence pairs (corpus)', () => corpusChrf(fortyHyp, fortyRef))
  .add('chrF++, 40 sentence pairs (corpus)', () => corpusChrf(fortyHyp, fortyRef, {wordOrder: 2}))
  .add('BLEU, 40 sentence pairs (corpus)', () => corpusBleu(fortyHyp, fortyRef))
  .add('BLEU, 40 sentence pairs (one sentenceBleu each)', () => fortyHyp.forEach((hyp, i) => sentenceBleu(hyp, fortyRef[i])))
  .add(`TER per pair, seed 001/000 (${paragraphs.length} paragraph pairs)`, () => corpusTer(paraHyp, paraRef))
  .add('TER per pair, 40 sentence pairs', () => fortyHyp.forEach((hyp, i) => sentenceTer(hyp, fortyRef[i])))
  .add('TER, whole seed document as one segment', () => sentenceTer(whole.hyp, whole.ref))
  .add('scoreBead, one paragraph pair (all four)', () => scoreBead(paragraphs[0].hyp, paragraphs[0].ref))
  .add('scoreDocument, seed 001/000 paragraphs + unmatched (all four)', () =>
    scoreDocument([...paragraphs, ...unmatched].map((pair) => ({hypothesis: pair.hyp, reference: pair.ref}))),
  )
await bench.run()

console.table(
  bench.tasks.map((task) => {
    const latency = task.result.latency
    return {
      task: task.name,
      'mean ms': latency.mean.toFixed(3),
      'median ms': latency.p50.toFixed(3),
      'p99 ms': latency.p99.toFixed(3),
      samples: latency.samples?.length ?? latency.samplesCount,
    }
  }),
)
// Wall-clock figures grow with whatever else the machine runs: say how busy it was.
console.log(`load average over the last minute: ${loadavg()[0].toFixed(2)} on this machine`)
