// sacrebleu's own test suites (sacrebleu 2.6.0: test/*.py and test.sh on WMT17 en-de) run against the
// built @driftlens/core. A case passes when the score is within 1e-6 of what sacrebleu returned and,
// where sacrebleu's signature was recorded, the signature is equal; tokenizer cases must give the same
// string. Reads <peers-dir>/sacrebleu/ (see that folder's README for the format).
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const name = 'sacrebleu'

const tolerance = 1e-6
const toleranceText = '1e-6'
const here = dirname(fileURLToPath(import.meta.url))
const coreEntry = join(here, '..', '..', 'packages', 'core', 'dist', 'index.js')

// sacrebleu keyword arguments → driftlens option names, per metric. `force` only silences sacrebleu's
// "looks tokenized" warning and changes no number, so it is dropped.
const optionNames = {
  bleu: {
    smooth_method: 'smooth',
    smooth_value: 'smoothValue',
    effective_order: 'effectiveOrder',
    lowercase: 'lowercase',
    tokenize: 'tokenize',
    max_ngram_order: 'maxNgramOrder',
    force: null,
  },
  chrf: {
    char_order: 'charOrder',
    word_order: 'wordOrder',
    beta: 'beta',
    eps_smoothing: 'epsSmoothing',
    lowercase: 'lowercase',
    whitespace: 'whitespace',
  },
  ter: {normalized: 'normalized', no_punct: 'noPunct', asian_support: 'asianSupport', case_sensitive: 'caseSensitive'},
}
optionNames['tokenizer-tercom'] = optionNames.ter

/** driftlens options for a case's sacrebleu keyword arguments; an argument with no counterpart throws. */
function toOptions(metric, kwargs) {
  const names = optionNames[metric]
  if (!names) throw new Error(`no mapping for metric \`${metric}\``)
  const options = {}
  for (const [key, value] of Object.entries(kwargs ?? {})) {
    if (!(key in names)) throw new Error(`sacrebleu argument \`${key}\` has no driftlens option`)
    // `None` means "sacrebleu's default", which is driftlens's default too.
    if (names[key] !== null && value !== null) options[names[key]] = value
  }
  return options
}

function readJsonLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
}

/** Follow a key path (`["systems", "newstest2017.xmu.4910.en-de"]`) into the WMT17 data. */
function dig(data, path) {
  return path.reduce((value, key) => {
    if (value === undefined || !(key in value)) throw new Error(`no \`${path.join('.')}\` in the WMT17 data`)
    return value[key]
  }, data)
}

/** Hypotheses and reference streams of a case, inline or from the WMT17 file. */
function textsOf(row, folder, cache) {
  if (!row.data) return {hyps: row.hyps, refs: row.refs}
  const file = join(folder, row.data.file)
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(file, 'utf8')))
  const data = cache.get(file)
  return {hyps: dig(data, row.data.hyps), refs: row.data.refs.map((path) => dig(data, path))}
}

/** Run one case; returns the score or string driftlens computed and the signature, if any. */
function runCase(core, row, folder, cache) {
  const options = toOptions(row.metric, row.sacrebleu_kwargs)
  if (row.metric === 'tokenizer-tercom') return {value: core.tokenizeTercom(row.input, options)}
  if (row.level === 'from_stats') {
    if (row.metric !== 'bleu') throw new Error(`no from-statistics function for \`${row.metric}\``)
    const {counts, totals, sys_len: hypothesisLength, ref_len: referenceLength} = row.stats_in
    // sacrebleu's static BLEU.compute_bleu defaults to no smoothing.
    const result = core.bleuFromStatistics({counts, totals, hypothesisLength, referenceLength}, {smooth: 'none', ...options})
    return {value: result.score}
  }
  const {hyps, refs} = textsOf(row, folder, cache)
  const functions = {
    bleu: [core.sentenceBleu, core.corpusBleu],
    chrf: [core.sentenceChrf, core.corpusChrf],
    ter: [core.sentenceTer, core.corpusTer],
  }[row.metric]
  if (!functions) throw new Error(`unknown metric \`${row.metric}\``)
  const [sentence, corpus] = functions
  if (row.level === 'sentence') {
    // sacrebleu's sentence_score(hyp, [ref_1, ref_2, …]): the i-th reference is refs[i][0].
    const result = sentence(hyps[0], refs.map((stream) => stream[0]), options)
    return {value: result.score, signature: result.signature, statistics: result.statistics}
  }
  if (row.level === 'corpus') {
    const result = corpus(hyps, refs, options)
    return {value: result.score, signature: result.signature, statistics: result.statistics}
  }
  throw new Error(`unknown level \`${row.level}\``)
}

