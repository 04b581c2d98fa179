// Every regular expression literal in packages/core/src, timed on the input
// that makes it work hardest. For each pattern the candidates are runs of one
// character and of two alternating characters, drawn from the characters the
// pattern itself names plus a few usual suspects (`a`, space, `.`, `@`, `&`,
// `-`, `#`, `0`). Each pattern scans (as a global match) 10 KB of every
// candidate in a worker; the slowest candidate is then timed at 100 KB and
// 1 MB. A linear pattern grows about 10× per step; a candidate that runs out
// of time (2 s) is printed as such. Patterns built with `new RegExp` are not
// read here; the stage functions that use them are timed at the end.
//
// Run: npx -y pnpm@10 bench regex-worst-case
import {readFileSync, readdirSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const ts = require('typescript')
const root = new URL('../packages/core/src/', import.meta.url)

/** Every regex literal of the non-test sources: [file:line, source, flags]. */
function findLiterals() {
  const found = []
  const walk = (folder) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), folder)
      if (entry.isDirectory()) walk(url)
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(url, 'utf8')
        const file = ts.createSourceFile(entry.name, text, ts.ScriptTarget.ES2022, true)
        const visit = (node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const literal = node.getText(file)
            const end = literal.lastIndexOf('/')
            const where = `${url.pathname.slice(root.pathname.length)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`
            found.push([where, literal.slice(1, end), literal.slice(end + 1)])
          }
          ts.forEachChild(node, visit)
        }
        visit(file)
      }
    }
  }
  walk(root)
  return found
}

/** Candidate worst-case units for one pattern. */
function candidates(source) {
  const named = new Set(source.replace(/\\[a-zA-Z]/g, '').replace(/[\\^$|?*+()[\]{}]/g, '').split(''))
  for (const usual of 'a .@&-#0') named.add(usual)
  const singles = [...named].slice(0, 24)
  const units = [...singles]
  for (const first of singles) for (const second of singles) if (first !== second) units.push(first + second)
  return units
}

// The worker: scan `size` characters of each unit with the pattern, report the time of each.
const workerSource = `
const {parentPort, workerData} = require('node:worker_threads')
const {source, flags, units, size} = workerData
const pattern = new RegExp(source, flags.replace('y', '').replace('g', '') + 'g')
const scan = (text) => {
  let count = 0
  for (const _ of text.matchAll(pattern)) count++
  return count
}
for (const unit of units) scan(unit.repeat(64))
for (const unit of units) {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  parentPort.postMessage({unit, started: true})
  // The fastest of three scans: this machine is shared, and a slow scan is noise, not the pattern.
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    scan(text)
    best = Math.min(best, performance.now() - start)
  }
  parentPort.postMessage({unit, ms: best})
}
parentPort.postMessage({done: true})
`

/** Times of `units` at `size`; a unit still running after `limit` ms is recorded as Infinity and skipped. */
async function timeUnits(source, flags, units, size, limit) {
  const times = new Map()
  let rest = units
  while (rest.length > 0) {
    const finished = await new Promise((resolve) => {
      const worker = new Worker(workerSource, {eval: true, workerData: {source, flags, units: rest, size}})
      let current
      let timer
      const arm = () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          times.set(current, Infinity)
          worker.terminate()
          resolve(false)
        }, limit)
      }
      worker.on('message', (message) => {
        if (message.done) {
          clearTimeout(timer)
          worker.terminate()
          resolve(true)
        } else if (message.started) {
          current = message.unit
          arm()
        } else times.set(message.unit, message.ms)
      })
    })
    rest = finished ? [] : units.filter((unit) => !times.has(unit))
  }
  return times
}

const format = (ms) => (ms === Infinity ? '> 2 s' : ms < 1 ? ms.toFixed(2) : ms.toFixed(0))
// A linear scan grows about 100× from 10 KB to 1 MB; quadratic, 10,000×.
const growth = (row) => (row[2] === Infinity ? 'super-linear' : `${Math.round(row[2] / Math.max(row[0], 0.01))}×`)
const sizes = [10_000, 100_000, 1_000_000]
console.log('| pattern | where | worst input | 10 KB ms | 100 KB ms | 1 MB ms | growth 10 KB → 1 MB |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
// The pattern detectLanguage used before, as a check that the search finds a cubic pattern.
const reference = ['language/detect-language.ts, before', String.raw`\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|@\w+`, 'g']
for (const [where, source, flags] of [reference, ...findLiterals()]) {
  if (!/[+*]|\{\d*,\d*\}/.test(source)) continue
  const at10k = await timeUnits(source, flags, candidates(source), sizes[0], 2000)
  const [worst, worstMs] = [...at10k].sort((a, b) => b[1] - a[1])[0]
  const row = [worstMs]
  for (const size of sizes.slice(1)) {
    if (row.at(-1) === Infinity) row.push(Infinity)
    else row.push((await timeUnits(source, flags, [worst], size, 5000)).get(worst))
  }
  const shown = source.length > 60 ? `${source.slice(0, 57)}…` : source
  console.log(`| \`${shown.replaceAll('|', '\\|')}\` | ${where} | ${JSON.stringify(worst)}×n | ${row.map(format).join(' | ')} | ${growth(row)} |`)
}

// The stage functions, whose patterns are partly built with `new RegExp`, on
// runs of the characters their patterns care about.
const core = await import('../packages/core/dist/index.js')
const stages = {
  detectLanguage: (text) => core.detectLanguage(text, {maxLength: text.length}),
  normalizeText: (text) => core.normalizeText(text),
  tokenizeWords: (text) => core.tokenizeWords(text),
  segmentSentences: (text) => core.segmentSentences(text),
  findArtifacts: (text) => core.findArtifacts(text),
}
const units = ['@', 'a@', 'a@a.', 'www.', ' ', '.', '. ', 'a', '&', '&amp;', ',', '-', '#', '0', '"', '“', ';', 'a ', '. ;', '\n', '<', '(']
console.log('\n| stage | slowest input | 10 KB ms | 100 KB ms | 1 MB ms |')
console.log('| --- | --- | --- | --- | --- |')
for (const [name, stage] of Object.entries(stages)) {
  const timeOf = (unit, size) => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
    // The fastest of three calls (of one, past 3 s): a slow call on a shared machine is noise.
    let best = Infinity
    for (let round = 0; round < 3 && best < 3000; round++) {
      const start = performance.now()
      stage(text)
      best = Math.min(best, performance.now() - start)
    }
    return best
  }
  let worst = units[0]
  let worstMs = -1
  for (const unit of units) {
    timeOf(unit, 1000)
    const ms = timeOf(unit, 10_000)
    if (ms > worstMs) [worst, worstMs] = [unit, ms]
  }
  const row = [worstMs]
  for (const size of sizes.slice(1)) row.push(row.at(-1) > 30_000 ? Infinity : timeOf(worst, size))
  console.log(`| ${name} | ${JSON.stringify(worst)}×n | ${row.map((ms) => (ms === Infinity ? 'skipped (> 30 s before)' : ms.toFixed(1))).join(' | ')} |`)
}
