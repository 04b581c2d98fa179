// What every script over the real-text data opens first: the data folder
// (../shared/data/real unless given) and the built core (or another build
// given with --module). Each ends the script with one line on stderr and
// exit code 2 when its input is missing.
import {existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const scripts = join(dirname(fileURLToPath(import.meta.url)), '..')

/** A function that prints `<script>: <message>` on stderr and exits 2. */
export function failFor(script) {
  return (message) => {
    console.error(`${script}: ${message}`)
    process.exit(2)
  }
}

/** The real-text data folder: `given`, else ../shared/data/real beside the project; `fail` when it has no README.md. */
export function realDataDir(given, fail) {
  const dir = resolve(given ?? join(scripts, '..', '..', 'shared', 'data', 'real'))
  if (!existsSync(join(dir, 'README.md'))) fail(`the real-text data is not at ${dir}; pass its folder as the first argument`)
  return dir
}

/** The core's module: `given` (a built index.js), else packages/core/dist/index.js; `fail` when it is not there. */
export async function importCore(given, fail) {
  const modulePath = given ?? join(scripts, '..', 'packages', 'core', 'dist', 'index.js')
  if (!existsSync(modulePath)) fail(`the built core is not at ${modulePath}; run \`npx -y pnpm@10 build\` first`)
  return import(pathToFileURL(resolve(modulePath)).href)
}
