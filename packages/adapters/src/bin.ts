import {runCli} from './cli'

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`driftlens: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
