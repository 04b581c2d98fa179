import type {ParseArgsConfig} from 'node:util'

/** What a command needs from the outside world; tests pass their own. */
export interface CommandIo {
  /** Writes to standard output; may return a promise that settles when the text is flushed (back-pressure). */
  readonly stdout: (text: string) => void | Promise<void>
  /** Writes to standard error. */
  readonly stderr: (text: string) => void
  /** Standard input, read when a command is given `-` for a file. Absent: `-` is an error. */
  readonly stdin?: AsyncIterable<Uint8Array | string>
  /** Whether standard error is a terminal (the batch progress bar is drawn only then). @default false */
  readonly stderrIsTTY?: boolean
  /** Whether standard output is a terminal (a progress line is then cleared before the output, which goes to the same screen). @default false */
  readonly stdoutIsTTY?: boolean
}

/** The options table of a command, in `node:util` `parseArgs` form. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>

/** A command's arguments after parsing: option values by name, and the positionals in order. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>
  readonly positionals: readonly string[]
}

/**
 * One command of the `driftlens` CLI: its name, a one-line summary for the
 * command list, its help text, its options, and the function that runs it.
 * `--help` and `--version` are added to every command by the registry.
 */
export interface Command {
  readonly name: string
  readonly summary: string
  /** The full help text shown by `driftlens <name> --help`, starting with the usage lines. */
  readonly help: string
  readonly options: CommandOptions
  /** Runs the command; resolves to the exit code, or throws a `DriftlensError` (exit 2). */
  readonly run: (args: CommandArgs, io: CommandIo) => Promise<number>
}
