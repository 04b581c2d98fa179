/**
 * The checks every public entry point makes on its options object before
 * reading it: the object itself is an object (or left out), and every key
 * in it is one the function knows. A misspelt or unsupported option
 * (`{tokenise: 'intl'}`, `{maxNgramOrder: 2}` where there is none) is a
 * programmer error and throws, naming it, rather than silently running
 * with the defaults.
 */

/** Describe a value in an error message: strings as they are, the rest as JSON where possible. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'function') return 'a function'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Throw unless `options` is `undefined` or a plain object whose own keys
 * are all in `known`.
 *
 * @param options The options argument as the caller passed it.
 * @param known Every option name the function accepts.
 * @param name How the argument is called in messages. @default 'options'
 * @throws TypeError when `options` is not an object, RangeError naming the first unknown key.
 */
export function assertKnownOptions(options: unknown, known: readonly string[], name = 'options'): void {
  if (options === undefined) return
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected \`${name}\` to be an object, not \`${describeValue(options)}\``)
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const list = known.length === 0 ? 'no options' : `one of ${known.map((item) => `\`${item}\``).join(', ')}`
      throw new RangeError(`Unknown option \`${key}\` in \`${name}\`: expected ${list}`)
    }
  }
}

/**
 * Throw unless `value` is one of `allowed`, naming the option and the value.
 *
 * @param value The option's value.
 * @param allowed The values accepted.
 * @param name The option's name.
 * @param hint Said after the list, when given (e.g. why a known value is refused).
 */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string, hint?: string): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    const suffix = hint === undefined ? '' : `: ${hint}`
    throw new RangeError(`Expected \`${name}\` to be one of ${allowed.join(', ')}, not \`${describeValue(value)}\`${suffix}`)
  }
}

/** Throw unless `value` is a boolean, naming the option. */
export function assertBoolean(value: unknown, name: string): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throw new TypeError(`Expected \`${name}\` to be a boolean, not \`${describeValue(value)}\``)
  }
}
