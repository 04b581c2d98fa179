// MQM-annotated TED zh→en (mqm-ted-zhen.jsonl): 14 systems' English for the
// same segments, each compared with the reference translation
// (compareTexts(reference, mt)). Does drift rank the worse output higher, and
// do error-severity signals land on segments raters marked with an accuracy
// error (Accuracy/Mistranslation, Omission, Addition, Untranslated text)?
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {auc, groupedKendall, inSplit, percent, reportSignals, sample} from './common.mjs'

const isAccuracy = (error) => error.category.startsWith('Accuracy/')

export const mqm = {
  name: 'mqm',
  // Segments (all 14 systems of each), not rows.
  limit: 300,
  run(core, dir, {split, limit}) {
    const rows = readFileSync(join(dir, 'mqm-ted-zhen.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l))
    const bySegment = new Map()
    for (const row of rows) {
      const key = `${row.doc}:${row.seg}`
      if (!inSplit(key, split)) continue
      if (!bySegment.has(key)) bySegment.set(key, [])
      bySegment.get(key).push(row)
    }
    const segments = sample([...bySegment.entries()], ([key]) => key, limit)
    const scored = []
    for (const [, items] of segments) {
      const group = []
      for (const row of items) {
        const report = core.compareTexts(row.reference, row.mt)
        const signals = reportSignals(report)
        group.push({
          mqm: row.mqm_score,
          drift: report.summary.drift,
          chrf: core.sentenceChrf(row.mt, row.reference).score,
          majorAccuracy: row.errors.some((e) => isAccuracy(e) && e.severity === 'Major'),
          accuracy: row.errors.some(isAccuracy),
          clean: row.errors.length === 0,
          error: signals.some((s) => s.severity === 'error'),
          kinds: new Set(signals.map((s) => s.kind)),
        })
      }
      scored.push(group)
    }
    const flat = scored.flat()
    const major = flat.filter((x) => x.majorAccuracy)
    const clean = flat.filter((x) => x.clean)
    const accuracy = flat.filter((x) => x.accuracy)
    const driftTau = groupedKendall(scored, (x) => x.mqm, (x) => x.drift)
    const chrfTau = groupedKendall(scored, (x) => x.mqm, (x) => -x.chrf)
    return {
      rows: [
        {part: 'mqm', what: 'drift AUC, major accuracy error vs error-free', value: auc(major.map((x) => x.drift), clean.map((x) => x.drift)), unit: '', n: major.length + clean.length, target: '≥ 0.75'},
        {part: 'mqm', what: 'baseline 100 − chrF AUC, same', value: auc(major.map((x) => -x.chrf), clean.map((x) => -x.chrf)), unit: '', n: major.length + clean.length, target: null},
        {part: 'mqm', what: 'Kendall τ, systems on one segment: drift', value: driftTau.tau, unit: '', n: driftTau.pairs, target: '≥ chrF + 0.02'},
        {part: 'mqm', what: 'Kendall τ, systems on one segment: chrF', value: chrfTau.tau, unit: '', n: chrfTau.pairs, target: null},
        {part: 'mqm', what: 'accuracy-error segments with an error signal', value: percent(accuracy.filter((x) => x.error).length, accuracy.length), unit: '%', n: accuracy.length, target: '≥ 90'},
        {part: 'mqm', what: 'error-free segments with an error signal', value: percent(clean.filter((x) => x.error).length, clean.length), unit: '%', n: clean.length, target: null},
      ],
      detail: {segments: segments.length, outputs: flat.length, majorAccuracy: major.length, accuracy: accuracy.length, clean: clean.length},
      kindSets: accuracy.map((x) => x.kinds),
    }
  },
}
