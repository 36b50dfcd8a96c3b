import base from './jest.config.js';

/** Browser tests against the real stack (`npm run test:e2e`), kept out of `npm test`. */
const config = {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testTimeout: 300_000,
  maxWorkers: 1,
};

export default config;
