import type {CommandIo} from './command'
import {runCli} from './run-cli'

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Run the CLI in this process with an io that records what it prints.
 *
 * @param args The arguments.
 * @param stdin Text or bytes served as standard input, if any.
 * @param io Other io fields (such as `stderrIsTTY`).
 */
export async function runCliForTest(args: readonly string[], stdin?: string | Uint8Array, io: Partial<CommandIo> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    ...(stdin === undefined ? {} : {stdin: (async function* () {
      yield stdin
    })()}),
    ...io,
  })
  return {code, stdout, stderr}
}
