import {defineConfig} from 'tsup'

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: {cli: 'src/bin.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'},
  },
])
