/** Scratch for `compactText`'s ASCII scan. */
const compactUnits = /* @__PURE__ */ new Uint16Array(4096)

/**
 * The letters, marks and digits of a folded text, words separated by one
 * space: the text whose character bigrams the aligner counts and
 * `diceSimilarity` compares.
 *
 * @param folded A text folded for matching (`foldForMatching`).
 * @returns Its letters, marks and digits, runs of anything else made one space, trimmed.
 */
export function compactText(folded: string): string {
  // ASCII text, the common case, by one scan; anything else by the pattern.
  if (folded.length > compactUnits.length) return folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()
  let length = 0
  let gap = false
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index)
    if (code >= 0x80) return folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      if (gap && length > 0) compactUnits[length++] = 0x20
      gap = false
      compactUnits[length++] = code
    } else gap = true
  }
  return String.fromCharCode.apply(null, compactUnits.subarray(0, length) as unknown as number[])
}
