/** Argument checks shared by the metric entry points (programmer errors only). */

/** Throw unless both arguments are strings. */
export function assertTextPairs(hypothesis: unknown, reference: unknown): void {
  if (typeof hypothesis !== 'string') {
    throw new TypeError(`Expected \`hypothesis\` to be a string, not \`${String(hypothesis)}\``)
  }
  if (typeof reference !== 'string') {
    throw new TypeError(`Expected \`reference\` to be a string, not \`${String(reference)}\``)
  }
}

/** Throw unless both arguments are arrays of strings of equal length. */
export function assertTextList(hypotheses: unknown, references: unknown): void {
  if (!Array.isArray(hypotheses) || hypotheses.some((item) => typeof item !== 'string')) {
    throw new TypeError(`Expected \`hypotheses\` to be an array of strings, not \`${String(hypotheses)}\``)
  }
  if (!Array.isArray(references) || references.some((item) => typeof item !== 'string')) {
    throw new TypeError(`Expected \`references\` to be an array of strings, not \`${String(references)}\``)
  }
  if (hypotheses.length !== references.length) {
    throw new RangeError(
      `Expected \`references\` to have as many segments as \`hypotheses\` (${hypotheses.length}), not \`${references.length}\``,
    )
  }
}
