// What a smaller language-profile table would change: franc-min's profiles cut to their N most
// frequent trigrams (it ships 300 per language), ranked as `rankLanguages` ranks them, against
// the whole profiles, on real text. A smaller table would make the core's bundle smaller
// (docs/benchmarks.md, "Bundle size"); this counts the answers it would change.
//
// Run: node scripts/eval-profile-length.mjs [../shared/data/real] [--trigrams 250,200,150,100]
//
// Settings: compareTexts' document call (first 256 characters, Scots ignored), detectLanguage's
// defaults (2,048 characters, every language), and the untranslated-segment detector's sentence
// call (its 13 candidate languages, 60 characters at least; the answer and whether English
// still scores above 0.85). The ranking here restates rank-languages.ts; with the whole
// profiles it is checked against the built `detectLanguage` on every document first.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {defaultCandidateLanguages, detectLanguage} from '../packages/core/dist/index.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {trigrams: {type: 'string', default: '250,200,150,100'}}})
const folder = positionals[0] ?? new URL('../../shared/data/real/', import.meta.url).pathname
if (!existsSync(folder)) {
  console.error(`No real data at ${folder}: pass the folder of ../shared/data/real as the first argument.`)
  process.exit(2)
}
const resolveFromCore = createRequire(new URL('../packages/core/package.json', import.meta.url))
const {data} = await import(pathToFileURL(resolveFromCore.resolve('franc-min/data.js')).href)
const {expressions} = await import(pathToFileURL(resolveFromCore.resolve('franc-min/expressions.js')).href)
const scripts = Object.entries(expressions)
const penalty = 300

/** Per script: languages and, per trigram, (language, rank) pairs, from profiles cut to `kept` trigrams. */
function index(kept) {
  return new Map(
    Object.entries(data).map(([script, profiles]) => {
      const languages = Object.keys(profiles)
      const postings = new Map()
      languages.forEach((language, languageIndex) => {
        const seen = new Set()
        profiles[language].split('|').slice(0, kept).forEach((trigram, rank) => {
          if (seen.has(trigram)) return
          seen.add(trigram)
          if (!postings.has(trigram)) postings.set(trigram, [])
          postings.get(trigram).push(languageIndex, rank)
        })
      })
      return [script, {languages, postings}]
    }),
  )
}

/** `rankLanguages` over the given index. */
function rank(profilesByScript, text, {only = [], ignore = [], minLength = 10} = {}) {
  const allowed = (code) => (only.length === 0 || only.includes(code)) && !ignore.includes(code)
  if (text.length === 0 || text.length < minLength) return [['und', 1]]
  const value = text.slice(0, 2048)
  let name
  let count = -1
  for (const [script, expression] of scripts) {
    const found = value.match(expression)?.length ?? 0
    if (found > count) [count, name] = [found, script]
  }
  const profiles = name === undefined ? undefined : profilesByScript.get(name)
  if (!profiles) return name === undefined || count === 0 || !allowed(name) ? [['und', 1]] : [[name, 1]]
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map()
  for (let i = 0; i + 3 <= cleaned.length; i++) counts.set(cleaned.slice(i, i + 3), (counts.get(cleaned.slice(i, i + 3)) ?? 0) + 1)
  const distances = new Array(profiles.languages.length).fill(0)
  for (const [trigram, times] of counts) {
    const list = profiles.postings.get(trigram) ?? []
    for (let i = 0; i < list.length; i += 2) distances[list[i]] += Math.abs(times - list[i + 1] - 1) - penalty
  }
  const ranked = profiles.languages.flatMap((code, i) => (allowed(code) ? [[code, distances[i] + counts.size * penalty]] : []))
  if (ranked.length === 0) return [['und', 1]]
  ranked.sort((left, right) => left[1] - right[1])
  const spread = value.length * penalty - ranked[0][1]
  return ranked.map(([code, distance]) => [code, 1 - (distance - ranked[0][1]) / spread || 0])
}

/** detectLanguage's cleaning (links and handles are rare in these sets; whitespace collapsed). */
const prose = (text, maxLength) => text.slice(0, maxLength * 2 + 256).replace(/\s+/g, ' ').trim().slice(0, maxLength)
const settings = {
  'compareTexts (256, no sco)': (profiles, text) => rank(profiles, prose(text, 256), {ignore: ['sco']})[0][0],
  'detectLanguage defaults (2,048)': (profiles, text) => rank(profiles, prose(text, 2048))[0][0],
  'untranslated sentence (13 candidates, ≥ 60)': (profiles, text) => {
    const scores = rank(profiles, text, {only: [...defaultCandidateLanguages], minLength: 60})
    return `${scores[0][0]}${(scores.find(([code]) => code === 'eng')?.[1] ?? 0) > 0.85 ? '' : ' (eng ≤ 0.85)'}`
  },
}

const read = (name) => readFileSync(`${folder}/${name}`, 'utf8')
const sets = {}
sets['WMT21 ja/is→en documents'] = JSON.parse(read('wmt21-ja-is-en-docs.json')).flatMap((doc) => [doc.reference, ...Object.values(doc.mt)].map((lines) => lines.join('\n')))
sets['WMT21 ja/is→en lines'] = JSON.parse(read('wmt21-ja-is-en-docs.json')).flatMap((doc) => [doc.reference, ...Object.values(doc.mt)].flat())
sets['MRPC sentences'] = read('mrpc-train.jsonl').split('\n').filter(Boolean).flatMap((line) => {
  const {source, variant} = JSON.parse(line)
  return [source, variant]
})

const whole = index(300)
let checked = 0
for (const text of sets['WMT21 ja/is→en documents']) {
  if (settings['detectLanguage defaults (2,048)'](whole, text) !== detectLanguage(text)) {
    console.error('the ranking restated here differs from detectLanguage: fix this script first')
    process.exit(1)
  }
  checked++
}
console.error(`checked against detectLanguage on ${checked} documents`)

console.log('| trigrams per profile | texts | n | setting | answers changed | examples (whole → cut) |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const kept of values.trigrams.split(',').map(Number)) {
  const cut = index(kept)
  for (const [name, texts] of Object.entries(sets)) {
    for (const [label, answer] of Object.entries(settings)) {
      if (name.endsWith('documents') === label.startsWith('untranslated')) continue
      const changed = new Map()
      let count = 0
      for (const text of texts) {
        const before = answer(whole, text)
        const after = answer(cut, text)
        if (before === after) continue
        count++
        changed.set(`${before}→${after}`, (changed.get(`${before}→${after}`) ?? 0) + 1)
      }
      const examples = [...changed].sort((left, right) => right[1] - left[1]).slice(0, 3).map(([change, times]) => `${change} ×${times}`).join(', ')
      console.log(`| ${kept} | ${name} | ${texts.length} | ${label} | ${count} | ${examples || '–'} |`)
    }
  }
}
