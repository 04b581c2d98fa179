// Alignment on WMT21 ja/is→en documents (wmt21-ja-is-en-docs.json): the
// professional reference against each MT system's English, one line per line
// (lines joined with a single line break, as a copied article arrives), gold
// line i ↔ line i. Then synthetic edits of the MT side with known answers
// (drop, merge, move, insert a line of another document), built with a seeded
// PRNG; complete translations called `partial-reuse`; and false links between
// different documents of the same set on the closest topic.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {addCounts, hashKey, inSplit, joinLines, lineLinks, linkScores, prf, seededRandom} from './common.mjs'

const editKinds = ['drop', 'merge', 'move', 'insert']

/** Score one comparison of `sourceLines` against variant lines that each know their source lines. */
function scoreLines(core, sourceLines, variantItems) {
  const sourceJoin = joinLines(sourceLines, '\n')
  const variantJoin = joinLines(variantItems.map((item) => item.text), '\n')
  const report = core.compareTexts(sourceJoin.text, variantJoin.text)
  const gold = variantItems.flatMap((item, j) => item.origins.map((i) => `${i}:${j}`))
  return {report, counts: linkScores(lineLinks(report, sourceJoin, variantJoin), gold)}
}

/** The MT lines with one edit of `kind` applied (two for longer documents), each line knowing its source lines. */
export function editLines(lines, kind, random, foreignLines) {
  const items = lines.map((text, i) => ({text, origins: [i]}))
  const edits = lines.length >= 12 ? 2 : 1
  const pick = (n) => Math.floor(random() * n)
  for (let e = 0; e < edits; e++) {
    if (kind === 'drop' && items.length > 3) items.splice(pick(items.length), 1)
    if (kind === 'merge' && items.length > 3) {
      const at = pick(items.length - 1)
      const [first, second] = items.slice(at, at + 2)
      items.splice(at, 2, {text: `${first.text} ${second.text}`, origins: [...first.origins, ...second.origins]})
    }
    if (kind === 'move' && items.length > 4) {
      const from = pick(items.length)
      const [moved] = items.splice(from, 1)
      let to = pick(items.length + 1)
      if (Math.abs(to - from) < 2) to = (from + Math.floor(items.length / 2)) % (items.length + 1)
      items.splice(to, 0, moved)
    }
    if (kind === 'insert') items.splice(pick(items.length + 1), 0, {text: foreignLines[pick(foreignLines.length)], origins: []})
  }
  return items
}

function contentWords(lines) {
  return new Set(lines.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])
}

function dice(a, b) {
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size)
}

export const alignment = {
  name: 'align',
  run(core, dir, {split}) {
    const all = JSON.parse(readFileSync(join(dir, 'wmt21-ja-is-en-docs.json'), 'utf8'))
    const docs = all.filter((doc) => inSplit(`${doc.set}:${doc.doc}`, split))
    const inOrder = {correct: 0, predicted: 0, gold: 0}
    const perSystem = {}
    const synthetic = {correct: 0, predicted: 0, gold: 0}
    const perEdit = Object.fromEntries(editKinds.map((kind) => [kind, {correct: 0, predicted: 0, gold: 0}]))
    let complete = 0
    let partialReuse = 0
    for (const [d, doc] of docs.entries()) {
      const systems = Object.keys(doc.mt).sort()
      for (const system of systems) {
        const {report, counts} = scoreLines(core, doc.reference, doc.mt[system].map((text, i) => ({text, origins: [i]})))
        addCounts(inOrder, counts)
        addCounts((perSystem[system] ??= {correct: 0, predicted: 0, gold: 0}), counts)
        complete++
        if (report.summary.relation === 'partial-reuse') partialReuse++
      }
      const key = `${doc.set}:${doc.doc}`
      const system = systems[hashKey(key) % systems.length]
      const foreign = docs[(d + 1) % docs.length]
      for (const kind of editKinds) {
        const random = seededRandom(hashKey(`${key}:${kind}`))
        const items = editLines(doc.mt[system], kind, random, Object.values(foreign.mt)[0])
        const {counts} = scoreLines(core, doc.reference, items)
        addCounts(synthetic, counts)
        addCounts(perEdit[kind], counts)
      }
    }

    // Different documents of one set on the closest topic (content-word Dice), each unordered pair once.
    const words = docs.map((doc) => contentWords(doc.reference))
    const pairs = new Set()
    for (let i = 0; i < docs.length; i++) {
      let best = -1
      for (let j = 0; j < docs.length; j++) {
        if (j === i || docs[j].set !== docs[i].set) continue
        if (best < 0 || dice(words[i], words[j]) > dice(words[i], words[best])) best = j
      }
      if (best >= 0) pairs.add(i < best ? `${i}:${best}` : `${best}:${i}`)
    }
    let crossLinks = 0
    let crossLinked = 0
    for (const pair of pairs) {
      const [i, j] = pair.split(':').map(Number)
      const report = core.compareTexts(docs[i].reference.join('\n'), docs[j].reference.join('\n'))
      const links = report.alignment.reduce((sum, bead) => sum + bead.source.length * bead.variant.length, 0)
      crossLinks += links
      if (links > 0) crossLinked++
    }

    const f = (x) => x.toFixed(3)
    const scored = prf(inOrder)
    const edited = prf(synthetic)
    return {
      rows: [
        {part: 'align', what: `in order, reference vs MT: link P ${f(scored.precision)} R ${f(scored.recall)}; F1`, value: scored.f1, unit: '', n: scored.gold, target: '≥ 0.98'},
        {part: 'align', what: `synthetic edits: link P ${f(edited.precision)} R ${f(edited.recall)}; F1`, value: edited.f1, unit: '', n: edited.gold, target: '≥ 0.96'},
        ...editKinds.map((kind) => ({part: 'align', what: `synthetic ${kind}: link F1`, value: prf(perEdit[kind]).f1, unit: '', n: perEdit[kind].gold, target: null})),
        {part: 'align', what: 'complete translations called partial-reuse', value: partialReuse, unit: '', n: complete, target: '0'},
        {part: 'align', what: `links between different same-set documents (${crossLinked} of ${pairs.size} pairs linked)`, value: crossLinks, unit: '', n: pairs.size, target: 'no more than before'},
      ],
      detail: {
        documents: docs.length,
        inOrder: scored,
        perSystem: Object.fromEntries(Object.entries(perSystem).map(([system, counts]) => [system, prf(counts)])),
        synthetic: edited,
        perEdit: Object.fromEntries(editKinds.map((kind) => [kind, prf(perEdit[kind])])),
        partialReuse,
        complete,
        crossPairs: pairs.size,
        crossLinks,
      },
    }
  },
}
