

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/{packages,subgraphs,gateway,scripts,bench,web,deploy}/**/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testTimeout: 30_000,
  // A test process keeps every module graph each test file loaded (ESM modules run in vm
  // contexts that are never freed), so one process running the whole suite grows by tens of MB
  // per file and ends up spending its time collecting garbage. With a limit, Jest runs the files
  // in a worker and replaces it once it passes this size after a file.
  workerIdleMemoryLimit: '1GB',
  // Jest's default on two cores is one worker; most of a file's time is PGlite starting and
  // migrating, or servers waiting on each other, which a second worker overlaps.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};

export default config;
