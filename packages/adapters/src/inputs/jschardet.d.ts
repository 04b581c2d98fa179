// Types of the parts of jschardet (which ships none) that decode-text.ts uses.
declare module 'jschardet' {
  /** One guess: an encoding name (such as `windows-1251`, `SHIFT_JIS`, `CP949`) and a confidence in [0, 1]. */
  export interface Guess {
    readonly encoding: string
    readonly confidence: number
  }
  /** Every guess above `minimumThreshold` (default 0.2), best first. */
  export function detectAll(buffer: Uint8Array, options?: {readonly minimumThreshold?: number}): Guess[]
  const jschardet: {readonly detectAll: typeof detectAll}
  export default jschardet
}
