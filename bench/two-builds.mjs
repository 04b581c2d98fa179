// The two builds of the core a side-by-side benchmark times in one process:
// another checkout's build, named on the command line, and this checkout's.
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

/**
 * Import another build of the core and this checkout's build.
 *
 * @param {string} script The benchmark's name, for the message when the path is missing.
 * @param {string | undefined} other The path of the other build's `packages/core/dist/index.js`.
 * @returns {Promise<{other: object, this: object}>} The two modules.
 */
export async function loadTwoBuilds(script, other) {
  if (other === undefined || !existsSync(other)) {
    console.error(`${script}: give the path of another build of the core (…/packages/core/dist/index.js)`)
    process.exit(2)
  }
  return {
    other: await import(pathToFileURL(resolve(other)).href),
    this: await import(new URL('../packages/core/dist/index.js', import.meta.url).href),
  }
}
