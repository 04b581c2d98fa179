import {runCli} from './cli/run-cli'

// A closed pipe (`driftlens compare … | head`) ends the program quietly.
const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
}
process.stdout.on('error', quietOnClosedPipe)
process.stderr.on('error', quietOnClosedPipe)

/** Write to stdout, resolving when the text is flushed or buffered below the high-water mark. */
function writeStdout(text: string): void | Promise<void> {
  if (process.stdout.write(text)) return
  return new Promise<void>((resolve) => process.stdout.once('drain', resolve))
}

runCli(process.argv.slice(2), {
  stdout: writeStdout,
  stderr: (text) => process.stderr.write(text),
  // An interactive terminal is no input: `-` then says so instead of waiting for typing.
  ...(process.stdin.isTTY ? {} : {stdin: process.stdin}),
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`driftlens: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
