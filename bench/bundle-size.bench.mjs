// Bundle sizes of @driftlens/core: what a browser app pays for each entry
// point, and for a single metric. Each case is bundled from the built
// package (dist/) by esbuild, minified and tree-shaken as an app bundler
// would, then gzipped (level 9). Figures go to docs/benchmarks.md.
//
// Run: npx -y pnpm@10 bench bundle-size (or, after a build, node bench/bundle-size.bench.mjs)
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

// What the whole core is made of. Bundled from the sources (dist/ holds opaque
// shared chunks) with the settings above and a source map, so that each byte of
// the minified bundle is owned by one input file. A part's gzipped cost is what
// the whole bundle gzips to, less what it gzips to with that part's bytes taken
// out: gzip finds repeats across parts, so a table that shares its words with
// code costs less than it weighs alone, and these costs add up to a little less
// than the whole.
const whole = await esbuild.build({
  entryPoints: [new URL('../packages/core/src/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  sourcemap: 'external',
  outdir: path.join(tmpdir(), 'driftlens-bundle-parts'),
  logLevel: 'silent',
})
const code = whole.outputFiles.find((file) => file.path.endsWith('.js')).text
const sourceMap = JSON.parse(whole.outputFiles.find((file) => file.path.endsWith('.map')).text)
const runs = ownedRuns(code, sourceMap.mappings)
const wholeGzipped = gzipSync(code, {level: 9}).length
const parts = new Set(runs.map(({source}) => source))
const partName = (source) => (source < 0 ? '(glue between parts)' : sourceMap.sources[source].replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*packages\/core\/src\//, ''))

/** What the whole bundle gzips to without the runs owned by the parts `inGroup` accepts, less than the whole. */
function gzippedCost(inGroup) {
  let without = ''
  let minified = 0
  let from = 0
  for (const {start, end, source} of runs) {
    if (!inGroup(source)) continue
    without += code.slice(from, start)
    minified += end - start
    from = end
  }
  without += code.slice(from)
  return {minified, gzipped: wholeGzipped - gzipSync(without, {level: 9}).length}
}

const rows = [...parts].map((source) => ({name: partName(source), ...gzippedCost((owner) => owner === source)}))
rows.sort((left, right) => right.gzipped - left.gzipped)
const shown = 16
console.log(`\n| largest parts of \`@driftlens/core\` (everything), by gzipped cost | minified KB | gzipped KB |`)
console.log('| --- | --- | --- |')
for (const {name, minified, gzipped} of rows.slice(0, shown)) console.log(`| ${name} | ${kb(minified)} | ${kb(gzipped)} |`)
const rest = rows.slice(shown)
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0)
console.log(`| ${rest.length} other parts | ${kb(sum(rest, 'minified'))} | ${kb(sum(rest, 'gzipped'))} |`)
console.log(`| whole bundle (from the sources) | ${kb(code.length)} | ${kb(wholeGzipped)} |`)

// The same by stage: each folder of the core, the generated tables apart from
// the code, and each dependency (sentence-splitter with the packages it brings).
const splitterParts = new Set(['@textlint', 'structured-source', 'boundary'])
function stageOf(source) {
  const name = partName(source)
  if (source < 0) return name
  if (name === 'language/language-profile-data.ts') return 'language: trigram profiles (data)'
  if (name === 'normalize/html-entity-table.ts') return 'normalize: HTML entity table (data)'
  if (name.startsWith('normalize/lexicon/')) return 'normalize: lexicon tables'
  if (name === 'artifacts/code-pages.ts' || name === 'artifacts/mojibake-badness.ts') return 'artifacts: code pages and mojibake classes'
  if (sourceMap.sources[source].includes('node_modules/')) {
    const dependency = name.split('/')[0]
    return `dependency: ${splitterParts.has(dependency) ? 'sentence-splitter' : dependency}`
  }
  return name.includes('/') ? `${name.split('/')[0]}/ (code)` : name
}
const stages = new Map()
for (const source of parts) {
  const stage = stageOf(source)
  stages.set(stage, [...(stages.get(stage) ?? []), source])
}
const stageRows = [...stages].map(([name, sources]) => ({name, ...gzippedCost((owner) => sources.includes(owner))}))
stageRows.sort((left, right) => right.gzipped - left.gzipped)
console.log('\n| `@driftlens/core` (everything) by stage | minified KB | gzipped KB |')
console.log('| --- | --- | --- |')
for (const {name, minified, gzipped} of stageRows) console.log(`| ${name} | ${kb(minified)} | ${kb(gzipped)} |`)

/**
 * The runs of the bundle that each input file owns, read from a source map's
 * `mappings` (base-64 VLQ; a segment's source holds until the next segment).
 * A segment with no source (esbuild's glue) is owned by -1.
 */
function ownedRuns(text, mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const found = []
  const lines = mappings.split(';')
  let lineStart = 0
  let source = 0
  for (const [lineIndex, line] of text.split('\n').entries()) {
    let column = 0
    const segments = []
    for (const segment of (lines[lineIndex] ?? '').split(',')) {
      if (segment === '') continue
      const fields = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = digits.indexOf(char)
        value += (digit & 31) * 2 ** shift
        if (digit & 32) {
          shift += 5
          continue
        }
        fields.push(value % 2 === 1 ? -Math.floor(value / 2) : Math.floor(value / 2))
        value = 0
        shift = 0
      }
      column += fields[0]
      if (fields.length > 1) source += fields[1]
      segments.push([column, fields.length > 1 ? source : -1])
    }
    if (segments.length === 0 || segments[0][0] > 0) segments.unshift([0, -1])
    for (const [index, [start, owner]] of segments.entries()) {
      const end = index + 1 < segments.length ? segments[index + 1][0] : line.length
      const previous = found.at(-1)
      if (previous !== undefined && previous.source === owner && previous.end === lineStart + start) previous.end = lineStart + end
      else if (end > start) found.push({start: lineStart + start, end: lineStart + end, source: owner})
    }
    // The newline belongs to whatever ends the line.
    if (found.length > 0 && lineIndex < lines.length - 1) found.at(-1).end += 1
    lineStart += line.length + 1
  }
  return found
}
