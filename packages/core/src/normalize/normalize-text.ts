import type {Span} from '../types'
import {isAsciiAlnum} from './char-codes'
import {matchEntityAt} from './html-entities'

/** What `normalizeText` folds. Every fold is on by default. */
export interface NormalizeOptions {
  /** Lowercase every character (full lowercase mapping; final `ς` becomes `σ`). @default true */
  readonly caseFold?: boolean
  /** Fold curly, angle and low quotes to `"`/`'`, apostrophes and primes to `'`, dashes and minus to `-`, `…` to `...`. @default true */
  readonly foldPunctuation?: boolean
  /** Decode HTML entities, including ones damaged by scraping or translation (`quot;`, `&quot`, `&amp;quot;`). @default true */
  readonly decodeEntities?: boolean
  /** Turn every whitespace run into one space, drop zero-width characters, trim both ends. @default true */
  readonly collapseWhitespace?: boolean
  /** Apply Unicode compatibility normalization (NFKC) to non-ASCII characters: ligatures, fullwidth forms, composed accents. @default true */
  readonly foldCompatibility?: boolean
}

/** The defaults of `normalizeText`: everything folded. */
export const defaultNormalizeOptions = {
  caseFold: true,
  foldPunctuation: true,
  decodeEntities: true,
  collapseWhitespace: true,
  foldCompatibility: true,
} as const satisfies Required<NormalizeOptions>

/**
 * A text folded for comparison, with a map back to the original.
 * `offsets.length === text.length + 1`; `offsets[i]` is the UTF-16 offset in
 * the original of the character that produced normalized code unit `i`, and
 * `offsets[text.length]` is the length of the original. Offsets never decrease.
 */
export interface NormalizedText {
  readonly text: string
  readonly offsets: readonly number[]
}

/** Quotes, apostrophes, primes and dashes folded to their ASCII stand-ins. */
const punctuationFolds: Readonly<Record<string, string>> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2033': '"', '\u2036': '"', '\u301D': '"', '\u301E': '"', '\u301F': '"', '\uFF02': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2039': "'", '\u203A': "'",
  '\u02BC': "'", '`': "'", '\u00B4': "'", '\u2032': "'", '\u2035': "'", '\uFF07': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\u2043': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
  '\u2026': '...',
}

/** Characters with no width that scraped text carries invisibly: soft hyphen, Mongolian vowel separator, zero-width space and joiners, word joiner, byte order mark. */
function isZeroWidth(code: number): boolean {
  return code === 0xad || code === 0x180e || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff
}

/** The characters of JavaScript's `\s`, tested by code for speed. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

const combiningMarkPattern = /\p{M}+/uy

function resolveNormalizeOptions(options: NormalizeOptions): Required<NormalizeOptions> {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  }
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(defaultNormalizeOptions, key)) {
      throw new TypeError(`Expected options of \`normalizeText\` to be among ${Object.keys(defaultNormalizeOptions).join(', ')}, not \`${key}\``)
    }
  }
  const resolved = {...defaultNormalizeOptions, ...options}
  for (const key of Object.keys(defaultNormalizeOptions) as Array<keyof NormalizeOptions>) {
    if (typeof resolved[key] !== 'boolean') {
      throw new TypeError(`Expected \`${key}\` to be a boolean, not \`${String(resolved[key])}\``)
    }
  }
  return resolved
}

/**
 * Fold a text for comparison, keeping a map back to the original.
 *
 * Two renderings of the same sentence differ in ways that carry no meaning:
 * `’` against `'`, `&quot;` or its residue `quot;` against `“`, `–` against
 * `-`, a non-breaking space, a ligature, capitals. This folds them away so a
 * later stage can compare texts, while `offsets` lets every finding be
 * reported against the original (see {@link toOriginalSpan}). The original is
 * never changed. One pass, linear in the length of the text; never throws on
 * text.
 *
 * @param text The original text.
 * @param options Which folds to apply; all are on by default.
 * @returns The folded text and, for each of its code units, the original offset.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): NormalizedText {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${String(text)}\``)
  return normalizeWith(text, resolveNormalizeOptions(options), true)
}

/**
 * `normalizeText(text).text` with the default options, without building the
 * offset map: for stages that compare folded text and never report a span
 * from it (the aligner's features).
 *
 * @param text The original text.
 * @returns The folded text.
 */
