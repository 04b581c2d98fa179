import {defineConfig} from 'tsup'

// ESM + CJS + declarations. franc is ESM-only, so it is bundled into the CJS
// build (noExternal) to keep `require('@driftlens/core')` working.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  noExternal: ['franc', 'franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
})
