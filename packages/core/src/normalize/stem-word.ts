/**
 * A crude English stemmer shared by the aligner's word keys and the drift
 * signals: both only need the two sides of a comparison to meet on one key,
 * so a stem has to be consistent, not a real word.
 */

/** British `-ise`/`-yse` endings and their American spellings' shape. */
const britishIse = ['isations', 'isation', 'ising', 'ised', 'ises', 'ise', 'ysing', 'ysed', 'yses', 'yse']

/** Remove a trailing possessive (`week's` → `week`, `Jones'` → `Jones`). */
export function stripPossessive(lower: string): string {
  if (lower.endsWith("'s")) return lower.slice(0, -2)
  if (lower.endsWith("'")) return lower.slice(0, -1)
  return lower
}

/**
 * A crude English stem that also folds British spellings, so that the keys of
 * `neighbours`, `neighbor`, `organised` and `organizing` meet. Applied to both
 * sides alike, so a stem only has to be consistent, not a real word.
 */
export function stemWord(lower: string): string {
  let w = lower
  // Each rewrite is guarded by a cheap string test: this runs for every word of every bead.
  if (w.length > 5 && w.includes('our')) w = w.replace(/([^aeiouy])our(s|ed|ing|hood|able|ite|er|ers)?$/, '$1or$2')
  if (w.includes('is') || w.includes('ys')) {
    for (const suffix of britishIse) {
      if (w.endsWith(suffix)) {
        w = `${w.slice(0, -suffix.length)}${suffix[0]}z${suffix.slice(2)}`
        break
      }
    }
  }
  if (w.endsWith('tre') || w.endsWith('bre')) w = `${w.slice(0, -2)}er`
  else if (w.endsWith('tres') || w.endsWith('bres')) w = `${w.slice(0, -3)}ers`
  else if (w.endsWith('ence')) w = `${w.slice(0, -4)}ense`
  else if (w.endsWith('ogue')) w = w.slice(0, -2)
  const n = w.length
  if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`
  else if (n > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (n > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (n > 4 && (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))) w = w.slice(0, -2)
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2)
  const last = w.length - 1
  if (last > 2 && w[last] === w[last - 1] && !'aeiou'.includes(w[last] as string)) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}
