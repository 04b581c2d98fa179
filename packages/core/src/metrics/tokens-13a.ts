import {isPythonWhitespace, rstripPythonWhitespace} from './python-text'
import {prepare13a} from './tokenize-13a'

/**
 * BLEU's `13a` tokens of a segment, the list `bleuTokens(text)` gives,
 * found in one scan of the text instead of four regular-expression
 * replacements and three passes splitting and joining at whitespace.
 *
 * `13a` only ever inserts spaces, so every token is a piece of the prepared
 * line; what has to be worked out is which characters get a space on each
 * side. For ASCII punctuation other than `'`, `,`, `-` and `.`, always; for
 * a `-`, after a digit. A `.` or `,` is harder: the two replacements that
 * split it run one after the other over the line padded with a space at
 * each end, each scanning left to right, and a match consumes two
 * characters, so whether one is split can depend on its neighbour's
 * neighbour (`a.,5` gives `a`, `.`, `,5`). Following the two scans:
 *
 * - the first (`([^0-9])([.,])`) splits the `.` or `,` at `k` when the
 *   character before is not a digit and was not itself split by this scan
 *   (then it was consumed);
 * - the second (`([.,])([^0-9])`, over the first's output) splits it when
 *   what follows in that output is not a digit (a space the first scan put
 *   after it, or the next character), unless the previous character was
 *   split by this scan with nothing the first scan inserted between them
 *   (then it was consumed as the following character).
 *
 * A property test compares it with `tokenize13a` on random text dense in
 * digits, punctuation and whitespace.
 *
 * @param text One segment (right-stripped here, as BLEU does).
 * @returns The tokens in order.
 */
export function bleu13aTokens(text: string): string[] {
  const line = prepare13a(rstripPythonWhitespace(text))
  const length = line.length
  const tokens: string[] = []
  // The token being read: line[start, end), start -1 when none.
  let start = -1
  let end = -1
  // The previous character (the padding space before the first) and whether each scan split it.
  let previous = space
  let splitByFirst = false
  let splitBySecond = false
  for (let k = 0; k < length; k++) {
    const code = line.charCodeAt(k)
    let first = false
    let second = false
    if (code === period || code === comma) {
      first = !isDigit(previous) && !splitByFirst
      const next = k + 1 < length ? line.charCodeAt(k + 1) : space
      const consumed: boolean = splitBySecond && !splitByFirst && !first
      second = !consumed && (first || !isDigit(next))
    }
    if (isPythonWhitespace(code)) {
      if (start >= 0) tokens.push(line.slice(start, end))
      start = -1
    } else if (first || second || isSplitPunctuation(code) || (code === hyphen && isDigit(previous))) {
      if (start >= 0) tokens.push(line.slice(start, end))
      start = -1
      tokens.push(line[k]!)
    } else {
      if (start < 0) start = k
      end = k + 1
    }
    previous = code
    splitByFirst = first
    splitBySecond = second
  }
  if (start >= 0) tokens.push(line.slice(start, end))
  return tokens
}

const space = 0x20
const hyphen = 0x2d
const period = 0x2e
const comma = 0x2c

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The ASCII punctuation `13a` splits off everywhere (`[{-~[-\` -&(-+:-@/]`): all of it except `'`, `,`, `-` and `.`. */
function isSplitPunctuation(code: number): boolean {
  return (
    (code >= 0x7b && code <= 0x7e) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x20 && code <= 0x26) ||
    (code >= 0x28 && code <= 0x2b) ||
    (code >= 0x3a && code <= 0x40) ||
    code === 0x2f
  )
}
