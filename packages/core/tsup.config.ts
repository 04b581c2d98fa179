import {defineConfig} from 'tsup'

// ESM + CJS + declarations, one entry per public subpath (see package.json's
// `exports`). The ESM build shares code between entries through chunks, so
// `@driftlens/core/metrics` carries neither the aligner nor the language
// profiles. franc-min's profiles and script expressions are generated into
// `src/language/` (scripts/generate-language-profiles.mjs,
// scripts/generate-script-expressions.mjs), so it is a development
// dependency only and nothing of it is imported at run time.
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
})
