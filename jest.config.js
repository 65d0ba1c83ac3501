// Native ESM jest: @digitalbazaar/* are ESM-only. swc strips types; `tsc` type-checks separately.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // crypto-heavy suites on a loaded 2-core machine: generous, never a timing assertion
  testTimeout: 60_000,
  // two workers on the 2-core machines: most long suites wait on child processes (services,
  // FerretDB), so one worker left a core idle; the whole suite on FerretDB took 456 s with two
  // against 838 s with jest's default of one (same tests, all passing; docs/running.md)
  maxWorkers: 2,
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' }
    }]
  },
  // workspace packages resolve through their `source` export condition (src/*.ts)
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/apps/*/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/bench/']
};
