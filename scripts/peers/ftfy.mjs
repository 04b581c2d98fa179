// ftfy 6.3.1's own test cases (fixtures/peers/ftfy/cases_ftfy.jsonl) against findArtifacts and
// repairText. Loaded by scripts/eval-peers.mjs.
//
// - damaged strings (`expect: pass`, `original ≠ fixed_encoding`): flagged when findArtifacts
//   reports a `mojibake` artifact; repaired when repairText with only the mojibake detector gives
//   ftfy's `fixed_encoding` exactly (fix_encoding is ftfy's encoding repair alone, so the other
//   detectors' repairs, such as a space before `!`, are left out of the comparison);
// - texts ftfy leaves alone (`original = fixed`): flagged when any artifact is above `info`,
//   changed when repairText with every detector changes them.
// Suite `json` is ftfy's test-cases folder (the figures the targets speak of); `extra_bad` adds a
// Latin-1 layer to its damaged strings; `unit` holds strings from ftfy's unit tests.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {findArtifacts, repairText} from '../../packages/core/dist/index.js'

export const name = 'ftfy 6.3.1'

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)
const show = (text) => JSON.stringify(text.length > 90 ? `${text.slice(0, 90)}…` : text)

export async function run(dir, {verbose = false} = {}) {
  const rows = readFileSync(join(dir, 'ftfy', 'cases_ftfy.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const results = []
  for (const suite of ['json', 'extra_bad', 'unit']) {
    const cases = rows.filter((row) => row.suite === suite)
    const damaged = cases.filter((row) => row.expect === 'pass' && row.original !== row.fixed_encoding)
    const clean = cases.filter((row) => row.original === row.fixed)
    let flagged = 0
    let repaired = 0
    for (const row of damaged) {
      const found = findArtifacts(row.original).some((artifact) => artifact.kind === 'mojibake')
      const repair = repairText(row.original, {kinds: ['mojibake']})
      if (found) flagged++
      if (repair === row.fixed_encoding) repaired++
      if (verbose && (!found || repair !== row.fixed_encoding)) {
        console.log(`${found ? 'WRONG' : 'MISS '} ${show(row.original)}\n      got    ${show(repair)}\n      wanted ${show(row.fixed_encoding)}`)
      }
    }
    let cleanFlagged = 0
    let cleanChanged = 0
    for (const row of clean) {
      const above = findArtifacts(row.original).filter((artifact) => artifact.severity !== 'info')
      const repair = repairText(row.original)
      if (above.length > 0) cleanFlagged++
      if (repair !== row.original) cleanChanged++
      if (verbose && (above.length > 0 || repair !== row.original)) {
        console.log(`CLEAN ${show(row.original)}: ${above.map((a) => `${a.kind} ${JSON.stringify(a.text)}`).join(', ')}${repair !== row.original ? ` → ${show(repair)}` : ''}`)
      }
    }
    console.log(`${suite}: damaged flagged ${flagged}/${damaged.length} (${percent(flagged, damaged.length)}), repaired as fix_encoding ${repaired}/${damaged.length} (${percent(repaired, damaged.length)}); left alone by ftfy: flagged ${cleanFlagged}/${clean.length}, changed ${cleanChanged}/${clean.length}`)
    const label = `ftfy ${suite}`
    if (damaged.length > 0) {
      results.push({suite: label, measure: 'damaged strings flagged', result: `${flagged} of ${damaged.length} (${percent(flagged, damaged.length)})`})
      results.push({suite: label, measure: 'repair equal to `fixed_encoding`', result: `${repaired} of ${damaged.length} (${percent(repaired, damaged.length)})`})
    }
    if (clean.length > 0) {
      results.push({suite: label, measure: 'left alone by ftfy: flagged above info', result: `${cleanFlagged} of ${clean.length}`})
      results.push({suite: label, measure: 'left alone by ftfy: changed by repairText', result: `${cleanChanged} of ${clean.length}`})
    }
  }
  return results
}
