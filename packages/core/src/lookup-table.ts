/**
 * A frozen lookup table without a prototype, for tables keyed by words of the
 * text: a word such as `constructor` or `toString` then finds nothing,
 * instead of a function inherited from `Object.prototype`.
 *
 * @param entries The table's entries.
 * @returns The same entries in an object with no prototype.
 */
export function lookupTable<Value>(entries: Readonly<Record<string, Value>>): Readonly<Record<string, Value>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Value>, entries))
}

/**
 * The words of several lists in one set. A function rather than
 * `new Set([...a, ...b])` at a module's top level, so that a bundler can drop
 * the set when nothing uses it: a spread runs an iterator, which a bundler
 * must keep, while a call marked pure with plain arguments can go.
 *
 * @param lists The lists, sets or other iterables of words.
 * @returns A new set of every word.
 */
export function unionOf<Value>(...lists: ReadonlyArray<Iterable<Value>>): Set<Value> {
  const union = new Set<Value>()
  for (const list of lists) for (const value of list) union.add(value)
  return union
}
