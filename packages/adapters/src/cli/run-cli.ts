import {parseArgs} from 'node:util'
import {DriftlensError} from '../errors'
import type {Command, CommandIo} from './command'
import {commands} from './commands'
import {version} from './version'

/** The top-level help: every command with its summary, from the registry. */
export function formatMainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'driftlens: how a text drifted from its source',
    '',
    'Usage:',
    '  driftlens <command> [options]',
    '  driftlens <command> --help',
    '  driftlens --help | -v, --version',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
  ].join('\n')
}

function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name)
}

const knownNames = () => commands.map((command) => `\`${command.name}\``).join(', ')

/**
 * Run the CLI with the given arguments. Resolves to the exit code: 0 on
 * success, 1 when `--fail-on` is crossed, 2 on bad input or usage (after
 * exactly one line on stderr, never a stack trace).
 *
 * @param argv The arguments after the program name.
 * @param io Where to read and write.
 * @returns The exit code.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' && rest[0] !== undefined ? findCommand(rest[0]) : undefined
      await io.stdout(topic ? topic.help : formatMainHelp())
      return 0
    }
    if (name === '--version' || name === '-v') {
      await io.stdout(`driftlens ${version}\n`)
      return 0
    }
    if (name === undefined) throw new DriftlensError('ERR_USAGE', `missing command: expected one of ${knownNames()} (see \`driftlens --help\`)`)
    const command = findCommand(name)
    if (!command) throw new DriftlensError('ERR_USAGE', `unknown command \`${name}\`: expected one of ${knownNames()}`)
    // --help and --version win over everything else, even invalid arguments.
    const before = rest.indexOf('--')
    const flags = before === -1 ? rest : rest.slice(0, before)
    if (flags.includes('--help') || flags.includes('-h')) {
      await io.stdout(command.help)
      return 0
    }
    if (flags.includes('--version') || flags.includes('-v')) {
      await io.stdout(`driftlens ${version}\n`)
      return 0
    }
    const {values, positionals} = parseArgs({args: [...rest], options: command.options, allowPositionals: true, strict: true})
    return await command.run({values, positionals}, io)
  } catch (error) {
    const message = describeUserError(error)
    if (message === undefined) throw error
    io.stderr(`driftlens: ${message}\n`)
    return 2
  }
}

/** The one-line message of an error caused by the user's input or invocation; undefined for a bug. */
function describeUserError(error: unknown): string | undefined {
  if (error instanceof DriftlensError) return error.message.split('\n')[0]
  // parseArgs reports unknown flags and missing values with these codes.
  const code = (error as {code?: unknown} | null)?.code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message.split('\n')[0]
  return undefined
}
