import {defineConfig} from 'tsup'

export default defineConfig([
  {
    entry: {index: 'src/index.ts', queue: 'src/queue/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    // `import.meta.url` (the queue's processor path) also works in the CommonJS build.
    shims: true,
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
