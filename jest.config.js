/**
 * One jest run across the workspace, in native-ESM mode (franc is ESM only).
 * `@driftlens/core` maps to its source so adapter tests never see a stale build.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@driftlens/core$': '<rootDir>/packages/core/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', {useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false}],
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
}
