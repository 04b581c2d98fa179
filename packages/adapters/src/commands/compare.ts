import {parseArgs} from 'node:util'
import {compareTexts} from '@driftlens/core'
import type {CommandIo} from '../cli'
import {DriftlensError} from '../errors'
import {formatTextReport} from '../format-text-report'
import {readTextFile} from '../read-text-file'

/**
 * `driftlens compare <source-file> <variant-file> [--format text|json]`:
 * compare two files and print the report, as JSON (nothing else on stdout)
 * or as a side-by-side summary.
 *
 * @param args Arguments after `compare`.
 * @param io Where to write.
 * @returns The exit code.
 */
export async function runCompare(args: readonly string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {format: {type: 'string', default: 'text'}, width: {type: 'string'}},
  })
  if (values.format !== 'text' && values.format !== 'json') {
    throw new DriftlensError('ERR_USAGE', `unknown --format \`${values.format}\`: expected \`text\` or \`json\``)
  }
  if (positionals.length !== 2) {
    throw new DriftlensError('ERR_USAGE', `compare takes two files, <source-file> <variant-file>, not ${positionals.length}`)
  }
  let width: number | undefined
  if (values.width !== undefined) {
    width = Number(values.width)
    if (!Number.isInteger(width) || width < 60) throw new DriftlensError('ERR_USAGE', `--width must be a whole number ≥ 60, not \`${values.width}\``)
  }
  const [sourcePath, variantPath] = positionals as [string, string]
  const source = readTextFile(sourcePath)
  const variant = readTextFile(variantPath)
  const report = compareTexts(source, variant)
  if (values.format === 'json') io.stdout(JSON.stringify(report) + '\n')
  else io.stdout(formatTextReport(report, {width: width ?? 120, sourceName: sourcePath, variantName: variantPath}))
  return 0
}
