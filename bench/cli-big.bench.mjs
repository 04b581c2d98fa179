// A large pair through the CLI: `driftlens compare source variant --format
// json` on two texts of about 10 MB each, built at run time from the seeds
// repeated (001 as the source, 000 as the variant) in a temporary folder that
// is removed afterwards; nothing is committed. Reports wall-clock time, CPU
// time (user + system) and peak RSS of the CLI process, and the size of the
// JSON it wrote. Figures go to docs/benchmarks.md.
//
// Run: npx -y pnpm@10 build && node bench/run.mjs cli-big
//      node bench/cli-big.bench.mjs [--megabytes N] [--format json|text|md]
//      node bench/cli-big.bench.mjs --stages --megabytes 2
//      node --expose-gc bench/cli-big.bench.mjs --stages --megabytes 2
//
// With --stages, compareTexts runs in this process instead, and CPU time and
// memory are read at each step it announces through `onProgress`. Run with
// --expose-gc, it also collects garbage at each step and reports the heap
// still in use: what the pipeline holds, apart from garbage not yet collected.
//
// The CLI runs in a child process behind a small wrapper that records its
// own `process.resourceUsage()` when it exits, so no external `time` is needed.
import {spawnSync} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {megabytes: {type: 'string', default: '10'}, format: {type: 'string', default: 'json'}, stages: {type: 'boolean', default: false}}})
const megabytes = Number(values.megabytes)
if (!(megabytes > 0)) {
  console.error(`--megabytes must be a positive number, not \`${values.megabytes}\``)
  process.exit(2)
}
const cli = new URL('../packages/adapters/dist/cli.js', import.meta.url).pathname
const seed = (name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8')
const folder = mkdtempSync(path.join(tmpdir(), 'driftlens-cli-bench-'))
const build = (text) => Array.from({length: Math.ceil((megabytes * 1e6) / (text.length + 2))}, () => text).join('\n\n')
if (values.stages) {
  const {compareTexts} = await import('../packages/core/dist/index.js')
  const source = build(seed('001_db457dd8b98fe6bd.txt'))
  const variant = build(seed('000_45abfce7d79872e0.txt'))
  const start = process.cpuUsage()
  const mib = (bytes) => (bytes / 1048576).toFixed(0)
  const collect = typeof globalThis.gc === 'function' ? globalThis.gc : undefined
  console.log(`| step starts | CPU s so far | RSS MiB | heap used MiB | peak RSS MiB so far |${collect ? ' heap in use after a full collection, MiB |' : ''}`)
  console.log(`| --- | --- | --- | --- | --- |${collect ? ' --- |' : ''}`)
  const row = (label) => {
    const cpu = process.cpuUsage(start)
    const memory = process.memoryUsage()
    const cells = [label, ((cpu.user + cpu.system) / 1e6).toFixed(1), mib(memory.rss), mib(memory.heapUsed), mib(process.resourceUsage().maxRSS * 1024)]
    if (collect) {
      collect()
      cells.push(mib(process.memoryUsage().heapUsed))
    }
    console.log(`| ${cells.join(' | ')} |`)
  }
  let last
  compareTexts(source, variant, {
    onProgress: ({stage}) => {
      if (stage !== last) row(stage)
      last = stage
    },
  })
  row('(end)')
  process.exit(0)
}
try {
  const source = path.join(folder, 'source.txt')
  const variant = path.join(folder, 'variant.txt')
  writeFileSync(source, build(seed('001_db457dd8b98fe6bd.txt')))
  writeFileSync(variant, build(seed('000_45abfce7d79872e0.txt')))
  const usage = path.join(folder, 'usage.json')
  const wrapper = path.join(folder, 'wrapper.mjs')
  writeFileSync(
    wrapper,
    `import {writeFileSync} from 'node:fs'
process.on('exit', () => writeFileSync(${JSON.stringify(usage)}, JSON.stringify(process.resourceUsage())))
await import(${JSON.stringify(cli)})
`,
  )
  const output = path.join(folder, `report.${values.format}`)
  const outputFile = openSync(output, 'w')
  const started = performance.now()
  const child = spawnSync(process.execPath, [wrapper, 'compare', source, variant, '--format', values.format], {stdio: ['ignore', outputFile, 'inherit']})
  const wall = (performance.now() - started) / 1000
  closeSync(outputFile)
  if (child.status !== 0) {
    console.error(`the CLI exited with ${child.status}`)
    process.exit(1)
  }
  const used = JSON.parse(readFileSync(usage, 'utf8'))
  const mb = (bytes) => (bytes / 1e6).toFixed(1)
  console.log('| input (source / variant) | format | wall clock | CPU (user + system) | peak RSS (MiB) | output |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  console.log(
    `| ${mb(statSync(source).size)} / ${mb(statSync(variant).size)} MB | ${values.format} | ${wall.toFixed(1)} s | ` +
      `${((used.userCPUTime + used.systemCPUTime) / 1e6).toFixed(1)} s | ${(used.maxRSS / 1024).toFixed(0)} | ${mb(statSync(output).size)} MB |`,
  )
} finally {
  rmSync(folder, {recursive: true, force: true})
}
