/**
 * The steps of `compareTexts`, in the order they run: `segment` (both
 * texts), `language`, `artifacts`, `passages` (the steps that read only the
 * texts), `align`, `metrics` (chrF, chrF++, BLEU and TER of every bead, when
 * on), `compare` (diff, signals and drift of each bead) and `report`.
 */
export type CompareStage = 'segment' | 'language' | 'artifacts' | 'passages' | 'align' | 'metrics' | 'compare' | 'report'

/**
 * Where `compareTexts` is: the step it is in, and how far through it. A
 * step is announced with `done` 0 when it starts; `compare` then reports
 * every few hundred beads and once more at the end (`done === total`).
 */
export interface CompareProgress {
  /** The step running now. */
  readonly stage: CompareStage
  /** Units of the step done: beads for `compare`, otherwise 0 at the start. */
  readonly done: number
  /** Units of the step in all: the number of beads for `compare`, otherwise 1. */
  readonly total: number
}

/** A `compareTexts` progress listener: called synchronously, on the caller's thread, between steps. */
export type CompareProgressListener = (progress: CompareProgress) => void

/** How many beads `compare` takes between two reports. */
export const beadsPerProgressReport = 256

/**
 * The function `compareTexts` calls at each step: the listener, or a no-op
 * when none was given. Throws on a listener that is not a function.
 *
 * @param listener `CompareOptions.onProgress` as given.
 * @returns A function of the step and its counts.
 */
export function progressReporter(listener: unknown): (stage: CompareStage, done?: number, total?: number) => void {
  if (listener === undefined) return () => undefined
  if (typeof listener !== 'function') throw new TypeError(`Expected \`onProgress\` to be a function, not \`${String(listener)}\``)
  return (stage, done = 0, total = 1) => (listener as CompareProgressListener)({stage, done, total})
}
