import {isPythonWhitespace, rstripPythonWhitespace} from './python-text'
import {prepare13a} from './tokenize-13a'

/**
 * BLEU's `13a` tokens of a segment, the list `bleuTokens(text)` gives,
 * found in one scan of the text instead of four regular-expression
 * replacements and three passes splitting and joining at whitespace.
 *
 * `13a` only ever inserts spaces, so every token is a piece of the prepared
 * line; what has to be worked out is where the spaces go. The replacements
 * run one after the other, each scanning left to right over the output of
 * the one before, and a match consumes two characters, so whether a `.` or
 * `,` is split can depend on its neighbour's neighbour (`a.,5` gives `a`, `.`, `,5`). The scan
 * follows the same order: the period/comma step after a non-digit marks its
 * breaks into a list, the period/comma step before a non-digit reads that
 * list with the same two-character matches, and the breaks around the other
 * ASCII punctuation and after a digit's `-` (which never touch a `.` or `,`)
 * are added when the tokens are cut. A property test compares it with
 * `tokenize13a` on random text dense in digits, punctuation and whitespace.
 *
 * @param text One segment (right-stripped here, as BLEU does).
 * @returns The tokens in order.
 */
export function bleu13aTokens(text: string): string[] {
  const line = prepare13a(rstripPythonWhitespace(text))
  // The padded line ` line `: position 0 and `length - 1` are the padding spaces.
  const length = line.length + 2
  const at = (position: number) => (position === 0 || position === length - 1 ? space : line.charCodeAt(position - 1))
  // The period/comma step after a non-digit, over the padded line: positions, and `brk` where it puts a space.
  const marked = scratchFor(2 * length)
  let size = 0
  for (let position = 0; position < length; position++) {
    if (position + 1 < length && !isDigit(at(position)) && isPeriodOrComma(at(position + 1))) {
      marked[size++] = position
      marked[size++] = brk
      marked[size++] = position + 1
      marked[size++] = brk
      position++
    } else {
      marked[size++] = position
    }
  }
  const tokens: string[] = []
  let start = -1
  let end = -1
  const cut = () => {
    if (start >= 0) tokens.push(line.slice(start, end))
    start = -1
  }
  // One entry of the period/comma step before a non-digit's output: a break, or a character of the line.
  const take = (entry: number) => {
    if (entry === brk) return cut()
    const code = at(entry)
    if (isPythonWhitespace(code)) return cut()
    if (isSplitPunctuation(code) || (code === hyphen && isDigit(at(entry - 1)))) {
      cut()
      tokens.push(line[entry - 1]!)
      return
    }
    if (start < 0) start = entry - 1
    end = entry
  }
  for (let k = 0; k < size; k++) {
    const entry = marked[k]!
    if (entry !== brk && isPeriodOrComma(at(entry)) && k + 1 < size && (marked[k + 1] === brk || !isDigit(at(marked[k + 1]!)))) {
      take(brk)
      take(entry)
      take(brk)
      take(marked[k + 1]!)
      k++
    } else {
      take(entry)
    }
  }
  cut()
  return tokens
}

/** A space `13a` inserts, in the list of positions. */
const brk = -1
const space = 0x20
const hyphen = 0x2d

let scratch = new Int32Array(1024)

/** A working array of at least `size` entries, reused from call to call (every entry is written before it is read). */
function scratchFor(size: number): Int32Array {
  if (scratch.length < size) scratch = new Int32Array(Math.max(size, 2 * scratch.length))
  return scratch
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isPeriodOrComma(code: number): boolean {
  return code === 0x2e || code === 0x2c
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
