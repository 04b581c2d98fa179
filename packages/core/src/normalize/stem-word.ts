/**
 * A crude English stemmer shared by the aligner's word keys and the drift
 * signals: both only need the two sides of a comparison to meet on one key,
 * so a stem has to be consistent, not a real word.
 */

/** Remove a trailing possessive (`week's` → `week`, `Jones'` → `Jones`). */
export function stripPossessive(lower: string): string {
  if (lower.endsWith("'s")) return lower.slice(0, -2)
  if (lower.endsWith("'")) return lower.slice(0, -1)
  return lower
}

/** `-our` spellings, with the endings that may follow them: `neighbour(s|hood)` → `neighbor…`. */
const ourPattern = /([^aeiouy])our(s|ed|ing|hood|able|ite|er|ers)?$/

/**
 * A crude English stem that also folds British spellings, so that the keys of
 * `neighbours`, `neighbor`, `organised` and `organizing` meet. Applied to both
 * sides alike, so a stem only has to be consistent, not a real word.
 *
 * The rules, in order (each ending test reads the word's last code units, as
 * this runs for every distinct word of a comparison):
 * 1. `-our` → `-or` after a consonant, with an ending after it or not;
 * 2. the British `-is-`/`-ys-` of `-ise`, `-ised`, `-ises`, `-ising`,
 *    `-isation(s)`, `-yse`, `-ysed`, `-yses`, `-ysing` → `-iz-`/`-yz-`;
 * 3. `-tre`/`-bre(s)` → `-ter`/`-ber(s)`, `-ence` → `-ense`, `-ogue` → `-og`;
 * 4. one inflection removed: `-ies`/`-ied` → `-y`, `-ing`, `-ed`, the `-es`
 *    of `-sses`/`-xes`/`-ches`/`-shes`, or a plural `-s` (not `-ss`, `-us`,
 *    `-is`), each only on a word long enough;
 * 5. `-ly` off a word of more than five letters;
 * 6. a doubled final consonant made single, then a final `-e` dropped.
 *
 * @param lower A lowercase word.
 * @returns Its stem.
 */
export function stemWord(lower: string): string {
  let w = lower
  if (w.length > 5 && w.includes('our')) w = w.replace(ourPattern, '$1or$2')
  const ise = britishIseLength(w)
  if (ise > 0) w = `${w.slice(0, w.length - ise + 1)}z${w.slice(w.length - ise + 2)}`
  // Steps 3 and 4 by the last letter, which tells their endings apart.
  let last = w.charCodeAt(w.length - 1)
  if (last === 0x65) {
    if (endsWith(w, 'tre') || endsWith(w, 'bre')) w = `${w.slice(0, -2)}er`
    else if (endsWith(w, 'ence')) w = `${w.slice(0, -4)}ense`
    else if (endsWith(w, 'ogue')) w = w.slice(0, -2)
  } else if (last === 0x73 && (endsWith(w, 'tres') || endsWith(w, 'bres'))) w = `${w.slice(0, -3)}ers`
  const n = w.length
  last = w.charCodeAt(n - 1)
  if (last === 0x73) {
    if (n > 4 && endsWith(w, 'ies')) w = `${w.slice(0, -3)}y`
    else if (n > 4 && (endsWith(w, 'sses') || endsWith(w, 'xes') || endsWith(w, 'ches') || endsWith(w, 'shes'))) w = w.slice(0, -2)
    else if (n > 3) {
      // A plural `-s`, but not the end of `-ss`, `-us` or `-is`.
      const before = w.charCodeAt(n - 2)
      if (before !== 0x73 && before !== 0x75 && before !== 0x69) w = w.slice(0, -1)
    }
  } else if (last === 0x64) {
    if (n > 4 && endsWith(w, 'ied')) w = `${w.slice(0, -3)}y`
    else if (n > 4 && w.charCodeAt(n - 2) === 0x65) w = w.slice(0, -2)
  } else if (last === 0x67 && n > 5 && endsWith(w, 'ing')) w = w.slice(0, -3)
  if (w.length > 5 && endsWith(w, 'ly')) w = w.slice(0, -2)
  const final = w.length - 1
  if (final > 2) {
    // A doubled final consonant (not a vowel: `agree`, `radii`).
    const code = w.charCodeAt(final)
    if (code === w.charCodeAt(final - 1) && code !== 0x61 && code !== 0x65 && code !== 0x69 && code !== 0x6f && code !== 0x75) w = w.slice(0, -1)
  }
  if (w.length > 3 && w.charCodeAt(w.length - 1) === 0x65) w = w.slice(0, -1)
  return w
}

/** Whether `word` ends with `suffix`, compared from the last code unit back (most words differ at the first). */
function endsWith(word: string, suffix: string): boolean {
  const n = word.length
  const k = suffix.length
  if (n < k) return false
  for (let j = 1; j <= k; j++) if (word.charCodeAt(n - j) !== suffix.charCodeAt(k - j)) return false
  return true
}

/** Whether `word` has `is` or `ys` at `at`. */
function isOrYsAt(word: string, at: number): boolean {
  if (at < 0) return false
  const code = word.charCodeAt(at)
  return (code === 0x69 || code === 0x79) && word.charCodeAt(at + 1) === 0x73
}

/**
 * Length of the British ending `word` ends with (`-ise`, `-ised`, `-ises`,
 * `-ising`, `-isation`, `-isations`, `-yse`, `-ysed`, `-yses`, `-ysing`), or 0.
 * At most one of them can end a word, so they are told apart by the last letter.
 */
function britishIseLength(word: string): number {
  const n = word.length
  switch (word.charCodeAt(n - 1)) {
    case 0x65: // -ise, -yse
      return isOrYsAt(word, n - 3) ? 3 : 0
    case 0x64: // -ised, -ysed
      return word.charCodeAt(n - 2) === 0x65 && isOrYsAt(word, n - 4) ? 4 : 0
    case 0x67: // -ising, -ysing
      return word.charCodeAt(n - 2) === 0x6e && word.charCodeAt(n - 3) === 0x69 && isOrYsAt(word, n - 5) ? 5 : 0
    case 0x73: // -ises, -yses, -isations
      return word.charCodeAt(n - 2) === 0x65 && isOrYsAt(word, n - 4) ? 4 : endsWith(word, 'isations') ? 8 : 0
    case 0x6e: // -isation
      return endsWith(word, 'isation') ? 7 : 0
    default:
      return 0
  }
}