export function foldText(text: string): string {
  return normalizeWith(text, defaultNormalizeOptions, false).text
}

/** Buffers `normalizeWith` writes a short text's output into before making it a string. */
const scratchUnits = /* @__PURE__ */ new Uint16Array(4096)
const scratchOrigins = /* @__PURE__ */ new Uint32Array(4096)

function normalizeWith(text: string, resolved: Required<NormalizeOptions>, keepOffsets: boolean): NormalizedText {
  const {caseFold, foldPunctuation, decodeEntities, collapseWhitespace, foldCompatibility} = resolved
  // The output is built in typed arrays and turned into a string once: appending
  // to a string and an array one unit at a time slows down as they grow.
  // A sentence-sized text reuses one pair of buffers (nothing is kept in them between
  // calls); a longer one gets its own, so no large buffer outlives its call.
  const reuse = text.length + 16 <= scratchUnits.length
  let units = reuse ? scratchUnits : new Uint16Array(text.length + 16)
  let origins = reuse ? scratchOrigins : new Uint32Array(text.length + 16)
  let length = 0
  let pendingSpace = -1
  // A residue like `quot;` needs a semicolon; without one in the text, skip the word-start check.
  const mayHaveBareEntities = decodeEntities && text.includes(';')

  const push = (unit: number, at: number): void => {
    if (length === units.length) {
      const grownUnits = new Uint16Array(units.length * 2)
      grownUnits.set(units)
      units = grownUnits
      const grownOrigins = new Uint32Array(origins.length * 2)
      grownOrigins.set(origins)
      origins = grownOrigins
    }
    units[length] = unit
    origins[length] = at
    length++
  }

  /** Append one ASCII character by code: the only fold is A-Z to a-z, one unit for one. */
  const emitAscii = (code: number, at: number): void => {
    if (collapseWhitespace) {
      if (isWhitespace(code)) {
        if (pendingSpace < 0) pendingSpace = at
        return
      }
      if (pendingSpace >= 0) {
        if (length > 0) push(0x20, pendingSpace)
        pendingSpace = -1
      }
    }
    push(caseFold && code >= 65 && code <= 90 ? code + 32 : code, at)
  }

  /** Append one code point `char` that came from original offset `at`; `exact` when it is the original character itself. */
  const emit = (char: string, at: number, exact: boolean): void => {
    const code = char.charCodeAt(0)
    if (code < 0x80 && code !== 0x60) {
      emitAscii(code, at)
      return
    }
    if (collapseWhitespace) {
      if (char.length === 1 && isZeroWidth(code)) return
      if (char.length === 1 && isWhitespace(code)) {
        if (pendingSpace < 0) pendingSpace = at
        return
      }
      if (pendingSpace >= 0) {
        if (length > 0) push(0x20, pendingSpace)
        pendingSpace = -1
      }
    }
    let folded = char
    if (foldPunctuation) {
      const replacement = punctuationFolds[char]
      if (replacement !== undefined) {
        folded = replacement
        exact = false
      }
    }
    if (caseFold) folded = folded === '\u03C2' ? '\u03C3' : folded.toLowerCase()
    const sameLength = exact && folded.length === char.length
    for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), sameLength ? at + k : at)
  }

  /** Append every code point of `value`, all from original offset `at` (or from `at + k` when `exact`). */
  const emitAll = (value: string, at: number, exact: boolean): void => {
    let k = 0
    for (const char of value) {
      emit(char, exact ? at + k : at, exact)
      k += char.length
    }
  }

  /** Append a cluster (a code point and its combining marks) from `at`, through NFKC when that applies. */
  const emitCluster = (cluster: string, at: number, exact: boolean): void => {
    const single = cluster.length === 1 || (cluster.length === 2 && cluster.codePointAt(0)! > 0xffff)
    if (
      !foldCompatibility ||
      (cluster.length === 1 && cluster.charCodeAt(0) < 0x80) ||
      (single && ((foldPunctuation && punctuationFolds[cluster] !== undefined) || (cluster.length === 1 && isWhitespace(cluster.charCodeAt(0)))))
    ) {
      emitAll(cluster, at, exact)
      return
    }
    const compatible = cluster.normalize('NFKC')
    emitAll(compatible, at, exact && compatible === cluster)
  }

  let index = 0
  let entityEnd = -1
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code < 0x80 && code !== 0x60 && code !== 38 && code !== 35) {
      // The common case, inline: an ASCII character that no entity starts at
      // and no combining mark follows. A letter can start a bare entity
      // (`quot;`) only at the start of a word and not right after an entity,
      // the same tests `matchEntityAt` makes first.
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0
      const previous = index > 0 ? text.charCodeAt(index - 1) : 0x20
      if (
        next < 0x300 &&
        !(mayHaveBareEntities && code > 57 && isAsciiAlnum(code) && index !== entityEnd && !(isAsciiAlnum(previous) || previous === 95 || previous === 38 || previous === 59))
      ) {
        if (collapseWhitespace && (code === 0x20 || (code >= 0x09 && code <= 0x0d))) {
          if (pendingSpace < 0) pendingSpace = index
          index++
          continue
        }
        if (pendingSpace >= 0) {
          if (length > 0) push(0x20, pendingSpace)
          pendingSpace = -1
        }
        if (length === units.length) push(caseFold && code >= 65 && code <= 90 ? code + 32 : code, index)
        else {
          units[length] = caseFold && code >= 65 && code <= 90 ? code + 32 : code
          origins[length] = index
          length++
        }
        index++
        continue
      }
    }
    if (decodeEntities && (code === 38 || (mayHaveBareEntities && (code === 35 || (isAsciiAlnum(code) && code > 57))))) {
      // The same scanner as the entity-residue detector, so both agree on what an entity is.
      const entity = matchEntityAt(text, index, index === entityEnd)
      if (entity) {
        for (const char of entity.value) emitCluster(char, index, false)
        index = entityEnd = entity.end
        continue
      }
    }
    const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0
    if (code < 0x80 && next < 0x300 && code !== 0x60) {
      // ASCII not followed by a combining mark: nothing to compose.
      emitAscii(code, index)
      index++
      continue
    }
    // A cluster: one code point and the combining marks after it, so `e` +
    // U+0301 composes to `é` like the precomposed character does.
    const pointEnd = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
    combiningMarkPattern.lastIndex = pointEnd
    const end = combiningMarkPattern.test(text) ? combiningMarkPattern.lastIndex : pointEnd
    emitCluster(text.slice(index, end), index, true)
    index = end
  }
  let out = ''
  for (let from = 0; from < length; from += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 8192)) as unknown as number[])
  }
  if (!keepOffsets) return {text: out, offsets: []}
  // An array made at its size and filled by a loop: `Array.from` on a typed array
  // goes through its iterator and `push` grows the array, both several times slower.
  const offsets = new Array<number>(length + 1)
  for (let k = 0; k < length; k++) offsets[k] = origins[k]!
  offsets[length] = text.length
  return {text: out, offsets}
}

