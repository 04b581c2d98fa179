import {assertKnownOptions} from '../validate-options'

/** Options of `createSourceIndex`. */
export interface SourceIndexOptions {
  /** Candidates scoring below this are not returned. @default 0.2 */
  readonly minScore?: number
  /** Most features (content-word stems of each sentence, names and numbers twice, sentence breaks) kept per document; later sentences are not indexed. Bounds memory per document. @default 640 */
  readonly maxFeatures?: number
  /**
   * Keep each document's text too, so that `text(id)` returns it and
   * `serialize()` writes it (for `readSourceTexts`): what a queue worker needs
   * to compare a record with the source it names by id. Costs the texts'
   * length in memory and two bytes per UTF-16 code unit on disk. @default false
   */
  readonly keepTexts?: boolean
}

/** The defaults of `SourceIndexOptions`. */
export const defaultSourceIndexOptions = {minScore: 0.2, maxFeatures: 640, keepTexts: false} as const satisfies Required<SourceIndexOptions>

/** Options of `SourceIndex.query`. */
export interface SourceQueryOptions {
  /** Most candidates returned. @default 5 */
  readonly k?: number
}

/** The defaults of `SourceQueryOptions`. */
export const defaultSourceQueryOptions = {k: 5} as const satisfies Required<SourceQueryOptions>

/**
 * Check the options of `createSourceIndex` and fill in the defaults.
 *
 * @param options As the caller passed them.
 * @returns Every option set.
 * @throws RangeError naming an unknown or invalid option.
 */
export function resolveSourceIndexOptions(options: SourceIndexOptions = {}): Required<SourceIndexOptions> {
  assertKnownOptions(options, Object.keys(defaultSourceIndexOptions))
  const resolved = {...defaultSourceIndexOptions, ...options}
  if (typeof resolved.minScore !== 'number' || !(resolved.minScore >= 0 && resolved.minScore <= 1)) {
    throw new RangeError(`Expected \`minScore\` to be a number from 0 to 1, not \`${String(resolved.minScore)}\``)
  }
  if (!Number.isInteger(resolved.maxFeatures) || resolved.maxFeatures < 1 || resolved.maxFeatures > 0xffffffff) {
    throw new RangeError(`Expected \`maxFeatures\` to be a positive integer, not \`${String(resolved.maxFeatures)}\``)
  }
  if (typeof resolved.keepTexts !== 'boolean') throw new TypeError(`Expected \`keepTexts\` to be a boolean, not \`${String(resolved.keepTexts)}\``)
  return resolved
}

/**
 * Check the options of `SourceIndex.query` and fill in the defaults.
 *
 * @param options As the caller passed them.
 * @returns Every option set.
 * @throws RangeError naming an unknown or invalid option.
 */
export function resolveQueryOptions(options: SourceQueryOptions = {}): Required<SourceQueryOptions> {
  assertKnownOptions(options, Object.keys(defaultSourceQueryOptions))
  const resolved = {...defaultSourceQueryOptions, ...options}
  if (!Number.isInteger(resolved.k) || resolved.k < 1) throw new RangeError(`Expected \`k\` to be a positive integer, not \`${String(resolved.k)}\``)
  return resolved
}
