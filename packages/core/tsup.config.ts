import {defineConfig} from 'tsup'

// ESM + CJS + declarations, one entry per public subpath (see package.json's
// `exports`). The ESM build shares code between entries through chunks, so
// `@driftlens/core/metrics` carries neither the aligner nor the language
// profiles. franc-min is ESM-only, so it is bundled (noExternal) to keep
// `require('@driftlens/core')` working.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    metrics: 'src/metrics/index.ts',
    align: 'src/align-entry.ts',
    artifacts: 'src/artifacts/index.ts',
    signals: 'src/compare/signals/index.ts',
    language: 'src/language/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
})
