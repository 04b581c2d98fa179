/**
 * The spans every stage shares. Offsets are UTF-16 code units into the
 * *original* input, half-open: `text.slice(start, end)` is always the
 * covered text.
 */

/** A half-open range `[start, end)` of UTF-16 code units in an original input. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the original text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string
}

/** Which of the two compared texts something belongs to. */
export type Side = 'source' | 'variant'

/** How serious a finding is. */
export type Severity = 'info' | 'warning' | 'error'
