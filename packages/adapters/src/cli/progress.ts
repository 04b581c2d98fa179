import type {CompareProgress, CompareStage} from '@driftlens/core'

/**
 * One frame of the batch progress line for a terminal: the count of
 * records, how many failed, and the rate. The input is a stream of unknown
 * length, so it counts rather than fills a bar. Starts with a carriage
 * return and a clear-line escape so each frame overwrites the last.
 *
 * @param records Records done.
 * @param ok Records with a report.
 * @param elapsed Milliseconds since the start.
 * @returns The frame, without a newline.
 */
export function drawProgress(records: number, ok: number, elapsed: number): string {
  const rate = elapsed > 0 ? (records * 1000) / elapsed : 0
  const spinner = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏'[records % 10]
  return `\r\x1b[2K${spinner} ${records} records, ${records - ok} errors, ${rate.toFixed(1)}/s`
}

/** Inputs (source and variant together, in characters) from this size on get a progress line on a terminal. */
export const compareProgressThreshold = 2_000_000

/** What each step of `compareTexts` is called on the progress line. */
const stageNames: Readonly<Record<CompareStage, string>> = {
  segment: 'splitting sentences',
  align: 'aligning sentences',
  metrics: 'scoring the metrics',
  compare: 'comparing aligned sentences',
  language: 'detecting the languages',
  artifacts: 'looking for artifacts',
  report: 'building the report',
  passages: 'finding re-used passages',
}

/**
 * One frame of the `compare` progress line for a terminal: the step, how far
 * through it (for the steps that count), and the time so far. Starts with a
 * carriage return and a clear-line escape so each frame overwrites the last.
 *
 * @param progress The step and its counts, from `compareTexts`' `onProgress`.
 * @param elapsed Milliseconds since the start.
 * @returns The frame, without a newline.
 */
export function drawCompareProgress(progress: CompareProgress, elapsed: number): string {
  const {stage, done, total} = progress
  const counted = total > 1 ? ` ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${Math.floor((done * 100) / total)}%)` : ''
  return `\r\x1b[2K${stageNames[stage]}${counted}, ${(elapsed / 1000).toFixed(0)} s`
}

/**
 * A progress listener for `compareTexts` that draws on `write` at most every
 * `interval` milliseconds (and on every change of step), plus `writing` to
 * say the report is being written (when it goes elsewhere than the
 * terminal: a large JSON report takes seconds to write) and `clear` to wipe
 * the line before the final output.
 *
 * @param write Where frames go (standard error).
 * @param now The clock, in milliseconds.
 * @param interval Least time between two frames of one step.
 * @returns The listener and a function that clears the line once done.
 */
export function compareProgressLine(
  write: (text: string) => void,
  now: () => number = Date.now,
  interval = 200,
): {readonly listener: (progress: CompareProgress) => void; readonly writing: () => void; readonly clear: () => void} {
  const started = now()
  let lastStage: string | undefined
  let lastDrawn = -Infinity
  let drawn = false
  return {
    listener(progress) {
      const time = now()
      if (progress.stage === lastStage && time - lastDrawn < interval) return
      lastStage = progress.stage
      lastDrawn = time
      drawn = true
      write(drawCompareProgress(progress, time - started))
    },
    writing() {
      drawn = true
      write(`\r\x1b[2Kwriting the report, ${((now() - started) / 1000).toFixed(0)} s`)
    },
    clear() {
      if (drawn) write('\r\x1b[2K')
    },
  }
}
