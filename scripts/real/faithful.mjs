// Faithful pairs: two professional English translations of the same news
// (two-refs-news-de-cs-en.json), and separately the TED round trip made by
// people (two-refs-ted-zhen.json). Each test set is cut into documents of
// `chunkLines` consecutive lines, lines joined as paragraphs (blank line
// between them), and each chunk of translation A is compared with the same
// chunk of translation B. A signal here is a false alarm unless a translator
// really changed something.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {inSplit, percent} from './common.mjs'

export const chunkLines = 20

/** Chunks `{key, source, variant}` of one two-translation file. */
export function readChunks(dir, file) {
  const sets = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const chunks = []
  for (const set of sets) {
    const lines = Math.min(set.lines_a.length, set.lines_b.length)
    for (let start = 0; start < lines; start += chunkLines) {
      const end = Math.min(lines, start + chunkLines)
      chunks.push({
        key: `${file}:${set.doc}:${start}`,
        source: set.lines_a.slice(start, end).join('\n\n'),
        variant: set.lines_b.slice(start, end).join('\n\n'),
      })
    }
  }
  return chunks
}

/**
 * Compare every chunk in the split; return the bead figures and, per bead,
 * the set of signal kinds it raised (for the per-kind table).
 */
export function runFaithful(core, dir, file, split, show) {
  const chunks = readChunks(dir, file).filter((chunk) => inSplit(chunk.key, split))
  let beads = 0
  let paired = 0
  let warned = 0
  let errored = 0
  const kindSets = []
  const warningKindSets = []
  const errorKindSets = []
  const relations = {}
  for (const chunk of chunks) {
    const report = core.compareTexts(chunk.source, chunk.variant)
    relations[report.summary.relation] = (relations[report.summary.relation] ?? 0) + 1
    for (const bead of report.alignment) {
      beads++
      if (bead.source.length > 0 && bead.variant.length > 0) paired++
      if (bead.signals.some((s) => s.severity !== 'info')) warned++
      if (bead.signals.some((s) => s.severity === 'error')) errored++
      kindSets.push(new Set(bead.signals.map((s) => s.kind)))
      warningKindSets.push(new Set(bead.signals.filter((s) => s.severity !== 'info').map((s) => s.kind)))
      errorKindSets.push(new Set(bead.signals.filter((s) => s.severity === 'error').map((s) => s.kind)))
      if (show !== undefined) printBead(report, bead, show)
    }
  }
  return {chunks: chunks.length, beads, paired, warned, errored, relations, kindSets, warningKindSets, errorKindSets}
}

/**
 * Print a bead whose signals include one of kind `show.kind` at `show.severity`
 * or above: both sides and every signal, for reading false alarms by hand.
 */
function printBead(report, bead, show) {
  const rank = {info: 0, warning: 1, error: 2}
  const chosen = bead.signals.filter((s) => (show.kind === 'any' || s.kind === show.kind) && rank[s.severity] >= rank[show.severity])
  if (chosen.length === 0) return
  const text = (side, indexes) => indexes.map((i) => report[side].sentences[i].text).join(' ')
  console.log(`\n--- ${chosen.map((s) => s.kind).join(', ')}${bead.weak ? ' (weak pair)' : ''}`)
  console.log(`A: ${text('source', bead.source)}`)
  console.log(`B: ${text('variant', bead.variant)}`)
  for (const s of bead.signals) console.log(`  ${chosen.includes(s) ? '*' : ' '} ${s.severity} ${s.kind}: ${s.message}`)
}

function rows(part, label, result) {
  const retranslation = percent(result.relations.retranslation ?? 0, result.chunks)
  return [
    {part, what: `${label}: beads with a warning or error`, value: percent(result.warned, result.beads), unit: '%', n: result.beads, target: '≤ 10'},
    {part, what: `${label}: beads with an error`, value: percent(result.errored, result.beads), unit: '%', n: result.beads, target: '≤ 3'},
    {part, what: `${label}: documents called retranslation`, value: retranslation, unit: '%', n: result.chunks, target: null},
    {part, what: `${label}: documents called partial-reuse`, value: result.relations['partial-reuse'] ?? 0, unit: '', n: result.chunks, target: '0'},
  ]
}

/** Two professional translations of WMT21 news (de→en and cs→en test sets). */
export const faithful = {
  name: 'faithful',
  run(core, dir, {split, show}) {
    const result = runFaithful(core, dir, 'two-refs-news-de-cs-en.json', split, show)
    const {kindSets, warningKindSets, errorKindSets, ...detail} = result
    return {rows: rows('faithful', 'news, two translations', result), detail, kindSets, warningKindSets, errorKindSets}
  },
}

/** English TED talks → Chinese subtitles → English, both steps by people. */
export const ted = {
  name: 'ted',
  run(core, dir, {split, show}) {
    const result = runFaithful(core, dir, 'two-refs-ted-zhen.json', split, show)
    const {kindSets, warningKindSets, errorKindSets, ...detail} = result
    return {rows: rows('ted', 'TED round trip', result).slice(0, 2), detail}
  },
}
