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
