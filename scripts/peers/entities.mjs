// The HTML entity decoders' own test cases (fixtures/peers/entities/cases_entities.jsonl, from
// fb55/entities 8.0.0 and mathiasbynens/he) against findArtifacts and normalizeText. Loaded by
// scripts/eval-peers.mjs.
//
// Measured: the cases in HTML text context (decodeHTML, decode with level 1 in either mode,
// he.decode outside attributes) whose input holds an entity with its semicolon (`&…;`), one
// row per distinct input. Flagged: findArtifacts reports an `entity-residue` artifact on the
// input. Decoded: normalizeText with only `decodeEntities` on gives the expected text exactly.
// Inputs without a semicolon (legacy `&Aacute`, `&timesbar`) are counted apart: driftlens
// decodes only `quot amp lt gt apos nbsp` without one, so that `this&not that` stays prose.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {findArtifacts, normalizeText} from '../../packages/core/dist/index.js'

export const name = 'HTML entities (fb55/entities 8.0.0, he)'

const decodeOnly = {caseFold: false, foldPunctuation: false, collapseWhitespace: false, foldCompatibility: false, decodeEntities: true}
const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)

function isTextContext(row) {
  if (row.fn === 'decodeHTML') return true
  if (row.fn === 'he.decode') return row.options?.isAttributeValue === false
  if (row.fn !== 'decode') return false
  const level = typeof row.options === 'number' ? row.options : row.options?.level
  return level === 1
}

export async function run(dir, {verbose = false} = {}) {
  const rows = readFileSync(join(dir, 'entities', 'cases_entities.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const byInput = new Map()
  for (const row of rows) if (isTextContext(row) && !byInput.has(row.input)) byInput.set(row.input, row.expected)
  const tally = {withSemicolon: {total: 0, flagged: 0, decoded: 0}, withoutSemicolon: {total: 0, flagged: 0, decoded: 0}}
  for (const [input, expected] of byInput) {
    if (!/&/.test(input) || input === expected) continue
    const group = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.test(input) ? tally.withSemicolon : tally.withoutSemicolon
    group.total++
    const flagged = findArtifacts(input).some((artifact) => artifact.kind === 'entity-residue')
    const decoded = normalizeText(input, decodeOnly).text
    if (flagged) group.flagged++
    if (decoded === expected) group.decoded++
    if (verbose && group === tally.withSemicolon && (!flagged || decoded !== expected)) {
      console.log(`${flagged ? 'WRONG' : 'MISS '} ${JSON.stringify(input)} → ${JSON.stringify(decoded)}, wanted ${JSON.stringify(expected)}`)
    }
  }
  const {withSemicolon: w, withoutSemicolon: wo} = tally
  console.log(`HTML text context, with a semicolon: flagged ${w.flagged}/${w.total} (${percent(w.flagged, w.total)}), decoded ${w.decoded}/${w.total} (${percent(w.decoded, w.total)})`)
  console.log(`HTML text context, legacy forms without a semicolon: flagged ${wo.flagged}/${wo.total}, decoded ${wo.decoded}/${wo.total}`)
  return [
    {suite: 'entities, HTML text', measure: 'entities flagged', result: `${w.flagged} of ${w.total} (${percent(w.flagged, w.total)})`},
    {suite: 'entities, HTML text', measure: 'decoded to the expected text', result: `${w.decoded} of ${w.total} (${percent(w.decoded, w.total)})`},
    {suite: 'entities, HTML text', measure: 'legacy forms without `;`: flagged / decoded', result: `${wo.flagged} / ${wo.decoded} of ${wo.total}`},
  ]
}
