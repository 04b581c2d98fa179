// Runs every benchmark in this folder (`*.bench.mjs`) one after the other,
// each in its own process so one cannot warm up or slow down another.
// `npx -y pnpm@10 bench` builds first, then runs this.
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'

const folder = new URL('.', import.meta.url)
const only = process.argv.slice(2)
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort()
let failed = 0
for (const name of files) {
  console.log(`\n## ${name}\n`)
  const result = spawnSync(process.execPath, ['--expose-gc', new URL(name, folder).pathname], {stdio: 'inherit'})
  if (result.status !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
