// Text built to make driftlens work hardest, shared by the benchmarks. Not a
// benchmark itself (the name does not end in `.bench.mjs`).
//
// - `relatedPair`: the seeds 001 (source) and 000 (its round-trip
//   translation), repeated until each side reaches the size: the "normal" pair.
// - `punctuationPair`: long sentences that differ in every punctuation mark
//   (`a,a,a…` against `a;a;a…`, `word` and 1,995 dots against 1,995 dashes),
//   the worst case of a word diff.
// - `unrelatedPair`: two unrelated texts over one shared vocabulary: sentences
//   of 8–30 words drawn from the seeds' words by their frequency, the source
//   and the variant from two different seeds of one PRNG.
import {readFileSync} from 'node:fs'

const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
export const s001 = seed('001_db457dd8b98fe6bd.txt')
export const s000 = seed('000_45abfce7d79872e0.txt')

/** Repeat `unit()` (a paragraph) until the text reaches `size` characters. */
function fill(size, unit) {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = unit(index)
    parts.push(part)
    length += part.length + 2
  }
  return parts.join('\n\n')
}

/** The seeds 001 ↔ 000 repeated to `size` characters each. */
export function relatedPair(size) {
  return [fill(size, () => s001), fill(size, () => s000)]
}

/** Long sentences differing in every punctuation mark, alternately of the two kinds, to `size` characters each. */
export function punctuationPair(size) {
  const commas = (mark) => `The ${'a'.concat(mark).repeat(1000)}a.`
  const source = fill(size, (index) => (index % 2 === 0 ? commas(',') : `word${'.'.repeat(1995)}`))
  const variant = fill(size, (index) => (index % 2 === 0 ? commas(';') : `word${'-'.repeat(1995)}`))
  return [source, variant]
}

/** mulberry32: a small seeded PRNG, so every run builds the same text. */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const vocabulary = (() => {
  const words = [...(s001 + ' ' + s000).matchAll(/\p{L}+/gu)].map((match) => match[0])
  return words
})()

/** Prose of `size` characters: sentences of words drawn by their frequency in the seeds. */
function randomProse(size, state) {
  const random = mulberry32(state)
  return fill(size, () => {
    const sentences = []
    for (let count = 3 + Math.floor(random() * 4); count > 0; count--) {
      const length = 8 + Math.floor(random() * 23)
      const words = Array.from({length}, () => vocabulary[Math.floor(random() * vocabulary.length)])
      words[0] = words[0][0].toUpperCase() + words[0].slice(1)
      sentences.push(`${words.join(' ')}.`)
    }
    return sentences.join(' ')
  })
}

/** Two unrelated texts over the seeds' vocabulary, `size` characters each. */
export function unrelatedPair(size) {
  return [randomProse(size, 1), randomProse(size, 2)]
}
