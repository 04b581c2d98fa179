import {DriftlensError} from './errors'
import {runCompare} from './commands/compare'
import {runScore} from './commands/score'
import {runQueue} from './commands/queue'
import {runWorker} from './commands/worker'

/** What a command needs from the outside world; tests pass their own. */
export interface CommandIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

const usage = `Usage:
  driftlens compare <source-file> <variant-file> [--format text|json] [--width COLUMNS]
  driftlens score <hyp-file> <ref-file> [--metric chrf|chrf++|bleu|ter]... [--sentence] [--width DECIMALS]
  driftlens queue add|sources|results …   (see \`driftlens queue --help\`)
  driftlens worker --redis <url> [--queue <name>] [--concurrency N]
  driftlens --help | --version`

/**
 * Run the CLI with the given arguments. Returns the exit code: 0 on success,
 * 2 on bad input (after one line on stderr), never a stack trace for input problems.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'compare':
        return await runCompare(rest, io)
      case 'score':
        return await runScore(rest, io)
      case 'queue':
        return await runQueue(rest, io)
      case 'worker':
        return await runWorker(rest, io)
      case '--help':
      case '-h':
      case 'help':
        io.stdout(usage + '\n')
        return 0
      case '--version':
        io.stdout('driftlens 0.1.0\n')
        return 0
      case undefined:
        throw new DriftlensError('ERR_USAGE', 'missing command: expected `compare` or `score` (see `driftlens --help`)')
      default:
        throw new DriftlensError('ERR_USAGE', `unknown command \`${command}\`: expected \`compare\` or \`score\``)
    }
  } catch (error) {
    if (error instanceof DriftlensError) {
      io.stderr(`driftlens: ${error.message}\n`)
      return 2
    }
    // parseArgs reports unknown flags and missing values with these codes.
    const code = (error as {code?: string}).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`driftlens: ${(error as Error).message.split('\n')[0]}\n`)
      return 2
    }
    throw error
  }
}
