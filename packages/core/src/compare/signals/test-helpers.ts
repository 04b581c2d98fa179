import type {Signal, TextSpan} from '../../types'

/**
 * Test helper: place two sentences at non-zero offsets in padded documents,
 * run a detector, check that every span slices its document, and return the
 * signals. The padding makes a forgotten offset show up as a wrong slice.
 */
export function runDetector(
  detect: (source: TextSpan, variant: TextSpan) => Signal[],
  sourceText: string,
  variantText: string,
): Signal[] {
  const sourceDocument = `Lead paragraph.\n\n${sourceText}\n\nClosing line.`
  const variantDocument = `Another lead, longer.\n\n${variantText}\n\nEnd.`
  const source = {start: 17, end: 17 + sourceText.length, text: sourceText}
  const variant = {start: 23, end: 23 + variantText.length, text: variantText}
  const signals = detect(source, variant)
  for (const signal of signals) {
    if (signal.source !== undefined && sourceDocument.slice(signal.source.start, signal.source.end) !== signal.source.text) {
      throw new Error(`Source span does not slice the document: ${JSON.stringify(signal)}`)
    }
    if (signal.variant !== undefined && variantDocument.slice(signal.variant.start, signal.variant.end) !== signal.variant.text) {
      throw new Error(`Variant span does not slice the document: ${JSON.stringify(signal)}`)
    }
  }
  return signals
}

/** Compact view of signals for table rows: `severity source→variant` with the span texts. */
export function describeSignals(signals: readonly Signal[]): string[] {
  return signals.map((s) => `${s.severity} ${s.source?.text ?? ''}→${s.variant?.text ?? ''}`)
}
