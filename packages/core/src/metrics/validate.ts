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

