/**
 * A byte per word id of a comparison's vocabulary: the tables the signal
 * detectors keep of what they worked out once per distinct word (0: not
 * worked out yet). The vocabulary gains ids as a comparison goes on, so a
 * table is grown to its size before each use.
 */

/**
 * `bytes` itself when it already has `size` entries, otherwise a new array
 * of at least `size` entries holding `bytes` at its start (the new entries 0).
 *
 * @param bytes The table so far, or `undefined` for none yet.
 * @param size The number of ids it must cover.
 * @param spare When true, room for twice the old length is made at once (fewer copies for a table grown often).
 */
export function grownToSize(bytes: Uint8Array | undefined, size: number, spare = false): Uint8Array {
  if (bytes !== undefined && bytes.length >= size) return bytes
  const grown = new Uint8Array(spare ? Math.max(size, (bytes?.length ?? 0) * 2) : size)
  if (bytes !== undefined) grown.set(bytes)
  return grown
}
