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
