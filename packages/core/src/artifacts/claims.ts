/**
 * Which code units of a text a detector has reported already, so that two
 * findings never overlap: one flag per code unit, allocated on the first
 * claim (most texts have no finding of a kind, and pay for no array).
 */
export class Claims {
  private flags: Uint8Array | undefined

  /** @param length The length of the text, in UTF-16 code units. */
  constructor(private readonly length: number) {}

  /** True when a code unit of `start`–`end` (half-open) is claimed. */
  any(start: number, end: number): boolean {
    return this.flags !== undefined && this.flags.subarray(start, end).includes(1)
  }

  /** True when the code unit at `index` is claimed. */
  has(index: number): boolean {
    return this.flags !== undefined && this.flags[index] === 1
  }

  /** Claim the code units of `start`–`end` (half-open). */
  claim(start: number, end: number): void {
    this.flags ??= new Uint8Array(this.length)
    this.flags.fill(1, start, end)
  }
}