/** Why a case fails, or undefined when it passes. */
let largestDifference = 0

function failureOf(row, outcome) {
  if (typeof row.expected === 'string') {
    return outcome.value === row.expected ? undefined : `gave ${JSON.stringify(outcome.value)}, sacrebleu ${JSON.stringify(row.expected)}`
  }
  if (typeof outcome.value !== 'number' || !Number.isFinite(outcome.value)) return `gave ${outcome.value}`
  const difference = Math.abs(outcome.value - row.expected)
  if (difference > largestDifference) largestDifference = difference
  if (!(difference <= tolerance)) return `gave ${outcome.value}, sacrebleu ${row.expected} (off by ${difference.toExponential(2)})`
  const expectedSignature = row.stats?.signature
  if (expectedSignature && outcome.signature !== expectedSignature) return `signature ${outcome.signature}, sacrebleu ${expectedSignature}`
  return statisticsFailure(row.stats, outcome.statistics)
}

/** Compare the sufficient statistics sacrebleu recorded (when it did) with driftlens's. */
function statisticsFailure(expected, actual) {
  if (!expected || !actual) return undefined
  const pairs = []
  if (Array.isArray(expected.counts)) {
    pairs.push(
      ['counts', expected.counts, actual.counts],
      ['totals', expected.totals, actual.totals],
      ['sys_len', expected.sys_len, actual.hypothesisLength],
      ['ref_len', expected.ref_len, actual.referenceLength],
    )
  }
  if (Array.isArray(expected.stats)) pairs.push(['stats', expected.stats, actual])
  if (typeof expected.num_edits === 'number') {
    pairs.push(['num_edits', expected.num_edits, actual.edits], ['ref_length', expected.ref_length, actual.referenceLength])
  }
  for (const [key, want, got] of pairs) {
    const same = Array.isArray(want)
      ? Array.isArray(got) && want.length === got.length && want.every((value, i) => Math.abs(value - got[i]) <= tolerance)
      : Math.abs(want - got) <= tolerance
    if (!same) return `${key} ${JSON.stringify(got)}, sacrebleu ${JSON.stringify(want)}`
  }
  return undefined
}

/**
 * Run every sacrebleu case in `<dir>/sacrebleu/`.
 *
 * @param {string} dir The peers folder.
 * @param {{verbose?: boolean}} options `verbose` prints each failure with its reason.
 * @returns {Promise<{suite: string, measure: string, result: string}[]>} Rows for the summary table.
 */
export async function run(dir, {verbose = false} = {}) {
  const folder = join(dir, 'sacrebleu')
  if (!existsSync(folder)) {
    console.log(`sacrebleu cases not found at ${folder}; skipped`)
    return [{suite: 'sacrebleu', measure: `cases within ${toleranceText}`, result: 'not run (folder absent)'}]
  }
  if (!existsSync(coreEntry)) throw new Error(`${coreEntry} is missing: build first (npx -y pnpm@10 build)`)
  const core = await import(pathToFileURL(coreEntry).href)
  const files = ['cases_tests.jsonl', 'cases_testsh_wmt17.jsonl']
  const cache = new Map()
  const rows = []
  let passedAll = 0
  let totalAll = 0
  for (const file of files) {
    const cases = readJsonLines(join(folder, file))
    const byMetric = new Map()
    for (const row of cases) {
      let reason
      try {
        reason = failureOf(row, runCase(core, row, folder, cache))
      } catch (error) {
        reason = `threw: ${error instanceof Error ? error.message : String(error)}`
      }
      const tally = byMetric.get(row.metric) ?? {passed: 0, total: 0}
      tally.total++
      if (reason === undefined) tally.passed++
      else if (verbose) console.log(`FAIL ${row.id}: ${reason}`)
      byMetric.set(row.metric, tally)
    }
    const passed = [...byMetric.values()].reduce((sum, tally) => sum + tally.passed, 0)
    const detail = [...byMetric.entries()].map(([metric, tally]) => `${metric} ${tally.passed}/${tally.total}`).join(', ')
    console.log(`${file}: ${passed} of ${cases.length} cases pass (${detail})`)
    rows.push({suite: 'sacrebleu', measure: `${file}: cases within ${toleranceText}`, result: `${passed} of ${cases.length}`})
    passedAll += passed
    totalAll += cases.length
  }
  console.log(`sacrebleu: ${passedAll} of ${totalAll} cases pass; largest score difference ${largestDifference.toExponential(1)}`)
  rows.push({suite: 'sacrebleu', measure: `all cases within ${toleranceText}, signatures and statistics equal`, result: `${passedAll} of ${totalAll}`})
  return rows
}
