import type {DriftReport, TextSpan} from '../types'

/**
 * Check the invariants every `DriftReport` keeps, against the two texts it was
 * made from: every span slices the original to its `text`; sentences are
 * ordered and do not overlap; each sentence is in exactly one bead; `weak`
 * appears only as `true` on an in-order 1-1 match, `coarseDiff` only as
 * `true` on a bead with both sides; re-used passages lie
 * inside both texts, in the variant's order without overlapping; every
 * [0, 1] score is in range; the JSON round trip is lossless. Tests run it on
 * every report; pipelines can run it on reports read back from storage.
 *
 * @param report A report.
 * @param source The source text it was made from.
 * @param variant The variant text it was made from.
 * @returns The problems found, one sentence each; empty when the report is sound.
 */
export function checkReport(report: DriftReport, source: string, variant: string): string[] {
  const problems: string[] = []
  const checkSpan = (span: TextSpan | undefined, text: string, where: string) => {
    if (span === undefined) return
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      problems.push(`${where}: span [${span.start}, ${span.end}) is outside the text (length ${text.length})`)
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: span [${span.start}, ${span.end}) slices to ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`)
    }
  }
  const unit = (value: number, where: string) => {
    if (!(typeof value === 'number' && value >= 0 && value <= 1)) problems.push(`${where}: ${value} is not in [0, 1]`)
  }

  for (const [side, document, text] of [
    ['source', report.source, source],
    ['variant', report.variant, variant],
  ] as const) {
    if (document.length !== text.length) problems.push(`${side}.length is ${document.length}, not ${text.length}`)
    let previousEnd = 0
    document.sentences.forEach((sentence, index) => {
      checkSpan(sentence, text, `${side}.sentences[${index}]`)
      if (sentence.index !== index) problems.push(`${side}.sentences[${index}].index is ${sentence.index}`)
      if (sentence.start < previousEnd) problems.push(`${side}.sentences[${index}] overlaps the sentence before it`)
      if (sentence.end <= sentence.start) problems.push(`${side}.sentences[${index}] is empty`)
      previousEnd = sentence.end
    })
  }

  const seen = {source: new Map<number, number>(), variant: new Map<number, number>()}
  report.alignment.forEach((bead, index) => {
    const where = `alignment[${index}]`
    unit(bead.similarity, `${where}.similarity`)
    unit(bead.drift, `${where}.drift`)
    for (const side of ['source', 'variant'] as const) {
      const sentences = report[side].sentences
      for (const sentenceIndex of bead[side]) {
        if (!(sentenceIndex >= 0 && sentenceIndex < sentences.length)) problems.push(`${where}.${side} names sentence ${sentenceIndex}, which does not exist`)
        seen[side].set(sentenceIndex, (seen[side].get(sentenceIndex) ?? 0) + 1)
      }
    }
    const expectedKind =
      bead.source.length === 0 ? 'insertion' : bead.variant.length === 0 ? 'omission' : bead.source.length === 1 && bead.variant.length === 1 ? 'match' : bead.variant.length === 1 ? 'merge' : 'split'
    if (bead.kind !== expectedKind) problems.push(`${where} is a ${bead.kind} but has ${bead.source.length} source and ${bead.variant.length} variant sentences`)
    if ('weak' in bead && (bead.weak !== true || bead.kind !== 'match' || bead.moved)) {
      problems.push(`${where}.weak is ${String(bead.weak)} on a ${bead.moved ? 'moved ' : ''}${bead.kind}; it is only ever true, on an in-order match`)
    }
    if ('coarseDiff' in bead && (bead.coarseDiff !== true || bead.source.length === 0 || bead.variant.length === 0)) {
      problems.push(`${where}.coarseDiff is ${String(bead.coarseDiff)} on a ${bead.kind}; it is only ever true, on a bead with both sides`)
    }
    bead.diff.forEach((part, partIndex) => {
      checkSpan(part.source, source, `${where}.diff[${partIndex}].source`)
      checkSpan(part.variant, variant, `${where}.diff[${partIndex}].variant`)
    })
    bead.signals.forEach((signal, signalIndex) => {
      checkSpan(signal.source, source, `${where}.signals[${signalIndex}].source`)
      checkSpan(signal.variant, variant, `${where}.signals[${signalIndex}].variant`)
    })
  })
  for (const side of ['source', 'variant'] as const) {
    report[side].sentences.forEach((_, index) => {
      const count = seen[side].get(index) ?? 0
      if (count !== 1) problems.push(`${side} sentence ${index} is in ${count} beads, not exactly one`)
    })
  }
  report.artifacts.forEach((artifact, index) => {
    checkSpan(artifact, artifact.side === 'source' ? source : variant, `artifacts[${index}]`)
  })
  let previousEnd = 0
  report.passages?.forEach((passage, index) => {
    for (const [side, text] of [['source', source], ['variant', variant]] as const) {
      const span = passage[side]
      if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)) {
        problems.push(`passages[${index}].${side}: span [${span.start}, ${span.end}) is empty or outside the text (length ${text.length})`)
      }
    }
    if (passage.variant.start < previousEnd) problems.push(`passages[${index}] overlaps the passage before it in the variant`)
    previousEnd = passage.variant.end
    if (!(Number.isInteger(passage.words) && passage.words > 0)) problems.push(`passages[${index}].words is ${passage.words}, not a positive integer`)
  })
  unit(report.summary.coverage.source, 'summary.coverage.source')
  unit(report.summary.coverage.variant, 'summary.coverage.variant')
  unit(report.summary.similarity, 'summary.similarity')
  unit(report.summary.drift, 'summary.drift')
  if (!(report.summary.artifactDensity >= 0 && Number.isFinite(report.summary.artifactDensity))) problems.push('summary.artifactDensity is not a finite number ≥ 0')

  const roundTrip = JSON.stringify(JSON.parse(JSON.stringify(report)))
  if (roundTrip !== JSON.stringify(report)) problems.push('the JSON round trip changes the report')
  // NaN and Infinity serialise as null; the report never holds null otherwise.
  if (/\bnull\b/.test(JSON.stringify(report).replace(/"(?:[^"\\]|\\.)*"/g, '""'))) problems.push('the report holds NaN, Infinity or null')
  return problems
}
