import {defineConfig} from 'tsup'

export default defineConfig([
  {
    entry: {index: 'src/index.ts', queue: 'src/queue/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    // `import.meta.url` in the CommonJS build, to find the worker scripts beside it.
    shims: true,
  },
  {
    entry: {cli: 'src/bin.ts', 'compare-worker': 'src/batch/compare-worker.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'},
  },
  {
    // Loaded by path in BullMQ's worker threads: one self-standing ES module.
    entry: {'queue-processor': 'src/queue/job-processor.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
])
