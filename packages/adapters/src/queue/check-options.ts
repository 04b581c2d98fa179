/**
 * Throw when an options object holds a name the function does not know, so a
 * typo (`concurency`) is an error instead of a silently ignored option.
 */
export function checkOptionNames(options: object, known: readonly string[], where: string): void {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` of \`${where}\` to be an object, not \`${String(options)}\``)
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) throw new TypeError(`Unknown option \`${name}\` of \`${where}\`: expected one of ${known.map((k) => `\`${k}\``).join(', ')}`)
  }
}