/**
 * Map a half-open range of a normalized text back to the original.
 *
 * The result covers every original character that produced the range, so
 * `original.slice(span.start, span.end)` contains it; it may also take in
 * characters that normalization dropped right after the range (zero-width
 * characters, the rest of an entity or whitespace run).
 *
 * @param normalized A result of {@link normalizeText}.
 * @param start First normalized code unit of the range.
 * @param end Code unit after the range (`start <= end <= normalized.text.length`).
 * @returns The covering span of the original text (empty when the range is).
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): Span {
  const {offsets, text} = normalized
  if (!Number.isInteger(start) || start < 0 || start > text.length) {
    throw new RangeError(`Expected \`start\` to be an integer in [0, ${text.length}], not \`${start}\``)
  }
  if (!Number.isInteger(end) || end < start || end > text.length) {
    throw new RangeError(`Expected \`end\` to be an integer in [${start}, ${text.length}], not \`${end}\``)
  }
  const from = offsets[start] ?? 0
  if (start === end) return {start: from, end: from}
  // Several normalized units can share one original character (`ﬁ` → `fi`):
  // end after that whole character, not in the middle of it.
  const last = offsets[end - 1] ?? from
  let after = end
  while (after < text.length && (offsets[after] ?? 0) <= last) after++
  return {start: from, end: Math.max(offsets[after] ?? last, last + 1)}
}
