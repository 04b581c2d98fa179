// Sentence-pair corpora: MRPC (paraphrase or not) and SICK (entailment,
// neutral, contradiction). Each pair is compared as a user would compare two
// short texts: compareTexts(source, variant) with default options.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {auc, hasNegationWord, inSplit, percent, reportSignals, sample} from './common.mjs'

function readJsonLines(dir, file) {
  return readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line))
}

/** MRPC train: false alarms on paraphrases, and how well drift separates the two classes. */
export const mrpc = {
  name: 'mrpc',
  limit: 1200,
  run(core, dir, {split, limit}) {
    const rows = sample(readJsonLines(dir, 'mrpc-train.jsonl').filter((row) => inSplit(row.id, split)), (row) => row.id, limit)
    const drift = {true: [], false: []}
    const chrf = {true: [], false: []}
    let paraphrases = 0
    let noisy = 0
    let warned = 0
    for (const row of rows) {
      const report = core.compareTexts(row.source, row.variant)
      const signals = reportSignals(report)
      drift[row.paraphrase].push(report.summary.drift)
      chrf[row.paraphrase].push(1 - core.sentenceChrf(row.variant, row.source).score / 100)
      if (row.paraphrase) {
        paraphrases++
        if (signals.length > 0) noisy++
        if (signals.some((s) => s.severity !== 'info')) warned++
      }
    }
    return {
      rows: [
        {part: 'mrpc', what: 'paraphrases raising any signal', value: percent(noisy, paraphrases), unit: '%', n: paraphrases, target: null},
        {part: 'mrpc', what: 'paraphrases raising a warning or error', value: percent(warned, paraphrases), unit: '%', n: paraphrases, target: null},
        {part: 'mrpc', what: 'drift AUC, non-paraphrase vs paraphrase', value: auc(drift.false, drift.true), unit: '', n: rows.length, target: '≥ 0.80'},
        {part: 'mrpc', what: 'baseline 1 − chrF AUC', value: auc(chrf.false, chrf.true), unit: '', n: rows.length, target: null},
      ],
      detail: {pairs: rows.length, paraphrases},
    }
  },
}

/** SICK train + trial: polarity reversals (contradictions) against meaning kept (entailments). */
export const sick = {
  name: 'sick',
  limit: 2000,
  run(core, dir, {split, limit}) {
    const all = readJsonLines(dir, 'sick-train.jsonl').filter((row) => inSplit(row.id, split) && row.entailment !== 'NEUTRAL')
    const rows = sample(all, (row) => row.id, limit)
    const counts = {contradictions: 0, contradictionErrors: 0, entailments: 0, entailmentErrors: 0, antonymMade: 0, antonymFlagged: 0, regex: 0}
    const kindSets = []
    for (const row of rows) {
      const report = core.compareTexts(row.source, row.variant)
      const signals = reportSignals(report)
      const error = signals.some((s) => s.severity === 'error')
      if (row.entailment === 'CONTRADICTION') {
        counts.contradictions++
        if (error) counts.contradictionErrors++
        if (hasNegationWord(row.source) !== hasNegationWord(row.variant)) counts.regex++
        if (!hasNegationWord(row.source) && !hasNegationWord(row.variant)) {
          counts.antonymMade++
          if (error) counts.antonymFlagged++
        }
        kindSets.push(new Set(signals.map((s) => s.kind)))
      } else {
        counts.entailments++
        if (error) counts.entailmentErrors++
      }
    }
    return {
      rows: [
        {part: 'sick', what: 'contradictions with an error', value: percent(counts.contradictionErrors, counts.contradictions), unit: '%', n: counts.contradictions, target: '≥ 90'},
        {part: 'sick', what: 'baseline: negation-word regex on contradictions', value: percent(counts.regex, counts.contradictions), unit: '%', n: counts.contradictions, target: null},
        {part: 'sick', what: 'entailments with an error', value: percent(counts.entailmentErrors, counts.entailments), unit: '%', n: counts.entailments, target: '≤ 2'},
        {part: 'sick', what: 'contradictions without a negation word, flagged', value: percent(counts.antonymFlagged, counts.antonymMade), unit: '%', n: counts.antonymMade, target: null},
      ],
      detail: counts,
      kindSets,
    }
  },
}
