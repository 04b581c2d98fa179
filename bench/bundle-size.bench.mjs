// Bundle sizes of @driftlens/core: what a browser app pays for each entry
// point, and for a single metric. Each case is bundled from the built
// package (dist/) by esbuild, minified and tree-shaken as an app bundler
// would, then gzipped (level 9). Figures go to docs/benchmarks.md.
//
// Run: npx -y pnpm@10 bench bundle-size
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

// esbuild comes with tsup, the build tool of the workspace.
const requireFromTsup = createRequire(createRequire(import.meta.url).resolve('tsup'))
const esbuild = requireFromTsup('esbuild')
const dist = new URL('../packages/core/dist/', import.meta.url).pathname

const cases = {
  '`@driftlens/core` (everything)': `export * from '${dist}index.js'`,
  '`@driftlens/core`, `compareTexts` only': `export {compareTexts} from '${dist}index.js'`,
  '`@driftlens/core`, `sentenceChrf` only': `export {sentenceChrf} from '${dist}index.js'`,
  '`@driftlens/core`, `diceSimilarity` only': `export {diceSimilarity} from '${dist}index.js'`,
  '`@driftlens/core/metrics` (everything)': `export * from '${dist}metrics.js'`,
  '`@driftlens/core/metrics`, `sentenceChrf` only': `export {sentenceChrf} from '${dist}metrics.js'`,
  '`@driftlens/core/align`': `export * from '${dist}align.js'`,
  '`@driftlens/core/signals`': `export * from '${dist}signals.js'`,
  '`@driftlens/core/artifacts`': `export * from '${dist}artifacts.js'`,
  '`@driftlens/core/language`': `export * from '${dist}language.js'`,
}

// The same single imports from a copy of the package whose package.json has no
// `"sideEffects": false`: what a bundler keeps when it is not told (or does not
// read the flag), so only statements it can prove free of side effects go.
const unflagged = mkdtempSync(path.join(tmpdir(), 'driftlens-bundle-'))
const unflaggedDist = path.join(unflagged, 'dist') + '/'
cpSync(dist, unflaggedDist, {recursive: true})
const {sideEffects: _flag, ...manifest} = JSON.parse(readFileSync(new URL('../packages/core/package.json', import.meta.url), 'utf8'))
writeFileSync(path.join(unflagged, 'package.json'), JSON.stringify(manifest))
symlinkSync(new URL('../packages/core/node_modules', import.meta.url).pathname, path.join(unflagged, 'node_modules'))
for (const name of ['sentenceChrf', 'diceSimilarity', 'checkReport']) {
  cases[`\`@driftlens/core\`, \`${name}\` only, without the \`sideEffects\` flag`] = `export {${name}} from '${unflaggedDist}index.js'`
}

const kb = (bytes) => (bytes / 1024).toFixed(1)
console.log('| import | minified KB | gzipped KB |')
console.log('| --- | --- | --- |')
try {
  for (const [name, contents] of Object.entries(cases)) {
    const result = await esbuild.build({
      stdin: {contents, resolveDir: dist, loader: 'js'},
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0].contents
    console.log(`| ${name} | ${kb(code.length)} | ${kb(gzipSync(code, {level: 9}).length)} |`)
  }
} finally {
  rmSync(unflagged, {recursive: true, force: true})
}

// What the whole core is made of: its largest inputs, by minified bytes in the
// bundle. Bundled from the sources (dist/ holds opaque shared chunks), the same
// code as above.
const whole = await esbuild.build({
  entryPoints: [new URL('../packages/core/src/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  outfile: 'whole.js',
  logLevel: 'silent',
})
const inputs = Object.values(whole.metafile.outputs)[0].inputs
console.log('\n| largest parts of `@driftlens/core` (everything) | minified KB |')
console.log('| --- | --- |')
for (const [file, {bytesInOutput}] of Object.entries(inputs).sort((left, right) => right[1].bytesInOutput - left[1].bytesInOutput).slice(0, 8)) {
  console.log(`| ${file.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*packages\/core\/src\//, '')} | ${kb(bytesInOutput)} |`)
}
