// Language detection before and after the switch from franc (187 languages,
// one profile lookup per trigram and language) to the indexed franc-min
// profiles of `detectLanguage`: the answers on real documents, side by side,
// and the CPU time per document on the seeds.
//
// Before = franc 6 on the text cleaned as `detectLanguage` cleaned it then.
// After = the built `detectLanguage`. Both run with compareTexts' settings
// (256 characters, Scots ignored) and with detectLanguage's own defaults
// (2,048 characters, every language).
//
// Run: npx -y pnpm@10 build && node scripts/eval-language.mjs [../shared/data/real]
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {detectLanguage} from '../packages/core/dist/index.js'

const folder = process.argv[2] ?? new URL('../../shared/data/real/', import.meta.url).pathname
if (!existsSync(folder)) {
  console.error(`No real data at ${folder}: pass the folder of ../shared/data/real as the first argument.`)
  process.exit(2)
}
const resolveFromCore = createRequire(new URL('../packages/core/package.json', import.meta.url))
const {franc} = await import(pathToFileURL(resolveFromCore.resolve('franc')).href)

// The cleaning detectLanguage did before (its e-mail pattern is cubic on a run of `@`, harmless on these texts).
const before = (text, {ignore = [], maxLength = 2048} = {}) => {
  const sample = text.slice(0, maxLength * 2 + 256)
  const prose = sample.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|@\w+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength)
  return franc(prose, {ignore, minLength: 10})
}

const read = (name) => readFileSync(`${folder}/${name}`, 'utf8')
const chunks = (lines, size) => Array.from({length: Math.ceil(lines.length / size)}, (_, i) => lines.slice(i * size, (i + 1) * size).join('\n'))
const sets = {}
sets['WMT21 ja/is→en documents (reference + 3 systems)'] = JSON.parse(read('wmt21-ja-is-en-docs.json')).flatMap((doc) => [doc.reference, ...Object.values(doc.mt)].map((lines) => lines.join('\n')))
sets['WMT21 de/cs→en two references, 20-line chunks'] = JSON.parse(read('two-refs-news-de-cs-en.json')).flatMap((entry) => [...chunks(entry.lines_a, 20), ...chunks(entry.lines_b, 20)])
const ted = JSON.parse(read('two-refs-ted-zhen.json'))
sets['TED talks, English (both sides)'] = ted.flatMap((talk) => [talk.lines_a.join('\n'), talk.lines_b.join('\n')])
sets['TED talks, Chinese subtitles'] = ted.map((talk) => talk.source_zh.join('\n'))
const mqm = read('mqm-ted-zhen.jsonl').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const seen = new Set()
sets['MQM TED Chinese source segments'] = mqm.filter((row) => !seen.has(row.seg) && seen.add(row.seg)).map((row) => row.source)
sets['MQM TED system outputs (sentences)'] = mqm.map((row) => row.mt)
const sentencePairs = (name) => read(name).split('\n').filter(Boolean).flatMap((line) => {
  const row = JSON.parse(line)
  return [row.source, row.variant]
})
sets['MRPC sentences'] = sentencePairs('mrpc-train.jsonl')
sets['SICK sentences'] = sentencePairs('sick-train.jsonl')
const seedFolder = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedFolder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, seedFolder), 'utf8'))
sets['seeds'] = seeds

const settings = {'compareTexts (256, no sco)': {maxLength: 256, ignore: ['sco']}, 'detectLanguage defaults (2,048)': {}}
console.log('| texts | n | setting | same answer | `eng` before → after | answers before → after where they differ |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [name, texts] of Object.entries(sets)) {
  for (const [label, options] of Object.entries(settings)) {
    let same = 0
    let englishBefore = 0
    let englishAfter = 0
    const changes = new Map()
    for (const text of texts) {
      const old = before(text, options)
      const now = detectLanguage(text, options)
      if (old === 'eng') englishBefore++
      if (now === 'eng') englishAfter++
      if (old === now) same++
      else changes.set(`${old}→${now}`, (changes.get(`${old}→${now}`) ?? 0) + 1)
    }
    const top = [...changes].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([key, count]) => `${key} ×${count}`).join(', ')
    console.log(`| ${name} | ${texts.length} | ${label} | ${same}/${texts.length} | ${englishBefore} → ${englishAfter} | ${top || '–'} |`)
  }
}

// CPU time per seed document (median of 15 rounds of 200 calls each), before and after.
const time = (detect, options) => {
  for (let i = 0; i < 50; i++) for (const text of seeds) detect(text, options)
  const rounds = []
  for (let round = 0; round < 15; round++) {
    const start = process.cpuUsage()
    for (let i = 0; i < 200; i++) for (const text of seeds) detect(text, options)
    const used = process.cpuUsage(start)
    rounds.push((used.user + used.system) / 1000 / 200 / seeds.length)
  }
  return rounds.sort((a, b) => a - b)[7].toFixed(3)
}
console.log('\n| setting | before, ms CPU per seed | after, ms CPU per seed |')
console.log('| --- | --- | --- |')
for (const [label, options] of Object.entries(settings)) console.log(`| ${label} | ${time(before, options)} | ${time(detectLanguage, options)} |`)
