/**
 * The matches of a sticky pattern whose every match starts with the code
 * unit `first`, in order: what `text.matchAll` finds with the same pattern
 * made global, without the search trying the pattern at every offset. The
 * pattern is tried only where `first` stands (found by `indexOf`), from the
 * end of the previous match on; the leftmost match and its extent are the
 * same as the global search's, since a match at a given offset does not
 * depend on where the search began. Matches must not be empty.
 *
 * @param text Any text.
 * @param pattern A pattern with the sticky flag (`y`) and not the global one; its `lastIndex` is set here.
 * @param first The one code unit every match starts with.
 * @returns The matches, as `matchAll` yields them.
 */
export function* matchesFrom(text: string, pattern: RegExp, first: string): Generator<RegExpExecArray> {
  let index = text.indexOf(first)
  while (index !== -1) {
    pattern.lastIndex = index
    const match = pattern.exec(text)
    if (match === null) {
      index = text.indexOf(first, index + 1)
      continue
    }
    yield match
    index = text.indexOf(first, index + match[0].length)
  }
}

/**
 * The sticky form of a pattern (the global flag dropped, `y` added), for
 * {@link matchesFrom}.
 *
 * @param pattern Any pattern.
 * @returns A new pattern with the same source.
 */
export function stickyOf(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`)
}
